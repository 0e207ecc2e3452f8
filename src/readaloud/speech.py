"""Speech text: what eSpeak NG is given to say for a segment, read the way a news reader would."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from num2words import num2words

from readaloud.model import LexiconEntry

Rule = Callable[[str], str]
"""A text rule: written text in, text closer to what is said out."""

# Conventions shared by the English rules (measured with eSpeak NG 1.52, voice en-us):
# - Letters are written dotted without a final stop: "F.B.I", "U.S". eSpeak reads dotted
#   letters as one word with natural stress (,Efb,i:'aI), never as a sentence end, and reads
#   "A." as the letter; spaced letters ("A P") read a lone "A" as the article "uh".
# - Numbers are read US/NPR style, without "and" ("two thousand five", "one hundred one"), as
#   the issue asks; num2words' British "and" and thousands commas (which eSpeak would pause
#   on) are removed.
# - An abbreviation's full stop is kept only when it also ends the sentence.

# --------------------------------------------------------------------------------------------
# Number words
# --------------------------------------------------------------------------------------------

_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_HAS_DIGIT = re.compile(r"\d")
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
"""A numeral: "7", "1,200", "3.5", "1,200.50"."""


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _tidy_words(words: str) -> str:
    return words.replace(",", "").replace(" and ", " ")


_LARGEST = 10**15
"""Numbers this big are identifiers (or beyond num2words): read digit by digit."""


@lru_cache(maxsize=4096)
def _cardinal(n: int) -> str:
    if n >= _LARGEST:
        return _digits(str(n))
    return _tidy_words(num2words(n, lang="en"))


@lru_cache(maxsize=1024)
def _ordinal(n: int) -> str:
    if n >= _LARGEST:
        return "number " + _digits(str(n))
    return _tidy_words(num2words(n, lang="en", to="ordinal"))


@lru_cache(maxsize=1024)
def _year(n: int) -> str:
    """1990 -> nineteen ninety; 2005 -> two thousand five; 2019 -> twenty nineteen."""
    return _tidy_words(num2words(n, lang="en", to="year")).replace("oh-", "oh ")


def _digits(numeral: str) -> str:
    return " ".join(_DIGIT_WORDS[int(d)] for d in numeral if d.isdecimal())


def _number(numeral: str) -> str:
    """'1,200.50' -> one thousand two hundred point five zero; '007' -> zero zero seven."""
    whole, _, fraction = numeral.replace(",", "").partition(".")
    if len(whole) > 15 or (len(whole) > 1 and whole.startswith("0")):
        head = _digits(whole)  # an identifier, not an amount
    else:
        head = _cardinal(int(whole)) if whole else ""
    if not fraction:
        return head
    return f"{head} point {_digits(fraction)}".strip()


def _is_one(numeral: str) -> bool:
    return numeral.replace(",", "") in {"1", "1.0", "1.00"}


def _plural(words: str) -> str:
    """twenty -> twenties; nineteen ninety -> nineteen nineties; hundred -> hundreds."""
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def _padded(words: str, text: str, start: int, end: int) -> str:
    """`words` with a space on each side where it would otherwise touch a letter."""
    before = " " if start > 0 and text[start - 1].isalpha() else ""
    after = " " if end < len(text) and text[end].isalpha() else ""
    return before + words + after


# --------------------------------------------------------------------------------------------
# Sentence ends
# --------------------------------------------------------------------------------------------

_STARTERS = _word_set(
    "A After All Also An And As At Authorities But By During Each Earlier For From He Her "
    "Here His However I If In It Its Last Later Many Meanwhile Most No Officials On One Our "
    "Police She Since So Some That The Their Then There These They This Those Today Under "
    "We What When Where While Who Yesterday Yet You")
"""Words that usually open a sentence: after "Ltd." or "U.S.", they mean the stop ends one."""
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]*)\b")
_AT_END = re.compile(r"\s*$")


def _stop(text: str, end: int) -> str:
    """'.' when the sentence ends at `end` (end of text, or a usual sentence opener follows)."""
    if _AT_END.match(text, end):
        return "."
    m = _NEXT_WORD.match(text, end)
    return "." if m and m.group(1) in _STARTERS else ""


_LAST_WORD = re.compile(r"([\w']+)\W*$")


def _previous_word(text: str, start: int) -> str:
    """The word just before `start` ("" if none), looking back a short way only."""
    m = _LAST_WORD.search(text[max(0, start - 40):start])
    return m.group(1) if m else ""


# --------------------------------------------------------------------------------------------
# Rules for every language
# --------------------------------------------------------------------------------------------

_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
_INVISIBLE = re.compile(
    # control (Cc), format (Cf), surrogate (Cs) and private-use (Co) characters, and U+FFFD-FFFF
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f"
    "\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
    "\ufffd-\uffff\ud800-\udfff\ue000-\uf8ff\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f\U000f0000-\U0010ffff]"
)


def strip_control_characters(text: str) -> str:
    """Remove what is not read: NULs, control and format characters, private-use characters.

    Edge cases: tabs, line and paragraph separators become spaces (words stay apart); soft
    hyphens, zero-width spaces, byte-order marks and bidi marks vanish ("co\\u00adoperate" ->
    "cooperate"); lone surrogates (which the engine cannot encode) and private-use characters
    (reserved here for lexicon output) are dropped.
    """
    return _INVISIBLE.sub("", _LINE_BREAKS.sub(" ", text))


_SHOWN_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Written text fit to show in transcripts, chapter titles and tags: C0/C1 control
    characters (NUL, BEL, ESC...) removed; tabs, line ends and bidi marks kept (they matter
    on screen, unlike in speech). A NUL would split an ID3 text frame; ESC is a terminal
    escape in the .txt transcript."""
    return _SHOWN_CONTROLS.sub("", text)


_MOJIBAKE = re.compile(
    "[^\\s]*[\u00c2\u00c3\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
    "\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122][^\\s]*")


def _redecode(m: re.Match[str]) -> str:
    word = m.group()
    for codec in ("cp1252", "latin-1"):
        try:
            return word.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return word


def repair_mojibake(text: str) -> str:
    """Words whose UTF-8 was decoded as Windows-1252 or Latin-1 on the way to the page are
    said as written by their author ("LibÃ©ration" -> "Libération", "PeÃ±a" -> "Peña",
    "itâ€™s" -> "it’s"), not spelled out as symbols.

    Edge cases: only words that hold a telltale pair (Ã, Â or â then a Latin-1 or Windows-1252
    symbol) are tried, and only a clean re-decoding is used, so real text stays as written
    ("Ãlvaro" alone, "São Paulo", "déjà vu"); transcripts keep the page's own spelling.
    """
    return _MOJIBAKE.sub(_redecode, text)


_APOSTROPHES = re.compile("[’‘ʼ‛`´′]")


def unify_apostrophes(text: str) -> str:
    """Curly and look-alike single quotes become "'", so rules and the lexicon see one form.

    Edge cases: "O’Brien" -> "O'Brien", "’90s" -> "'90s", "‘quoted’" -> "'quoted'" (the quote
    rule removes those later); the prime "′" too ("5′11″" -> "5'11″", read as feet).
    """
    return _APOSTROPHES.sub("'", text)


_SPACES = re.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    """Runs of any white space (no-break, thin, ideographic) become one space; ends trimmed."""
    return _SPACES.sub(" ", text).strip()


_URL = re.compile(
    r"(?<![\w@.])(?:(?:https?|ftp)://|www\.)[^\s<>\"'()\[\]{}]+"
    r"|(?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/[^\s<>\"'()\[\]{}]*",
    re.IGNORECASE,
)
_HOST_PREFIX = re.compile(r"^(?:www\d?|m|mobile|amp)\.", re.IGNORECASE)


def _host(url: str) -> str:
    rest = re.sub(r"^[a-z]+://", "", url, flags=re.IGNORECASE)
    host = re.split(r"[/?#]", rest, maxsplit=1)[0]
    host = host.rpartition("@")[2].partition(":")[0]
    return _HOST_PREFIX.sub("", host).lower().strip(".")


def _describe_url(m: re.Match[str]) -> str:
    url = m.group()
    trail = re.search(r"[.,;:!?]+$", url)
    if trail:
        url = url[: trail.start()]
    return _host(url) + (trail.group() if trail else "")


def describe_urls(text: str) -> str:
    """A web address is described by its site: "https://www.example.org/a?x=1" -> "example.org".

    Edge cases: "www." and mobile prefixes, ports, user names, paths, queries and fragments
    are dropped; a full stop or comma right after the address stays with the sentence; bare
    "example.org/path" counts as an address; "name@example.org" (an e-mail) is not one. English
    then reads the dots ("example dot org"); other languages let eSpeak read them.
    """
    return _URL.sub(_describe_url, text)


_DOUBLE_QUOTES = re.compile("[\"“”„‟«»‹›「」『』〝〞＂″]")
_SINGLE_QUOTE = re.compile("'")
_LETTERLIKE = re.compile(r"[^\W\d_]|[\ue000-\uf8ff]")


def _keep_apostrophe(m: re.Match[str]) -> str:
    text, i = m.string, m.start()
    if not 0 < i < len(text) - 1:
        return ""
    before, after = text[i - 1], text[i + 1]
    between_letters = bool(_LETTERLIKE.match(before) and _LETTERLIKE.match(after))
    initials_s = before == "." and after == "s"  # "U.S.'s"
    feet = before.isdecimal() and after.isdecimal()  # 6'2", read by read_units
    return "'" if between_letters or initials_s or feet else ""


def remove_quote_marks(text: str) -> str:
    """Quote marks are not read: “ ” " « » „ and single quotes go; apostrophes stay.

    Edge cases: "don't" and "O'Brien" keep their apostrophe (between letters); "the Joneses'"
    and "'90s" lose it (it is silent); 'rock 'n' roll' -> "rock and roll"; a quote segment
    "“We will win,”" -> "We will win,".
    """
    text = _DOUBLE_QUOTES.sub("", text)
    text = re.sub(r"(?<=\s)'n'(?=\s)", "and", text)
    return _SINGLE_QUOTE.sub(_keep_apostrophe, text)


_OPENING = re.compile(r"\s*[(\[{（【〔]+\s*")
_CLOSING = re.compile(r"\s*[)\]}）】〕]+")


def brackets_to_pauses(text: str) -> str:
    """Brackets are not read; a bracketed aside is set off by pauses, as a reader does.

    Edge cases: "the agency (which declined) said" -> "the agency, which declined, said";
    "(AP) — The" at the start loses its leading pause (tidy_punctuation); "[[" can never
    survive, so text cannot switch eSpeak into phoneme input.
    """
    return _CLOSING.sub(",", _OPENING.sub(", ", text))


def remove_phoneme_brackets(text: str) -> str:
    """No "[" or "]" reaches eSpeak from the text: "[[" would start phoneme input.

    Edge cases: brackets left by any rule; lexicon phonemes are added after this rule runs.
    """
    return text.replace("[", "").replace("]", "")


_TIDY_STEPS = (
    (re.compile(r"\s+([,.;:!?])"), r"\1"),
    (re.compile(r"([,;:])(?:\s*[,;:])+"), r"\1"),
    (re.compile(r"[,;:]+\s*([.!?])"), r"\1"),
    (re.compile(r"([.!?])(?:\s*[,;:])+"), r"\1"),
    (re.compile(r"^[\s,;:.!?]+"), ""),
    (re.compile(r"[\s,;:]+$"), ""),
    (re.compile(r",(?=[^\W\d_])"), ", "),
)


def tidy_punctuation(text: str) -> str:
    """Pauses that other rules left doubled, leading or dangling are merged or dropped.

    Edge cases: ", ," -> ","; "word ," -> "word,"; ",." -> "."; a text opening with "," or
    "." loses it; a trailing "," or ":" goes (a quote ending "win," reads as "win"); "one,two"
    gets its space back.
    """
    for pattern, replacement in _TIDY_STEPS:
        text = pattern.sub(replacement, text)
    return text


# --------------------------------------------------------------------------------------------
# English: words, addresses and symbols
# --------------------------------------------------------------------------------------------

WORD_ACRONYMS: Mapping[str, str] = {
    "AIDS": "Aids", "ASEAN": "Asean", "BAFTA": "Bafta", "BRICS": "Brics", "CERN": "Cern",
    "COP": "Cop", "COVID": "Covid", "DARPA": "Darpa", "DEFRA": "Defra", "ECOWAS": "Ecowas",
    "FEMA": "Fema", "FIFA": "Fifa", "FRONTEX": "Frontex", "GIF": "Gif", "HAMAS": "Hamas",
    "ICE": "Ice", "IKEA": "Ikea", "INTERPOL": "Interpol", "ISIL": "Isil", "ISIS": "Isis",
    "JPEG": "Jaypeg", "LASER": "laser", "LEGO": "Lego", "MAX": "Max", "MERS": "Mers",
    "NAFTA": "Nafta", "NASA": "Nasa", "NASDAQ": "Nasdaq", "NATO": "Nato", "NEET": "neet",
    "NICE": "Nice", "NIMBY": "nimby", "NORAD": "Norad", "OFCOM": "Ofcom", "OFSTED": "Ofsted",
    "OPEC": "Opec", "OSHA": "Osha", "PETA": "Peta", "PIN": "pin", "POTUS": "Potus",
    "RADAR": "radar", "RAM": "ram", "ROM": "rom", "SARS": "Sars", "SCOTUS": "Scotus",
    "SCUBA": "scuba", "SIM": "sim", "SWAT": "Swat", "UEFA": "Yooayfuh", "UNESCO": "Unesco",
    "UNICEF": "Unicef", "WASP": "Wasp",
}
"""All-capital abbreviations a news reader says as words (FBI, by contrast, is spelled)."""

SPOKEN_ACRONYMS: Mapping[str, str] = {
    "AAA": "triple A", "IEEE": "I triple E", "NAACP": "N double A C.P", "PhD": "P.h.D",
    "PhDs": "P.h.D's", "WWI": "World War One", "WWII": "World War Two",
    "NCAA": "N.C double A",
}
"""Abbreviations with a reading of their own."""

LETTER_ACRONYMS = _word_set(
    "ABC ACLU AFP AI AIG AP AU BMW BP CBS CDC CEO CFO CIA CNN COO CTO DC DHS DNA DOJ ECB EPA "
    "EU EV FBI FDA GDP GE GM GOP HIV HSBC IAEA IBM ICC ICJ ICU ID IDF IMF IOC IPO IQ IRA IRS "
    "LA LGBT LGBTQ MIT MP MPs NBA NBC NFL NGO NHS NPR NSA NY NYC NYPD OECD OK PBS PM SEC SUV "
    "TV UAE UBS UCLA UK UN UNHCR US USA VW WTO")
"""Abbreviations spelled letter by letter even inside an all-capital headline."""

EMPHASIS_WORDS = _word_set(
    "ALL AND ARE BAD BEST BIG BUT DEAD DID EVER FAKE FIRE FOR FREE GOOD HAVE HELP HOW HUGE "
    "JUST KILL LIVE LOVE MORE MOST MUST NEVER NEW NO NOT NOW ONE ONLY OUR OUT REAL SALE SAVE "
    "STOP THAT THE THIS TRUE TWO VERY WAR WAS WHAT WHEN WHY WIN WILL WORST YES YOU")
"""Ordinary words written in capitals for emphasis ("she said NO"): read as words."""

_US_PRONOUN_BEFORE = _word_set(
    "ABOUT AGAINST ALL AMONG ASK ASKS BEFORE BEHIND BETWEEN BY CALL CALLS FOR FROM GAVE GIVE "
    "GIVES HELP HELPS JOIN LET LIKE OF SAVE SEND SHOW SHOWS TELL TELLS TO TOLD WITH")
_ALPHA_WORD = re.compile(r"\b[^\W\d_]{2,}\b")
_SHOUTED = re.compile(r"\b[A-Z]{2,}(?:'[A-Z]+)?\b")


def _no_vowel(word: str) -> bool:
    """Not sayable as a word: no A, E, I, O, U and no final Y ("NHS", "NYC"; not "WHY")."""
    return not re.search(r"[AEIOU]|Y$", word)


def _soften(m: re.Match[str]) -> str:
    word = m.group()
    base = re.sub(r"'?S$", "", word) if len(word) > 3 else word
    if base in WORD_ACRONYMS or base in LETTER_ACRONYMS or base in SPOKEN_ACRONYMS:
        if base == "US" and _previous_word(m.string, m.start()) in _US_PRONOUN_BEFORE:
            return "us"
        return base + ("'s" if word.endswith("'S") else "s" if word != base else "")
    if _no_vowel(word) and not _is_abbreviation(word.capitalize()):
        return word
    return word.capitalize()


def _is_abbreviation(word: str) -> bool:
    """"Dr", "St", "Mt": shouted abbreviations the expand_* rules read once softened."""
    return word in {"St", "Jr", "Sr"} or any(
        word in table for table in (_TITLES, _ADDRESS_WORDS, _BUSINESS_WORDS))


def soften_shouting(text: str) -> str:
    """An all-capital text (a shouted headline) is read as ordinary words, acronyms kept.

    Edge cases: "BREAKING: FBI RAIDS HOME" -> "Breaking: FBI Raids Home"; known acronyms
    (FBI, NATO) and letter runs with no vowel (NHS, NYPD) stay capital; "US" stays the
    country unless a verb or preposition makes it the pronoun ("TELL US" -> "Tell us");
    "FBI'S" -> "FBI's"; ordinary text with a few acronyms is left alone (fewer than three
    words, or under three quarters of them in capitals).
    """
    words = _ALPHA_WORD.findall(text)
    shouted = sum(1 for w in words if w.isupper())
    if len(words) < 3 or shouted * 4 < len(words) * 3:
        return text
    return _SHOUTED.sub(_soften, text)


_DATELINE = re.compile(
    r"\A(?P<place>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})(?=(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"(?: \([A-Za-z ]+\))? ?[—–-]{1,2} )")


def soften_dateline(text: str) -> str:
    """A news dateline's place in capitals is read as words, not spelled: "MAPLE FALLS -
    The board…" -> "Maple Falls - The board…", "TACOMA, Wash. —", "NEW YORK (AP) —".

    Edge cases: only at the start of the text, before a dash and at most a state or
    country after a comma and an agency in brackets; acronyms and letter runs with no vowel
    stay as they are (see soften_shouting)."""
    m = _DATELINE.match(text)
    if m is None:
        return text
    return _SHOUTED.sub(_soften, m.group("place")) + text[m.end("place") :]


_COUNTRY_TLDS = _word_set(
    "ae au br ca ch cn de es eu fr ie il in io jp kr mx nl nz ru se "
    "tv uk us za ai")
_TLDS = "com|org|net|gov|edu|int|mil|info|news|biz|app|dev|co|ly|" + "|".join(
    sorted(_COUNTRY_TLDS)
)


def _spoken_label(label: str) -> str:
    if label.isdecimal():
        return _digits(label)
    if label.lower() in _COUNTRY_TLDS and len(label) == 2:
        return ".".join(label.upper())
    parts = [p for p in label.split("-") if p]
    return " dash ".join(".".join(p.upper()) if _no_vowel(p.upper()) and len(p) <= 5 else p
                         for p in parts)


def _spoken_host(host: str) -> str:
    """news.bbc.co.uk -> news dot B.B.C dot co dot U.K."""
    return " dot ".join(_spoken_label(label) for label in host.split(".") if label)


_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
_LOCAL_SEPARATORS = {".": " dot ", "_": " underscore ", "-": " dash ", "+": " plus "}


def _spoken_local_part(local: str) -> str:
    spoken = re.sub(r"[._+-]", lambda m: _LOCAL_SEPARATORS[m.group()], local)
    return collapse_whitespace(re.sub(r"\d+", lambda m: f" {_digits(m.group())} ", spoken))


def read_email_addresses(text: str) -> str:
    """"jane.doe@example.com" -> "jane dot doe at example dot com".

    Edge cases: "_", "-" and "+" in the name are said (underscore, dash, plus); digits are
    read one by one ("jd42" -> "jd four two"); a full stop after the address stays a full stop.
    """
    def spoken(m: re.Match[str]) -> str:
        return f"{_spoken_local_part(m.group(1))} at {_spoken_host(m.group(2))}"

    return _EMAIL.sub(spoken, text)


_DOMAIN = re.compile(
    rf"(?<![\w@.-])((?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:{_TLDS}))(?![\w.-]?\w)"
)


def read_domains(text: str) -> str:
    """A site name is read with its dots: "Amazon.com" -> "Amazon dot com".

    Edge cases: only known endings count (.com, .org, .gov, .co.uk, ...), so "end.Then" or
    "3.5" are not sites; country endings are spelled ("bbc.co.uk" -> "B.B.C dot co dot U.K");
    a name with no vowel is spelled ("cnn.com" -> "C.N.N dot com").
    """
    return _DOMAIN.sub(lambda m: _spoken_host(m.group(1)), text)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)"
                    r"|(?<=\d)(?=[A-Za-z])")
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_]{1,30})\b")
_HASHTAG = re.compile(r"(?<![\w&#])#(\d*[^\W\d_]\w*)")
_NUMBER_SIGN = re.compile(r"(?<![\w&#])#\s?(?=\d)")


def _split_name(name: str) -> str:
    """"jane_doe" -> "jane doe"; "MeToo" -> "Me Too"; "BBCBreaking" -> "BBC Breaking"."""
    return _CAMEL.sub(" ", name.replace("_", " ")).strip()


def read_handles_and_hashtags(text: str) -> str:
    """"@jane_doe" -> "at jane doe"; "#MeToo" -> "hashtag Me Too"; "#1" -> "number 1".

    Edge cases: names split at underscores, case changes and digits ("@BBCBreaking" -> "at
    BBC Breaking"); an "@" inside a word or address is left to the e-mail rule.
    """
    text = _HANDLE.sub(lambda m: "at " + _split_name(m.group(1)), text)
    text = _HASHTAG.sub(lambda m: "hashtag " + _split_name(m.group(1)), text)
    return _NUMBER_SIGN.sub("number ", text)


_LETTER_AMPERSAND = re.compile(r"\b([A-Z]{1,3})\s?&\s?([A-Z]{1,3})\b")
_AMPERSAND = re.compile(r"\s*&(?:amp;)?\s*")


def read_ampersands(text: str) -> str:
    """"&" -> "and"; between capitals it joins letters: "AT&T" -> "A.T and T", "R&D".

    Edge cases: "Johnson & Johnson" -> "Johnson and Johnson"; "S&P 500" -> "S and P 500";
    a leftover HTML "&amp;" is read the same way.
    """
    text = _LETTER_AMPERSAND.sub(lambda m: f"{'.'.join(m.group(1))} and {'.'.join(m.group(2))}",
                                 text)
    return _AMPERSAND.sub(" and ", text)


_SYMBOL_WORDS: Mapping[str, str] = {
    "©": " copyright ", "§": " section ", "№": " number ", "=": " equals ",
    "≈": " about ", "≠": " is not ", "≤": " at most ", "≥": " at least ", "±": " plus or minus ",
    "→": " to ", "•": ", ", "·": ", ", "▪": ", ", "●": ", ", "|": ", ", "¦": ", ", "_": " ",
    "\\": " ", "~": "", "®": "", "™": "", "℠": "", "℗": "", "¶": "", "†": "", "‡": "",
    "*": "", "^": "", "<": "", ">": "",
}
_SYMBOLS = re.compile("[" + re.escape("".join(_SYMBOL_WORDS)) + "]")


def _symbol(m: re.Match[str]) -> str:
    symbol, text, end = m.group(), m.string, m.end()
    if symbol == "©" and _previous_word(text, m.start()).lower() == "copyright":
        return ""
    if symbol == "~" and re.match(r"\s?\d", text[end:end + 2]):
        return "about "
    spaced = text[end:end + 1] == " " and text[m.start() - 1:m.start()] == " "
    if symbol in "<>" and spaced:
        return " less than " if symbol == "<" else " more than "
    return _SYMBOL_WORDS[symbol]


def read_symbols(text: str) -> str:
    """Symbols a reader says are said ("©" copyright, "=" equals, "±"); the rest are dropped.

    Edge cases: "™" and "®" are silent (a reader does not say "trademark"); "*" in "f***" is
    silent; "~50" -> "about 50"; "|" and bullets become pauses; " < " and " > " between spaced
    words read "less than" and "more than", other angle brackets are dropped.
    """
    return _SYMBOLS.sub(_symbol, text)


# --------------------------------------------------------------------------------------------
# English: abbreviations
# --------------------------------------------------------------------------------------------

_TITLES: Mapping[str, str] = {
    "Adm": "Admiral", "Amb": "Ambassador", "Brig": "Brigadier", "Capt": "Captain",
    "Cdr": "Commander", "Cllr": "Councillor", "Cmdr": "Commander", "Col": "Colonel",
    "Cpl": "Corporal", "Det": "Detective", "Dr": "Doctor", "Drs": "Doctors", "Fr": "Father",
    "Gen": "General", "Gens": "Generals", "Gov": "Governor", "Hon": "Honorable",
    "Insp": "Inspector", "Lt": "Lieutenant",
    "Maj": "Major", "Mr": "Mister", "Mrs": "Missus", "Ms": "Mizz", "Mx": "Mix",
    "Pres": "President", "Prof": "Professor", "Pvt": "Private", "Rep": "Representative",
    "Reps": "Representatives", "Rev": "Reverend", "Sen": "Senator", "Sens": "Senators",
    "Sgt": "Sergeant", "Supt": "Superintendent",
}
"""Titles before a name ("Dr. Smith"); eSpeak would end the sentence at "Dr." or spell "Ms"."""
_UNDOTTED_TITLES = _word_set(
    "Brig Capt Cdr Cllr Col Det Dr Insp Lt Mr Mrs Ms Mx Prof Rev Sgt Supt")
_CHIEF = re.compile(r"\bCh (?=(?:Supt|Insp|Con|Const)\b)")
"""British `Ch Supt`, `Ch Insp`, `Ch Con`: chief (`Ch.` alone is more often a chapter)."""
_TITLE = re.compile(r"\b(" + "|".join(sorted(_TITLES, key=len, reverse=True))
                    + r")(\.?)\s+(?=[A-Z]|and\s)")
_SUFFIX = re.compile(r"(?<=[a-z]),?\s+(Jr|Sr)\b\.?")
_DRIVE = re.compile(r"(?<=[a-z]) Dr\b(\.?)")


def expand_titles(text: str) -> str:
    """Titles before names are said in full: "Dr. Smith" -> "Doctor Smith", "Sen." -> Senator.

    Edge cases: British undotted forms ("Mr Smith", "Dr Jones", "Ch Supt Roe" -> "Chief
    Superintendent Roe"); "Lt. Gov. Smith" ->
    "Lieutenant Governor Smith"; "Ms." -> "Mizz" (eSpeak would spell "Ms"); "King, Jr." ->
    "King Junior"; "Dr." after a street name ("Sunset Dr.") is "Drive"; "Gen Z" and "Rep"
    without a stop are left alone.
    """
    def title(m: re.Match[str]) -> str:
        if not m.group(2) and m.group(1) not in _UNDOTTED_TITLES:
            return m.group()
        return _TITLES[m.group(1)] + " "

    def suffix(m: re.Match[str]) -> str:
        word = " Junior" if m.group(1) == "Jr" else " Senior"
        return word + (_stop(m.string, m.end()) if m.group().endswith(".") else "")

    def drive(m: re.Match[str]) -> str:
        following = _NEXT_WORD.match(m.string, m.end())
        street = _previous_word(m.string, m.start())[:1].isupper()
        if not street or (following and following.group(1) not in _STARTERS):
            return m.group()  # "Watson and Dr. Jones" is left to the title rule
        return " Drive" + (_stop(m.string, m.end()) if m.group(1) else "")

    text = _DRIVE.sub(drive, text)
    text = _TITLE.sub(title, _CHIEF.sub("Chief ", text))
    return _SUFFIX.sub(suffix, text)


_SAINT_STREET = re.compile(r"\bSt\b(\.?)")
_STREET_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+|\d(?:st|nd|rd|th)?)\s$")


def _saint_or_street(m: re.Match[str]) -> str:
    text, start, end = m.string, m.start(), m.end()
    after_name = bool(_STREET_BEFORE.search(text[max(0, start - 30):start]))
    following = _NEXT_WORD.match(text, end)
    name_follows = following is not None and following.group(1) not in _STARTERS
    if after_name and not name_follows:
        return "Street" + (_stop(text, end) if m.group(1) else "")
    if name_follows:
        return "Saint"
    return m.group()


def expand_saint_and_street(text: str) -> str:
    """"St." before a name is Saint; after a street name or number it is Street.

    Edge cases: "St. Louis" and "St Paul's" -> Saint; "Main St." and "42nd St" -> Street;
    "Baker St. The ..." -> "Baker Street. The ..." (a sentence opener is not a saint); a lone
    "St" with no name on either side is left alone.
    """
    return _SAINT_STREET.sub(_saint_or_street, text)


_ADDRESS_WORDS: Mapping[str, str] = {
    "Apt": "Apartment", "Ave": "Avenue", "Blvd": "Boulevard", "Ft": "Fort", "Hwy": "Highway",
    "Ln": "Lane", "Mt": "Mount", "Rd": "Road", "Sq": "Square",
}
_ADDRESS = re.compile(r"\b(" + "|".join(_ADDRESS_WORDS) + r")\.")


def expand_address_words(text: str) -> str:
    """"Ave." -> Avenue, "Blvd." -> Boulevard, "Mt. Everest" -> "Mount Everest", "Rd.", "Ft."

    Edge cases: only the dotted forms ("Mt" alone may be a name); the stop is kept when it
    also ends the sentence ("on Fifth Ave." -> "on Fifth Avenue.").
    """
    return _ADDRESS.sub(lambda m: _ADDRESS_WORDS[m.group(1)] + _stop(m.string, m.end()), text)


_NUMBER_ABBREVIATION = re.compile(r"\b(?:(?P<abbr>[Nn]os?|pp?)\.|No)\s?(?=#?\d)")
_NUMBER_WORDS = {"no": "number ", "nos": "numbers ", "p": "page ", "pp": "pages "}


def expand_number_abbreviation(text: str) -> str:
    """"No." is "number" only before a number: "No. 10" -> "number 10"; "Nos. 3" -> numbers.

    Edge cases: "No 10 Downing Street" (British, no stop) -> "number 10"; "p. 5" -> "page 5",
    "pp. 10-12" -> "pages 10-12"; "No." not followed by a number, and the word "no", are left
    alone.
    """
    return _NUMBER_ABBREVIATION.sub(
        lambda m: _NUMBER_WORDS[(m.group("abbr") or "no").lower()], text)


_BUSINESS_WORDS: Mapping[str, str] = {
    "Assn": "Association", "Bros": "Brothers", "Corp": "Corporation", "Dept": "Department",
    "Govt": "Government", "Inc": "Incorporated", "Intl": "International", "Ltd": "Limited",
    "Natl": "National", "Univ": "University",
}
_BUSINESS = re.compile(r"\b(" + "|".join(_BUSINESS_WORDS) + r")\b(\.?)")
_COMPANY_OR_COUNTY = re.compile(r"\bCo\.(?=\s|$|,)")
_PLC = re.compile(r"\b(?:plc|Plc)\b")


def _company_or_county(m: re.Match[str]) -> str:
    text, start, end = m.string, m.start(), m.end()
    following = _NEXT_WORD.match(text, end)
    names_a_place = following is not None and following.group(1) not in _STARTERS
    if re.search(r"[A-Z][\w']*\s$", text[max(0, start - 30):start]) or not names_a_place:
        return "Company" + _stop(text, end)
    return "County"


def expand_business_words(text: str) -> str:
    """Company words in full: "Ltd." -> Limited, "Inc." -> Incorporated, "Corp.", "Bros."

    Edge cases: "Smith & Co." and "Acme Co." -> Company, but "Co. Durham" -> County; "plc" ->
    "P.L.C"; the undotted "Ltd" and "Inc" too; the stop is kept when it ends the sentence.
    """
    text = _BUSINESS.sub(lambda m: _BUSINESS_WORDS[m.group(1)]
                         + (_stop(m.string, m.end()) if m.group(2) else ""), text)
    text = _COMPANY_OR_COUNTY.sub(_company_or_county, text)
    return _PLC.sub("P.L.C", text)


_MONTHS: Mapping[str, str] = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June",
    "Jul": "July", "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October",
    "Nov": "November", "Dec": "December",
}
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_WEEKDAYS: Mapping[str, str] = {
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
    "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
    "Sat": "Saturday", "Sun": "Sunday",
}
_MONTH_ABBREVIATION = re.compile(r"\b(" + "|".join(_MONTHS) + r")\.")
_MONTH_WORD = "(?:" + "|".join([*_MONTH_NAMES, *_MONTHS]) + ")"
_WEEKDAY_ABBREVIATION = re.compile(
    r"\b(" + "|".join(_WEEKDAYS) + r")\.(?=(,?\s+(?:" + _MONTH_WORD + r"|\d))|)"
)


def _weekday(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 3):m.start()]
    if m.group(2) is None and before.lower() != "on ":
        return m.group()  # "Wed." alone may be the verb; "Sun." a newspaper
    return _WEEKDAYS[m.group(1)]


def expand_months_and_weekdays(text: str) -> str:
    """"Jan." -> January, "Sept." -> September; "Tue." -> Tuesday where it is unambiguous.

    Edge cases: a weekday is expanded only before a date or month ("Fri., Jan. 5") or after
    "on" ("on Wed."), since "They were wed." and "the Sun." are words; the stop after a
    month is kept when it ends the sentence ("since Jan." -> "since January.").
    """
    text = _MONTH_ABBREVIATION.sub(lambda m: _MONTHS[m.group(1)] + _stop(m.string, m.end()),
                                   text)
    return _WEEKDAY_ABBREVIATION.sub(_weekday, text)


_LATIN = re.compile(
    r"\b(?:(?P<eg>[Ee]\.\s?[Gg]\.,?)|(?P<ie>[Ii]\.\s?[Ee]\.,?)|(?P<etal>et al\b\.?)"
    r"|(?P<etc>etc\b\.?)|(?P<vs>vs?\.(?=\s)|vs\b)|(?P<cf>[Cc]f\.)"
    r"|(?P<circa>(?:ca?|circa)\.\s?(?=\d{3,4}\b))|(?P<approx>[Aa]pprox\.)|(?P<incl>[Ii]ncl\.)"
    r"|(?P<pa>(?<=[%\d] )p\.\s?a\.(?!\w))"
    r"|(?P<v>(?<=[a-z]) v(?= [A-Z][a-z])))"
)
_LATIN_WORDS: Mapping[str, str] = {
    "eg": "for example,", "ie": "that is,", "etal": "and others", "etc": "et cetera",
    "vs": "versus", "v": " versus", "cf": "compare", "circa": "circa ",
    "approx": "approximately", "incl": "including", "pa": "a year",
}


def expand_latin_abbreviations(text: str) -> str:
    """"e.g." -> "for example", "i.e." -> "that is", "etc." -> "et cetera", "vs." -> versus.

    Edge cases: "Roe v. Wade" and "Roe v Wade" -> "Roe versus Wade"; "c. 1850" -> "circa
    1850"; "et al." -> "and others"; "4% p.a." -> "a year" (after a number only: "the p.a.
    system" stays); a stop ending the sentence after "etc." is kept.
    """
    def expand(m: re.Match[str]) -> str:
        kind = m.lastgroup or ""
        if kind == "v" and not _previous_word(m.string, m.start())[:1].isupper():
            return m.group()  # "v" between two names only
        ends = kind in {"etc", "etal"} and m.group().endswith(".")
        return _LATIN_WORDS[kind] + (_stop(m.string, m.end()) if ends else "")

    return _LATIN.sub(expand, text)


_DOTTED_LETTERS = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})(?!\w)")
_INITIAL = re.compile(r"(?<=[a-z] )([A-Z])\.(?= [A-Z][a-z])")


def read_initials(text: str) -> str:
    """Dotted letters lose the stop that would end the sentence: "U.S." -> "U.S".

    Edge cases: "U.K.", "U.N.", "E.U.", "D.C.", "J.R.R." alike; the stop stays when it ends
    the sentence ("in the U.S." -> "in the U.S."); "U.S.-led" -> "U.S-led"; "U.S.'s" keeps its
    form; a middle initial "John F. Kennedy" -> "John F Kennedy" (eSpeak would pause there).
    """
    def dotted(m: re.Match[str]) -> str:
        if m.string.startswith("'s", m.end()):
            return m.group()
        return m.group(1)[:-1] + _stop(m.string, m.end())

    def initial(m: re.Match[str]) -> str:
        return m.group(1) + _stop(m.string, m.end())

    return _INITIAL.sub(initial, _DOTTED_LETTERS.sub(dotted, text))


# --------------------------------------------------------------------------------------------
# English: numbers
# --------------------------------------------------------------------------------------------

_PHONE = re.compile(r"(?<![\w.,-])(?:(?:\+?1[-. ])?\(?(\d{3})\)?[-. ](\d{3})[-.](\d{4}))(?![\w-])")
_INTERNATIONAL_PHONE = re.compile(
    r"(?<![\w+])\+(\d{1,3})((?:[ .-]\(?\d{1,4}\)?){2,5})(?![\w-]|[.,]\d)")
_LOCAL_PHONE = re.compile(r"(?<![\w.,$£€-])([2-9]\d\d)-(0\d{3})(?![\w.,-]?\d|-)")


STATES = {
    "Ala": "Alabama", "AL": "Alabama", "Alaska": "Alaska", "AK": "Alaska", "Ariz": "Arizona",
    "AZ": "Arizona", "Ark": "Arkansas", "AR": "Arkansas", "Calif": "California",
    "CA": "California", "Colo": "Colorado", "CO": "Colorado", "Conn": "Connecticut",
    "CT": "Connecticut", "Del": "Delaware", "DE": "Delaware", "Fla": "Florida", "FL": "Florida",
    "Ga": "Georgia", "GA": "Georgia", "Hawaii": "Hawaii", "HI": "Hawaii", "Idaho": "Idaho",
    "ID": "Idaho", "Ill": "Illinois", "IL": "Illinois", "Ind": "Indiana", "IN": "Indiana",
    "Iowa": "Iowa", "IA": "Iowa", "Kan": "Kansas", "Kans": "Kansas", "KS": "Kansas",
    "Ky": "Kentucky", "KY": "Kentucky", "La": "Louisiana", "LA": "Louisiana", "Maine": "Maine",
    "ME": "Maine", "Md": "Maryland", "MD": "Maryland", "Mass": "Massachusetts",
    "MA": "Massachusetts", "Mich": "Michigan", "MI": "Michigan", "Minn": "Minnesota",
    "MN": "Minnesota", "Miss": "Mississippi", "MS": "Mississippi", "Mo": "Missouri",
    "MO": "Missouri", "Mont": "Montana", "MT": "Montana", "Neb": "Nebraska", "NE": "Nebraska",
    "Nev": "Nevada", "NV": "Nevada", "N.H": "New Hampshire", "NH": "New Hampshire",
    "N.J": "New Jersey", "NJ": "New Jersey", "N.M": "New Mexico", "NM": "New Mexico",
    "N.Y": "New York", "NY": "New York", "N.C": "North Carolina", "NC": "North Carolina",
    "N.D": "North Dakota", "ND": "North Dakota", "Ohio": "Ohio", "OH": "Ohio",
    "Okla": "Oklahoma", "OK": "Oklahoma", "Ore": "Oregon", "Oreg": "Oregon", "OR": "Oregon",
    "Pa": "Pennsylvania", "PA": "Pennsylvania", "R.I": "Rhode Island", "RI": "Rhode Island",
    "S.C": "South Carolina", "SC": "South Carolina", "S.D": "South Dakota",
    "SD": "South Dakota", "Tenn": "Tennessee", "TN": "Tennessee", "Texas": "Texas",
    "Tex": "Texas", "TX": "Texas", "Utah": "Utah", "UT": "Utah", "Vt": "Vermont",
    "VT": "Vermont", "Va": "Virginia", "VA": "Virginia", "Wash": "Washington",
    "WA": "Washington", "W.Va": "West Virginia", "WV": "West Virginia", "Wis": "Wisconsin",
    "Wisc": "Wisconsin", "WI": "Wisconsin", "Wyo": "Wyoming", "WY": "Wyoming",
    "D.C": "the District of Columbia", "DC": "the District of Columbia",
    "P.R": "Puerto Rico", "PR": "Puerto Rico", "Guam": "Guam",
}
"""US states as AP style and postal codes abbreviate them, for party labels (`R-Texas`)."""
_PARTIES = {"D": "Democrat", "R": "Republican", "I": "independent"}
_PARTY_ALONE = re.compile(r"\b([A-Z][a-z][\w'’-]*) \(([DR])\)(?=[\s,.;:]|$)")
_PARTY_LABEL = re.compile(
    r"(?<![\w-])(?P<party>[DRI])-(?P<state>"
    + "|".join(re.escape(k) for k in sorted(STATES, key=len, reverse=True))
    + r")(?P<stop>\.)?(?![\w-]|\.\w)")


def read_party_labels(text: str) -> str:
    """US party-and-state labels as said: "(D-N.Y.)" -> "(Democrat from New York)", "R-Texas"
    -> "Republican from Texas" (the bracket rule then makes the brackets pauses).

    Edge cases: only a known state after the letter counts, so "I-95", "D-Day" and "R-rated"
    stay; AP abbreviations ("Calif.", "W.Va.", also without their stop) and postal codes
    ("CA") both work; the stop of an abbreviation is kept when it ends the sentence; a bare
    "(D)" or "(R)" after a capitalised name is the party alone ("grade (D)" stays).
    """
    text = _PARTY_ALONE.sub(lambda m: f"{m.group(1)} ({_PARTIES[m.group(2)]})", text)
    if "-" not in text:
        return text

    def said(m: re.Match[str]) -> str:
        words = f"{_PARTIES[m.group('party')]} from {STATES[m.group('state')]}"
        return words + (_stop(m.string, m.end()) if m.group("stop") else "")

    return _PARTY_LABEL.sub(said, text)


def read_phone_numbers(text: str) -> str:
    """North American numbers are read digit by digit in groups: "555-123-4567".

    Edge cases: "(555) 123-4567" and "1-800-555-1234" (the leading 1 is dropped); a
    seven-digit number is a phone number when its second group starts with 0 ("555-0123": no
    range ends below where it starts); otherwise "555-1234" is left to the range rule, being
    indistinguishable from "100-1000"; international numbers "+44 20 7946 0958" are read
    group by group after "plus".
    """
    if not _HAS_DIGIT.search(text):
        return text

    def spoken(m: re.Match[str]) -> str:
        return ", ".join(_digits(group) for group in m.groups())

    def international(m: re.Match[str]) -> str:
        groups = re.findall(r"\d+", m.group(2))
        return "plus " + ", ".join(_digits(g) for g in (m.group(1), *groups))

    text = _INTERNATIONAL_PHONE.sub(international, text)
    return _LOCAL_PHONE.sub(spoken, _PHONE.sub(spoken, text))


_ISO_DATE = re.compile(r"(?<![\w.-])(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w-])")


def read_iso_dates(text: str) -> str:
    """"2021-05-03" -> "May third, twenty twenty-one" (US order, as the rest of the reading).

    Edge cases: impossible months and days are not dates and fall to other rules.
    """
    if not _HAS_DIGIT.search(text):
        return text

    def spoken(m: re.Match[str]) -> str:
        month = _MONTH_NAMES[int(m.group(2)) - 1]
        return f"{month} {_ordinal(int(m.group(3)))}, {_year(int(m.group(1)))}"

    return _ISO_DATE.sub(spoken, text)


_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
_MONTH_FIRST = re.compile(
    rf"\b(?P<month>{_MONTH_WORD})\.?\s(?P<day>{_DAY}){_ORDINAL_SUFFIX}"
    rf"(?:\s?[-–]\s?(?P<day2>{_DAY}){_ORDINAL_SUFFIX})?(?![\d:.,]\d|\w)"
    rf"(?:(?P<comma>,?)\s(?P<year>\d{{4}})\b)?"
)
_DAY_FIRST = re.compile(
    rf"(?<![\w.,$£€])(?P<day>{_DAY}){_ORDINAL_SUFFIX}(?:\s?[-–]\s?(?P<day2>{_DAY}){_ORDINAL_SUFFIX})?"
    rf"\s(?P<month>{_MONTH_WORD})\b\.?(?:\s(?P<year>\d{{4}})\b)?"
)


def _month(word: str) -> str:
    return _MONTHS.get(word, word)


def _month_first(m: re.Match[str]) -> str:
    words = f"{_month(m.group('month'))} {_ordinal(int(m.group('day')))}"
    if m.group("day2"):
        words += f" to {_ordinal(int(m.group('day2')))}"
    if m.group("year"):
        words += f"{m.group('comma')} {_year(int(m.group('year')))}"
    return words


def _day_first(m: re.Match[str]) -> str:
    words = f"the {_ordinal(int(m.group('day')))}"
    if m.group("day2"):
        words += f" to the {_ordinal(int(m.group('day2')))}"
    words += f" of {_month(m.group('month'))}"
    if m.group("year"):
        words += f" {_year(int(m.group('year')))}"
    return words


_SLASHED_DATE = re.compile(
    r"(?<![\w/.])(?P<a>0?[1-9]|[12]\d|3[01])/(?P<b>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4})"
    r"(?![\w/]|[.,]\d)")


def _slashed_date(m: re.Match[str], day_first: bool) -> str:
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if a > 12 and b > 12:
        return m.group()  # no date: the fraction rule reads it number by number
    if a > 12 or (b <= 12 and day_first):
        return f"the {_ordinal(a)} of {_MONTH_NAMES[b - 1]} {_year(year)}"
    return f"{_MONTH_NAMES[a - 1]} {_ordinal(b)}, {_year(year)}"


def read_slashed_dates(text: str) -> str:
    """"12/25/2023" -> "December twenty-fifth, twenty twenty-three"; "25/12/2023" -> "the
    twenty-fifth of December twenty twenty-three".

    Edge cases: a day over 12 settles the order; when both could be the month ("5/3/2021")
    the American order is read (see read_slashed_dates_day_first for British English);
    neither a month ("13/14/2020") -> left to the fraction rule.
    """
    return _SLASHED_DATE.sub(lambda m: _slashed_date(m, False), text)


def read_slashed_dates_day_first(text: str) -> str:
    """As read_slashed_dates, but "5/3/2021" is the fifth of March (British English)."""
    return _SLASHED_DATE.sub(lambda m: _slashed_date(m, True), text)


def read_dates(text: str) -> str:
    """Dates as said: "January 5, 2021" -> "January fifth, twenty twenty-one".

    Edge cases: British order reads British: "5 January" -> "the fifth of January"; "Jan 5th"
    (no stop) and "Sept 30"; day ranges "June 3-5" -> "June third to fifth"; "May" is a month
    only before a day number; "on May 2021" is left to the year rule.
    """
    if not _HAS_DIGIT.search(text):
        return text
    text = _DAY_FIRST.sub(_day_first, text)
    return _MONTH_FIRST.sub(_month_first, text)


_CLOCK = re.compile(
    r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s?(?P<half>[ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)
_CLOCK_RANGE = re.compile(
    r"(?<=\b[ap]\.m)\.?\s?[-–]\s?(?=[\w -]{0,30}?\b[ap]\.m\b|noon\b|midnight\b)")
_TIME_24 = re.compile(r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])")
_RATIO = re.compile(r"(?<![\d:.,])(\d{1,3}):(\d)(?![\d:])")


def _minutes(minutes: str) -> str:
    return "oh " + _cardinal(int(minutes)) if minutes.startswith("0") else _cardinal(int(minutes))


def _clock(m: re.Match[str]) -> str:
    words = _cardinal(int(m.group("h")))
    if m.group("m") and m.group("m") != "00":
        words += " " + _minutes(m.group("m"))
    half = "a.m" if m.group("half").lower() == "a" else "p.m"
    stop = _stop(m.string, m.end()) if m.group().endswith(".") else ""
    return f"{words} {half}{stop}"


def _time_24(m: re.Match[str]) -> str:
    hour, minutes = int(m.group("h")), m.group("m")
    if minutes != "00":
        return f"{_cardinal(hour)} {_minutes(minutes)}"
    return f"{_cardinal(hour)} o'clock" if 0 < hour <= 12 else f"{_cardinal(hour)} hundred"


def read_times(text: str) -> str:
    """Clock times: "3:30 p.m." -> "three thirty p.m", "10am" -> "ten a.m", "9:05" -> nine oh five.

    Edge cases: "10 AM", "10 a.m.", "3.30pm" (British stop) alike; ":00" is silent before
    a.m./p.m. ("10:00 a.m." -> "ten a.m"); "10:00" alone -> "ten o'clock"; "15:00" -> "fifteen
    hundred"; "a.m" has no final stop mid-sentence (eSpeak would end the sentence); a ratio
    "3:1" -> "three to one"; "5 p.m.–7 p.m." -> "five p.m to seven p.m".
    """
    if not _HAS_DIGIT.search(text):
        return text
    text = _CLOCK.sub(_clock, text)
    text = _CLOCK_RANGE.sub(" to ", text)
    text = _TIME_24.sub(_time_24, text)
    return _RATIO.sub(lambda m: f"{_cardinal(int(m.group(1)))} to {_cardinal(int(m.group(2)))}",
                      text)


# Currency: (singular, plural, minor singular, minor plural, minor said with "and").
_CURRENCIES: Mapping[str, tuple[str, str, str, str, bool]] = {
    "$": ("dollar", "dollars", "cent", "cents", True),
    "US$": ("U.S dollar", "U.S dollars", "cent", "cents", True),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents", True),
    "AU$": ("Australian dollar", "Australian dollars", "cent", "cents", True),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents", True),
    "CA$": ("Canadian dollar", "Canadian dollars", "cent", "cents", True),
    "NZ$": ("New Zealand dollar", "New Zealand dollars", "cent", "cents", True),
    "HK$": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents", True),
    "S$": ("Singapore dollar", "Singapore dollars", "cent", "cents", True),
    "€": ("euro", "euros", "cent", "cents", True),
    # BBC style: "three pounds fifty", not "three pounds and fifty pence".
    "£": ("pound", "pounds", "penny", "pence", False),
    "¥": ("yen", "yen", "", "", False),
    "₹": ("rupee", "rupees", "paisa", "paise", True),
    "₩": ("won", "won", "", "", False),
    "₽": ("rouble", "roubles", "kopek", "kopeks", True),
    "₺": ("lira", "lira", "kurus", "kurus", True),
    "₦": ("naira", "naira", "kobo", "kobo", True),
    "₪": ("shekel", "shekels", "agora", "agorot", True),
    "₱": ("peso", "pesos", "centavo", "centavos", True),
    "USD": ("U.S dollar", "U.S dollars", "cent", "cents", True),
    "EUR": ("euro", "euros", "cent", "cents", True),
    "GBP": ("pound", "pounds", "penny", "pence", False),
    "JPY": ("yen", "yen", "", "", False),
    "CHF": ("Swiss franc", "Swiss francs", "centime", "centimes", True),
    "CNY": ("yuan", "yuan", "", "", False),
}
_SCALES: Mapping[str, str] = {
    "thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
    "k": "thousand", "m": "million", "mn": "million", "b": "billion", "bn": "billion",
    "tn": "trillion", "trn": "trillion",
}
_CURRENCY = "(?:" + "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True)) + ")"
_SCALE = (r"(?:\s(?:thousand|million|billion|trillion)\b|(?:bn|mn|tn|trn|k|m|b)\b)")
_MONEY = re.compile(
    rf"(?P<article>\b[Aa]n?\s)?(?<![\w$])(?P<cur>{_CURRENCY})\s?(?P<num>{_NUM})"
    rf"(?P<scale>{_SCALE})?"
    rf"(?:\s?(?:-|–|to)\s?(?:{_CURRENCY})?\s?(?P<num2>{_NUM})(?P<scale2>{_SCALE})?)?",
    re.IGNORECASE | re.ASCII,  # ASCII: "ſ" and the Kelvin sign must not pass for "s" and "k"
)
_CURRENCY_UNITS = {symbol.lower(): units for symbol, units in _CURRENCIES.items()}
_MINOR_UNITS = re.compile(r"(?<![\w.,$£€])(\d+)\s?(p|c|¢)(?![\w'])")


def _scale(word: str | None) -> str:
    return _SCALES[word.strip().lower()] if word else ""


def _amount(numeral: str, units: tuple[str, str, str, str, bool]) -> str:
    """'3.50' -> three dollars and fifty cents; '0.50' -> fifty cents; '3.5' -> ... point five."""
    one, many, minor_one, minor_many, with_and = units
    whole, _, cents = numeral.replace(",", "").partition(".")
    major = one if int(whole) == 1 else many
    if len(cents) != 2 or not minor_many:
        return f"{_number(numeral)} {major if not cents.strip('0') else many}"
    minor = int(cents)
    if int(whole) == 0:
        return f"{_cardinal(minor)} {minor_one if minor == 1 else minor_many}"
    if minor == 0:
        return f"{_cardinal(int(whole))} {major}"
    if not with_and:
        return f"{_cardinal(int(whole))} {major} {_cardinal(minor)}"
    return (f"{_cardinal(int(whole))} {major} and {_cardinal(minor)} "
            f"{minor_one if minor == 1 else minor_many}")


def _money(m: re.Match[str]) -> str:
    units = _CURRENCY_UNITS[m.group("cur").lower()]
    article = m.group("article") or ""
    scale, scale2 = _scale(m.group("scale")), _scale(m.group("scale2"))
    num, num2 = m.group("num"), m.group("num2")
    if not (scale or scale2 or num2):
        return article + _amount(num, units)
    words = _number(num)
    if num2:
        words += (f" {scale}" if scale and scale != scale2 else "") + f" to {_number(num2)}"
    if scale2 or scale:
        words += f" {scale2 or scale}"
    # "a $5 million deal" -> "a five million dollar deal": the amount describes a noun.
    adjective = bool(article) and re.match(r"\s[a-z]", m.string[m.end():m.end() + 2])
    return f"{article}{words} {units[0] if adjective else units[1]}"


def read_money(text: str) -> str:
    """Money as said: "$5.2 million" -> "five point two million dollars", "€30bn", "£12m".

    Edge cases: "$3.50" -> "three dollars and fifty cents"; "£3.50" -> "three pounds fifty"
    (BBC style); "$0.50" -> "fifty cents"; "$1" -> "one dollar"; "¥500" -> "five hundred
    yen"; "US$", "A$", "C$", "HK$" and codes ("USD 5", "EUR 30") name the currency; ranges
    "$5-10 million" -> "five to ten million dollars"; "a $5 million deal" -> "a five million
    dollar deal"; "50p" -> "fifty pence", "99c" / "99¢" -> "ninety-nine cents".
    """
    if not _HAS_DIGIT.search(text):
        return text
    text = _MONEY.sub(_money, text)

    def minor(m: re.Match[str]) -> str:
        one = m.group(1) == "1"
        name = ("penny" if one else "pence") if m.group(2) == "p" else ("cent" if one else "cents")
        return f"{_cardinal(int(m.group(1)))} {name}"

    return _MINOR_UNITS.sub(minor, text)


_PERCENT = re.compile(
    rf"(?<![\w.])(?P<num>{_NUM})(?:\s?%?\s?(?:-|–|to)\s?(?P<num2>{_NUM}))?"
    r"\s?(?P<sign>%|‰|pc\b|pct\b)"
)


def read_percentages(text: str) -> str:
    """"12%" -> "twelve percent"; "3.5%" -> "three point five percent"; "5pc" (FT style).

    Edge cases: ranges "12-15%" and "5.25%-5.5%" -> "... to ... percent"; "‰" -> "per
    mille"; "3.5 per cent" needs no rule (the number rule reads 3.5).
    """
    if not _HAS_DIGIT.search(text):
        return text

    def spoken(m: re.Match[str]) -> str:
        words = _number(m.group("num"))
        if m.group("num2"):
            words += " to " + _number(m.group("num2"))
        return words + (" per mille" if m.group("sign") == "‰" else " percent")

    return _PERCENT.sub(spoken, text)


_DEGREES = re.compile(
    rf"(?<![\w.])(?P<minus>[-−]|minus\s)?(?P<num>{_NUM})"
    r"(?:\s?°(?:\s?(?P<scale>[CF])(?![a-z]))?|(?P<bare>[CF])\b)"
)

_TEMPERATURE_CUES = _word_set(
    "above about around at below between from high highs hit low lows near of reached reach "
    "rose fell temperature temperatures to")


def read_degrees(text: str) -> str:
    """"25°C" -> "twenty-five degrees Celsius"; "-5°F" -> "minus five degrees Fahrenheit".

    Edge cases: "1°" -> "one degree"; "30°" (an angle) -> "thirty degrees"; "−" (minus sign);
    BBC style without the sign after a temperature word or a minus: "reached 40.3C" -> "reached
    forty point three degrees Celsius", but "Flat 5F" is left alone.
    """
    if not _HAS_DIGIT.search(text):
        return text

    def spoken(m: re.Match[str]) -> str:
        words = ("minus " if m.group("minus") else "") + _number(m.group("num"))
        words += " degree" if _is_one(m.group("num")) else " degrees"
        if m.group("bare") and not (m.group("minus") or _previous_word(
                m.string, m.start()).lower() in _TEMPERATURE_CUES):
            return m.group()  # "Flat 5F" is not a temperature
        scale = m.group("scale") or m.group("bare")
        return words + ({"C": " Celsius", "F": " Fahrenheit"}[scale] if scale else "")

    return _DEGREES.sub(spoken, text)


_UNITS: Mapping[str, tuple[str, str]] = {
    "km/h": ("kilometer per hour", "kilometers per hour"),
    "kph": ("kilometer per hour", "kilometers per hour"),
    "mph": ("mile per hour", "miles per hour"), "km²": ("square kilometer", "square kilometers"),
    "sq km": ("square kilometer", "square kilometers"), "m²": ("square meter", "square meters"),
    "km": ("kilometer", "kilometers"), "cm": ("centimeter", "centimeters"),
    "mm": ("millimeter", "millimeters"), "kg": ("kilogram", "kilograms"),
    "mg": ("milligram", "milligrams"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"),
    "oz": ("ounce", "ounces"), "ft": ("foot", "feet"), "ml": ("milliliter", "milliliters"),
    "ha": ("hectare", "hectares"), "GB": ("gigabyte", "gigabytes"),
    "MB": ("megabyte", "megabytes"), "TB": ("terabyte", "terabytes"),
    "kW": ("kilowatt", "kilowatts"), "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"), "kWh": ("kilowatt hour", "kilowatt hours"),
    "MWh": ("megawatt hour", "megawatt hours"), "GHz": ("gigahertz", "gigahertz"),
    "MHz": ("megahertz", "megahertz"), "hr": ("hour", "hours"), "hrs": ("hour", "hours"),
    "mins": ("minute", "minutes"), "secs": ("second", "seconds"),
}
_UNIT = re.compile(
    rf"(?<![\w.])(?P<num>{_NUM})(?P<gap>\s?|-)(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
    + r")(?![\w/²])"
)
_BARE_SCALE = re.compile(
    rf"(?<![\w.])(?P<num>{_NUM})(?P<scale>[bBmMtT][nN]|[tT][rR][nN]|k|m)\b(?P<hyphen>-)?"
)
_HEIGHT = re.compile(r"(?<![\w.])(\d)(?:\s?ft\s?|')(\d{1,2})(?:\s?in\b)?")


def read_units(text: str) -> str:
    """Measures said in full: "5km" -> "five kilometers", "60 mph", "2kg"; "12m" -> million.

    Edge cases: "1 km" -> "one kilometer"; "a 5-km race" -> "a five-kilometer race";
    "5ft 11in" and 6'2" -> "five foot eleven", "six foot two"; a bare "bn", "m", "k" after a
    number is a scale, as in news copy ("12m people" -> "twelve million people", "50k"), but
    "a 12m-tall statue" is meters. US spellings (eSpeak says "kilometres" the same way).
    """
    if not _HAS_DIGIT.search(text):
        return text

    def unit(m: re.Match[str]) -> str:
        one, many = _UNITS[m.group("unit")]
        if m.group("gap") == "-":
            return f"{_number(m.group('num'))}-{one}"
        return f"{_number(m.group('num'))} {one if _is_one(m.group('num')) else many}"

    def scale(m: re.Match[str]) -> str:
        if m.group("hyphen") and m.group("scale") == "m":
            return f"{_number(m.group('num'))}-meter-"
        words = f"{_number(m.group('num'))} {_SCALES[m.group('scale').lower()]}"
        return words + (m.group("hyphen") or "")

    text = _HEIGHT.sub(lambda m: f"{_cardinal(int(m.group(1)))} foot {_cardinal(int(m.group(2)))}",
                       text)
    text = _UNIT.sub(unit, text)
    return _BARE_SCALE.sub(scale, text)


_ATTRIBUTIVE_UNITS = {"dollars": "dollar", "euros": "euro", "pounds": "pound",
                      "degrees": "degree", "rupees": "rupee", "kilometers": "kilometer",
                      "miles": "mile", "meters": "meter", "kilograms": "kilogram"}
_ATTRIBUTIVE = re.compile(
    r"\b(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Yy]our"
    r"|[A-Z][a-z]+'s)\s(?P<amount>(?:[a-z]+[\s-]){1,8}?)(?P<unit>"
    + "|".join(_ATTRIBUTIVE_UNITS) + r")\s(?P<next>[a-z][a-z-]*)\b")
_NOT_A_NOUN = _word_set(
    """of in on at to for from by with and or but nor that which who whom whose is was were are
    be been being has had have will would could should may might can must do did does a an
    the each per more less than worth left it he she they we you i his her its their this
    these those there here now then today yesterday again ago later earlier apiece outside
    inside above below so as if when while because after before since until into over under
    about around back up down off out away too very""")


def attributive_amounts(text: str) -> str:
    """An amount before the noun it describes takes a singular unit, as people say it: "a
    five million dollars fine" -> "a five million dollar fine", "the ninety degrees turn" ->
    "the ninety-degree turn".

    Edge cases: only after a determiner or a possessive ("Biden's one point nine trillion
    dollars plan"); the next word must be able to be a noun (not "of", "was", "each",
    "outside", ...): "the three dollars he gave" and "the ninety degrees outside" keep the
    plural.
    """
    def said(m: re.Match[str]) -> str:
        if m.group("next") in _NOT_A_NOUN:
            return m.group()
        one = _ATTRIBUTIVE_UNITS[m.group("unit")]
        joiner = "-" if one == "degree" else " "
        amount = m.group("amount").rstrip()
        return f"{m.group('det')} {amount}{joiner}{one} {m.group('next')}"

    return _ATTRIBUTIVE.sub(said, text)


_DECADE = re.compile(r"(?<![\w.,])(?P<num>\d{0,2}\d0)'?[sS]\b")


def _decade(numeral: str) -> str:
    n = int(numeral)
    if len(numeral) == 4 and 1100 <= n <= 2099:
        return _plural(_year(n))
    if numeral == "00":
        return "two thousands"
    if n == 0:
        return numeral + "s"
    return _plural(_cardinal(n))


def read_decades(text: str) -> str:
    """"1990s" -> "nineteen nineties"; "the '90s" -> "the nineties"; "in her 40s" -> forties.

    Edge cases: "1900s" -> "nineteen hundreds"; "2000s" -> "two thousands"; "2010s" ->
    "twenty tens"; "'00s" -> "two thousands"; "1990's" (with apostrophe) alike; "100s" ->
    "hundreds" and "1000s" -> "thousands" (not "one hundreds").
    """
    if not _HAS_DIGIT.search(text):
        return text

    def spoken(m: re.Match[str]) -> str:
        numeral = m.group("num")
        if numeral in {"100", "1000"}:
            return "hundreds" if numeral == "100" else "thousands"
        return _decade(numeral)

    return _DECADE.sub(spoken, text)


_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)\b", re.IGNORECASE)


def read_ordinals(text: str) -> str:
    """"21st" -> "twenty-first", "2nd", "103rd", "1,000th" -> "one thousandth".

    Edge cases: a wrong suffix ("21th") still reads as the ordinal of the number.
    """
    if not _HAS_DIGIT.search(text):
        return text
    return _ORDINAL.sub(lambda m: _ordinal(int(m.group(1).replace(",", ""))), text)


_RANGE = re.compile(
    rf"(?<![\w.,\-–])(?P<a>{_NUM})\s?[-–—]\s?(?P<b>{_NUM})(?![\w]|[.,]\d|[-–]\d)"
)


def _year_range(a: str, b: str) -> str | None:
    if not (a.isdecimal() and b.isdecimal()) or len(a) != 4 or len(b) not in (2, 4):
        return None
    start = int(a)
    if not 1000 <= start <= 2099:
        return None
    end = int(b) if len(b) == 4 else start // 100 * 100 + int(b)
    if len(b) == 2 and end < start:
        end += 100
    if end <= start or end > 2099:
        return None
    return f"{_year(start)} to {_year(end)}"


def read_ranges(text: str) -> str:
    """"2019-2021" -> "twenty nineteen to twenty twenty-one"; "10-15 people" -> "ten to fifteen".

    Edge cases: short year ends "1990-95" and "2019–21" read as full years; en and em dashes
    alike; scores and votes "won 3-1" -> "three to one"; "50-50" -> "fifty-fifty"; "Covid-19"
    and "10-year-old" are not ranges; ISO dates and phone numbers are read earlier.
    """
    if not _HAS_DIGIT.search(text):
        return text

    def spoken(m: re.Match[str]) -> str:
        a, b = m.group("a"), m.group("b")
        if a == b and a.isdecimal():
            return f"{_number(a)}-{_number(b)}"  # "a 50-50 chance": fifty-fifty
        return _year_range(a, b) or f"{_number(a)} to {_number(b)}"

    return _RANGE.sub(spoken, text)


_SLASHED = re.compile(
    r"(?<![\w/.])(?:(?P<whole>\d+)\s)?(?P<a>\d+)/(?P<b>\d+)(?P<more>(?:/\d+)*)(?![\w/]|[.,]\d)"
)
_SPECIAL_SLASHES: Mapping[str, str] = {
    "24/7": "twenty-four seven", "9/11": "nine eleven", "7/7": "seven seven",
    "50/50": "fifty-fifty", "20/20": "twenty-twenty",
}
_DENOMINATORS: Mapping[int, tuple[str, str]] = {
    2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"),
}
_VULGAR: Mapping[str, tuple[int, int]] = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅛": (1, 8),
    "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
}
_VULGAR_FRACTION = re.compile(r"(?<![\w.])(\d+)?\s?([½⅓⅔¼¾⅕⅛⅜⅝⅞])")


def _fraction(a: int, b: int, after_whole: bool) -> str:
    one, many = _DENOMINATORS.get(b, (_ordinal(b), _ordinal(b) + "s"))
    if a == 1:
        return ("an " if one[0] in "aeio" else "a ") + one if after_whole else f"one {one}"
    return f"{_cardinal(a)} {many}"


def _slashed(m: re.Match[str]) -> str:
    a, b, whole, more = m.group("a"), m.group("b"), m.group("whole"), m.group("more")
    numerator, denominator = int(a), int(b)
    if whole and not more and 0 < numerator < denominator <= 9:
        return f"{_cardinal(int(whole))} and {_fraction(numerator, denominator, True)}"
    before = f"{whole} " if whole else ""  # not a mixed number: the number rule reads it
    if more:
        parts = [a, b, *more.strip("/").split("/")]
        return before + " slash ".join(_number(p) for p in parts)
    special = _SPECIAL_SLASHES.get(f"{a}/{b}") or _year_range(a, b)
    if special:
        return before + special
    if 0 < numerator < denominator <= 9:
        return before + _fraction(numerator, denominator, False)
    if denominator in (10, 100) and numerator <= denominator:
        return f"{before}{_cardinal(numerator)} out of {_cardinal(denominator)}"
    return f"{before}{_number(a)} slash {_number(b)}"


def read_fractions(text: str) -> str:
    """"1/2" -> "one half", "2 1/2" -> "two and a half", "¾" -> "three quarters".

    Edge cases: "24/7", "9/11", "50/50" as said; "2020/21" -> a year range; "8/10" -> "eight
    out of ten"; a slashed date "5/3/2021" is read number by number (its order is ambiguous);
    other pairs -> "17 slash 4".
    """
    def vulgar(m: re.Match[str]) -> str:
        a, b = _VULGAR[m.group(2)]
        if m.group(1):
            return f"{_cardinal(int(m.group(1)))} and {_fraction(a, b, True)}"
        if b == 2 and re.match(r"\s(?:a|an|of)\b", m.string[m.end():m.end() + 4]):
            return "half"  # "½ a pint" -> "half a pint"
        return _fraction(a, b, True)

    text = _VULGAR_FRACTION.sub(vulgar, text)
    return _SLASHED.sub(_slashed, text)


_TIMES = re.compile(rf"(?<![\w.])(?P<a>{_NUM})\s?[x×]\s?(?P<b>{_NUM})(?![\w.])")
_FOLD = re.compile(rf"(?<![\w.])(?P<a>{_NUM})x\b")


def read_multiplication(text: str) -> str:
    """"4x4" and "3 × 4" -> "four by four", "three by four"; "10x faster" -> "ten times faster".

    Edge cases: letters around the x ("Xbox", "x-ray") are untouched.
    """
    if not _HAS_DIGIT.search(text):
        return text
    text = _TIMES.sub(lambda m: f"{_number(m.group('a'))} by {_number(m.group('b'))}", text)
    return _FOLD.sub(lambda m: f"{_number(m.group('a'))} times", text)


_YEAR = re.compile(r"(?<![\w.,$£€¥/])(\d{4})(?![\w]|[.,]\d|\s?%)")
_YEAR_CUES = _word_set(
    "in since of by from until till to before after during year years summer spring autumn "
    "fall winter early late mid between and or circa census election season class vintage "
    "model around"
) | {month.lower() for month in _MONTH_NAMES}
_QUANTITY_CUES = _word_set(
    "about nearly almost some over than roughly approximately least only just exactly total "
    "additional another extra")


def read_years(text: str) -> str:
    """A four-digit number from 1000 to 2099 written without a comma is a year: "in 1990".

    Edge cases: "1990" -> "nineteen ninety", "2005" -> "two thousand five", "2019" -> "twenty
    nineteen", "1905" -> "nineteen oh five"; 2100-2999 only after a year word ("by 2100");
    news style writes quantities with a comma ("1,500"), but "about 1500" or "more than
    1500" read as quantities; "1500 BC" -> "fifteen hundred B.C".
    """
    if not _HAS_DIGIT.search(text):
        return text

    def spoken(m: re.Match[str]) -> str:
        n = int(m.group(1))
        previous = _previous_word(m.string, m.start())
        if previous.lower() in _QUANTITY_CUES:
            return _cardinal(n)
        if 1000 <= n <= 2099 or (n <= 2999 and previous.lower() in _YEAR_CUES):
            return _year(n)
        return m.group()

    return _YEAR.sub(spoken, text)


_LETTER_CODE = re.compile(r"\b(?P<letters>[A-Z]{1,5})-?(?P<num>\d{1,5})\b")
_NUMBER_CODE = re.compile(r"(?<![.,])\b(?P<num>\d{1,3})(?P<letters>[A-Z]{1,3})\b")
_BOEING = re.compile(r"(?<=\bBoeing )(\d{3})\b")


def _model_number(numeral: str) -> str:
    """Three-digit model numbers are said in two parts: 737 -> seven thirty-seven; 707."""
    if len(numeral) != 3 or numeral.startswith("0") or numeral.endswith("00"):
        return _number(numeral)
    head = _DIGIT_WORDS[int(numeral[0])]
    if numeral[1] == "0":
        return f"{head} oh {_DIGIT_WORDS[int(numeral[2])]}"
    return f"{head} {_cardinal(int(numeral[1:]))}"


def read_alphanumeric_codes(text: str) -> str:
    """Codes mixing letters and digits: "G7" -> "G-seven", "F-35" -> "F-thirty-five", "5G".

    Edge cases: "COVID-19" -> "COVID nineteen" (the acronym rule then says "Covid"); "MH17"
    -> "MH seventeen"; a single letter is tied to its number with a hyphen so eSpeak says the
    letter ("A-", not "uh"); three-digit model numbers are said in two parts, as people say
    them ("A380" -> "A-three eighty", "MH370" -> "MH three seventy", "Boeing 737" -> "Boeing
    seven thirty-seven", "707" -> "seven oh seven"); a fiscal or calendar year code is a
    year ("FY2024" -> "FY twenty twenty-four", "FY25"); "5G" -> "five G", "3D"; "Y2K" and
    lower-case codes are left to the number rule.
    """
    if not _HAS_DIGIT.search(text):
        return text

    def letters_first(m: re.Match[str]) -> str:
        letters, num = m.group("letters"), m.group("num")
        if letters in ("FY", "CY", "MY") and len(num) in (2, 4):
            return f"{letters} {_year(int(num)) if len(num) == 4 else _cardinal(int(num))}"
        number = _model_number(num)
        return f"{letters}-{number}" if len(letters) == 1 else f"{letters} {number}"

    text = _BOEING.sub(lambda m: _model_number(m.group(1)), text)
    text = _LETTER_CODE.sub(letters_first, text)
    return _NUMBER_CODE.sub(lambda m: f"{_number(m.group('num'))} {m.group('letters')}", text)


_VERSION = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w]|\.\d)")
_CARDINAL = re.compile(
    r"(?:(?<![\w.,\d])(?P<sign>[-−+]))?(?<![\d.])(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
)


def read_numbers(text: str) -> str:
    """Every number left is read: "1,200" -> "one thousand two hundred", "3.5", "-4", "007".

    Edge cases: "0.5" -> "zero point five", ".5" -> "point five", "3.50" -> "three point
    five zero"; leading zeros and very long numbers are read digit by digit; "-4" and "−4"
    -> "minus four", "+3" -> "plus three"; versions "2.4.1" -> "two point four point one";
    digits glued to letters get spaces ("Y2K" -> "Y two K").
    """
    if not _HAS_DIGIT.search(text):
        return text
    text = _VERSION.sub(lambda m: " point ".join(_number(p) for p in m.group().split(".")), text)

    def spoken(m: re.Match[str]) -> str:
        sign = {"-": "minus ", "−": "minus ", "+": "plus "}.get(m.group("sign") or "", "")
        return _padded(sign + _number(m.group("num")), m.string, m.start(), m.end())

    return _CARDINAL.sub(spoken, text)


# --------------------------------------------------------------------------------------------
# English: letters, acronyms and what is left
# --------------------------------------------------------------------------------------------

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_NUMBERED_THINGS = _word_set(
    "Act Apollo Article Bowl Chapter Class Division Gemini Part Phase Round Section Stage "
    "Title Type Vatican Volume War")
_ROMAN = re.compile(r"\b(?P<name>[A-Z][a-z]+) (?P<numeral>[IVXLC]{2,7}|V|I)\b(?!\.\w)")


def _roman_value(numeral: str) -> int | None:
    values = [_ROMAN_VALUES[c] for c in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                for i, v in enumerate(values))
    canonical = re.fullmatch(r"C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", numeral)
    return total if canonical and total > 0 else None


def read_roman_numerals(text: str) -> str:
    """Regnal and series numbers: "Elizabeth II" -> "Elizabeth the second", "World War II".

    Edge cases: after a numbered thing it is a cardinal ("World War II" -> "World War two",
    "World War I" -> "World War one", "Super Bowl LVIII" -> "Super Bowl fifty-eight", "Apollo
    XI"); otherwise a lone "I" is the pronoun and "X" a letter ("Malcolm X"); after a sentence
    opener it is not a name ("In CC"); invalid numerals ("IIII") and acronyms are left alone.
    """
    def spoken(m: re.Match[str]) -> str:
        name, value = m.group("name"), _roman_value(m.group("numeral"))
        if name in _NUMBERED_THINGS and value is not None:
            return f"{name} {_cardinal(value)}"
        if value is None or value == 1 or name in _STARTERS:
            return m.group()  # "Then I", "In CC": a pronoun or letters, not a numeral
        return f"{name} the {_ordinal(value)}"

    return _ROMAN.sub(spoken, text)


_LONE_A = re.compile(
    r"\b((?i:grade|vitamin|hepatitis|plan|class|type|category|group|section|terminal|gate|row|"
    r"level|part|option|division|league|the|double|triple)) A(?= [A-Za-z])"
)


def read_letter_a(text: str) -> str:
    """A lone capital "A" used as a letter is said as the letter: "vitamin A and" -> "A- and".

    Edge cases: only after words that name a letter ("grade", "Plan", "the A team", "triple A
    rating", "N double A C.P") and before another word; at the end of a sentence eSpeak
    already says the letter; the article "a" is never capital mid-sentence. eSpeak reads "A"
    before a word as the article "uh"; "A-" is read as the letter. Runs after read_acronyms,
    which writes "triple A" for "AAA".
    """
    return _LONE_A.sub(r"\1 A-", text)


_ACRONYM = re.compile(r"(?<![\w.'])(?P<word>[A-Z]{2,}|PhDs?)(?P<suffix>'s|s)?(?![\w])")


def _letters(word: str, suffix: str) -> str:
    """FBI -> F.B.I; CEOs -> C.E.O's; MPs -> M.P.'s (eSpeak reads "M.P's" as "M dot P's")."""
    dotted = ".".join(word)
    if not suffix:
        return dotted
    return dotted + ("'s" if len(word) > 2 else ".'s")


def _acronym(m: re.Match[str]) -> str:
    word, suffix = m.group("word"), m.group("suffix") or ""
    if word in SPOKEN_ACRONYMS:
        return SPOKEN_ACRONYMS[word] + suffix
    if word in WORD_ACRONYMS:
        return WORD_ACRONYMS[word] + suffix
    if word in EMPHASIS_WORDS:
        return word.lower() + suffix
    if len(word) > 5:
        return m.group()  # a long capital word is a word ("BREAKING"); eSpeak says it so
    return _letters(word, suffix)


def read_acronyms(text: str) -> str:
    """Capital abbreviations are spelled ("FBI" -> "F.B.I") unless said as words ("NATO").

    Edge cases: a table of word acronyms (NATO, NASA, UNESCO, COVID, OPEC, FIFA...) gives
    "Nato"; plurals and possessives ("CEOs", "FBI's"); "US" -> "U.S" (the country; "us" in
    lower case is untouched, and shouted headlines were softened earlier); emphasis words ("she
    said NO") are read as words; capital words of six letters or more are words; "WWII" ->
    "World War Two"; "PhD" -> "P.h.D".
    """
    return _ACRONYM.sub(_acronym, text)


_LEFTOVER_SIGNS: Mapping[str, str] = {
    "%": " percent ", "‰": " per mille ", "°": " degrees ", "+": " plus ", "@": " at ",
    "#": " ", "$": " ", "£": " ", "€": " ", "¥": " ",
}
_LEFTOVER = re.compile("[" + re.escape("".join(_LEFTOVER_SIGNS)) + "]")
_WORD_SLASH = re.compile(r"(?<=[a-z])/(?=[a-z])")


def read_leftover_signs(text: str) -> str:
    """Signs not consumed by the number rules: "LGBTQ+" -> "... plus", "%" alone -> percent.

    Edge cases: "and/or" -> "and or"; "his/her" -> "his or her"; other "/" become a space;
    a stray "#", "$" or "£" is silent.
    """
    text = text.replace("and/or", "and or")
    text = _WORD_SLASH.sub(" or ", text).replace("/", " ")
    return _LEFTOVER.sub(lambda m: _LEFTOVER_SIGNS[m.group()], text)


_ELLIPSIS = re.compile(r"\s*(?:\.{3,}|…|\.(?:\s\.){2,})\s*")
_DASH = re.compile(r"\s*(?:—|―|--+)\s*|\s+[–-]\s+|\s+[–-](?=\s*$)|^\s*[–-]\s+")
_JOINING_EN_DASH = re.compile(r"(?<=\w)–(?=\w)")


def _ellipsis(m: re.Match[str]) -> str:
    text, end = m.string, m.end()
    if m.start() == 0:
        return ""
    if _AT_END.match(text, end) or text[end:end + 1].isupper():
        return ". "
    return ", "


def pauses_for_dashes_and_ellipses(text: str) -> str:
    """Dashes and ellipses are pauses: "—", " – ", " - ", "--" -> a comma; "..." -> comma or stop.

    Edge cases: an ellipsis before a capital or at the end ends the sentence, at the start it
    is dropped; an unspaced en dash between words joins them like a hyphen ("Paris–Berlin");
    hyphenated words are untouched.
    """
    text = _ELLIPSIS.sub(_ellipsis, text)
    text = _DASH.sub(", ", text)
    return _JOINING_EN_DASH.sub("-", text)


# --------------------------------------------------------------------------------------------
# The rule lists
# --------------------------------------------------------------------------------------------

CLEANUP_RULES: tuple[Rule, ...] = (strip_control_characters, repair_mojibake,
                                   unify_apostrophes, collapse_whitespace)
"""Applied first in every language, before the lexicon is matched."""

FINAL_RULES: tuple[Rule, ...] = (remove_phoneme_brackets, tidy_punctuation, collapse_whitespace)
"""Applied last in every language, before the lexicon's words are put in."""

COMMON_RULES: tuple[Rule, ...] = (
    describe_urls, remove_quote_marks, brackets_to_pauses, *FINAL_RULES,
)
"""Every rule for a language other than English (language-independent rules only)."""

ENGLISH_RULES: tuple[Rule, ...] = (
    describe_urls,
    remove_quote_marks,
    read_phone_numbers,  # before brackets: "(555) 123-4567"
    read_party_labels,  # before brackets and initials: "(D-N.Y.)"
    soften_dateline,  # before brackets: "NEW YORK (AP) —"
    brackets_to_pauses,
    soften_shouting,  # before abbreviations: "DR. SMITH" -> "Dr. Smith"
    read_email_addresses,
    read_domains,
    read_handles_and_hashtags,
    read_ampersands,
    read_symbols,
    expand_titles,
    expand_saint_and_street,
    expand_address_words,
    expand_number_abbreviation,  # before numbers: it needs to see the digits
    expand_business_words,
    expand_months_and_weekdays,
    expand_latin_abbreviations,
    read_initials,
    read_iso_dates,
    read_slashed_dates,
    read_dates,
    read_times,
    read_money,
    read_percentages,
    read_degrees,
    read_units,
    attributive_amounts,  # after money, degrees and units are words
    read_decades,
    read_ordinals,
    read_ranges,
    read_fractions,
    read_multiplication,
    read_years,
    read_alphanumeric_codes,
    read_numbers,
    read_roman_numerals,  # before acronyms: "II" is not "I.I"
    read_acronyms,
    read_letter_a,  # after acronyms: "AAA" -> "triple A" -> "triple A-"
    read_leftover_signs,
    pauses_for_dashes_and_ellipses,
    *FINAL_RULES,
)
"""Every rule for English, in order: each sees the text the previous ones left."""

DAY_FIRST_RULES: tuple[Rule, ...] = tuple(
    read_slashed_dates_day_first if rule is read_slashed_dates else rule
    for rule in ENGLISH_RULES)
"""ENGLISH_RULES for the Englishes that write the day first (en-GB, en-AU, en-IE, ...)."""
_DAY_FIRST_REGIONS = frozenset({"gb", "uk", "au", "nz", "ie", "in", "za"})


# --------------------------------------------------------------------------------------------
# The lexicon
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+|\S")
_FIRST_SLOT = 0xE000
_SLOTS = 0xF8FF - 0xE000 + 1
_SLOT = re.compile("[\ue000-\uf8ff]")

LexiconIndex = Mapping[str, tuple[tuple[re.Pattern[str], str], ...]]
"""First word of an entry (case-folded) -> (pattern, spoken output), longest entry first."""


def _lexicon_output(entry: LexiconEntry) -> str:
    say = collapse_whitespace(remove_phoneme_brackets(strip_control_characters(entry.say)))
    return f"[[{say}]]" if entry.phonemes and say else say


def _entry_pattern(word: str, case_sensitive: bool) -> re.Pattern[str]:
    pattern = r"\s+".join(re.escape(part) for part in word.split(" "))
    if re.match(r"\w", word[-1]):
        pattern += r"(?!\w)"
    return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)


@lru_cache(maxsize=32)
def _lexicon_index(entries: tuple[LexiconEntry, ...]) -> LexiconIndex:
    """Compiled once per lexicon: spoken() is called for every segment with the same one."""
    ranked: list[tuple[int, bool, int, str, LexiconEntry]] = []
    for position, entry in enumerate(entries):
        word = collapse_whitespace(unify_apostrophes(strip_control_characters(entry.word)))
        if word:
            ranked.append((-len(word), not entry.case_sensitive, position, word, entry))
    index: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for _, _, _, word, entry in sorted(ranked):
        first = _TOKEN.match(word)
        key = first.group().casefold() if first else word.casefold()
        index.setdefault(key, []).append(
            (_entry_pattern(word, entry.case_sensitive), _lexicon_output(entry)))
    return {key: tuple(candidates) for key, candidates in index.items()}


def _protect(text: str, index: LexiconIndex) -> tuple[str, list[str]]:
    """Replace lexicon matches by private-use placeholders that no rule touches."""
    if not index:
        return text, []
    pieces: list[str] = []
    outputs: list[str] = []
    slots: dict[str, int] = {}
    done = 0
    for token in _TOKEN.finditer(text):
        start = token.start()
        if start < done:
            continue
        for pattern, output in index.get(token.group().casefold(), ()):
            hit = pattern.match(text, start)
            if hit is None:
                continue
            slot = slots.setdefault(output, len(slots))
            if slot >= _SLOTS:
                break  # more distinct pronunciations in one text than placeholders: say as is
            if slot == len(outputs):
                outputs.append(output)
            pieces += [text[done:start], chr(_FIRST_SLOT + slot)]
            done = hit.end()
            break
    pieces.append(text[done:])
    return "".join(pieces), outputs


def _restore(text: str, outputs: list[str]) -> str:
    if not outputs:
        return text
    return collapse_whitespace(_SLOT.sub(lambda m: outputs[ord(m.group()) - _FIRST_SLOT], text))


def _is_english(language: str) -> bool:
    """"en", "en-GB", "en_US", "eng" (ISO 639-2) are English."""
    return re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0] in {"en", "eng"}


def _rules_for(language: str) -> tuple[Rule, ...]:
    """The rules for a language tag: English (day-first regions get their date order), else
    the common ones."""
    if not _is_english(language):
        return COMMON_RULES
    parts = re.split(r"[-_]", language.strip().lower())
    return DAY_FIRST_RULES if len(parts) > 1 and parts[1] in _DAY_FIRST_REGIONS else ENGLISH_RULES


def spoken(text: str, lexicon: Sequence[LexiconEntry] = (), language: str = "en") -> str:
    """The text eSpeak NG should say for `text` (a segment, a quote, a heading, a title).

    English text goes through ENGLISH_RULES; any other language through COMMON_RULES only.
    The lexicon applies last and wins: its entries are matched on the written text (whole
    words, case-sensitive unless the entry says otherwise, longest first), kept away from
    every rule, then put in as respellings or as "[[phonemes]]".
    """
    for rule in CLEANUP_RULES:
        text = rule(text)
    text, outputs = _protect(text, _lexicon_index(tuple(lexicon)))
    for rule in _rules_for(language):
        text = rule(text)
    return _restore(text, outputs)
