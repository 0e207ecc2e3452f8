"""Who a cue's words mean: names, pronouns, roles, kin words and organisations resolved to
the article's people, and the attribution state that remembers what was decided.

attribute.py finds the cues; this module links the mention a cue names (`Smith`, `she`, `the
press secretary`, `his wife`, `the group`, `it`) to one entity of readaloud.names.People, with
how sure the link is. A link below attribute.VOICE_THRESHOLD leaves the quote to the narrator.
For stories, State also knows a conversation's shape: whom a line calls by name (calls),
where a scene ends (scene_break), who spoke last and who else takes part (_partner), and a
first-person story's teller.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from readaloud.model import Gender
from readaloud.names import (
    ANIMALS,
    CALENDAR_WORDS,
    COMMON_CAPS,
    COMPANY_ENDS,
    DETERMINERS,
    DOCUMENTS,
    EPITHETS,
    FAMILY_CALLS,
    FAMILY_NAMES,
    FEMALE_NAMES,
    GENDERED_PRONOUNS,
    HOME_CALLS,
    HONORIFIC_FORM,
    HONORIFIC_GENDER,
    ISSUING,
    KIN_GENDER,
    KIN_WORDS,
    LESSER_TITLES,
    MALE_NAMES,
    NAME_SUFFIXES,
    NO_LONGER,
    NOT_NAMES,
    OPENING_MARKS,
    ORG_HEADS,
    OWN_NOUNS,
    PARTY_WORDS,
    PERSON_ADJ,
    PREPOSITIONS,
    QUOTE_TOKEN,
    ROLE_ADJ,
    ROLE_NOUNS,
    SPEAKER_RANK,
    STORY_ROLES,
    SUBJECT_PRONOUNS,
    SUBJECT_RANK,
    THE_CREATURE,
    TITLE_FULL,
    TITLES,
    UNNAMED_ASIDE,
    Entity,
    Mention,
    Mentioned,
    Page,
    People,
    Tok,
    first_name_gender,
    is_cap,
    is_possessive,
    is_word,
    main_subject,
    nation_adjective,
    opening_subordinator,
    participle,
    person_noun,
    person_set_off,
    pronoun_mention,
    role_words_back,
    run_end,
    short_form,
    state_of,
    subject_before,
    time_stamp_end,
    tokenize,
    unaccented,
    whole_name,
)
from readaloud.segment import (
    ABBREVIATIONS,
    double_quotes,
    sentence_ends,
    single_quotes,
    word_set,
)

if TYPE_CHECKING:
    from readaloud.attribute import Decision, Doc
    from readaloud.segment import Quote

PARAGRAPH_SUBJECT_CONFIDENCE = 0.8
"""How sure a he/she is of the one compatible person its own paragraph names as a subject."""
_OWNED_ORGS = frozenset({"campaign", "administration", "family", "office"})
"""What `his` or `her` may own that speaks under its owner's name (see State._owned_org);
never an organisation named only for its head (`her office` is not the Congressional Budget
Office)."""
_OWNED_AS_POSSESSIVE = frozenset({"office"})
"""Of those, what is named with its owner's possessive (`Ellison’s office`)."""
ORG_KIND_CONFIDENCE = 0.5
"""How sure `the company said` is when no company of that kind was named: the organisation
speaks, but only its kind is known, so the narrator keeps it."""
REPLY_CONFIDENCE = 0.75
"""How sure a reply's he/she or description (`the child`) is of the person the line before it
called by name (see State._called_before)."""
PARTNER_BELOW = 0.6
"""A he/she less sure than this may be the other person in the conversation (see
State._partner)."""
PARTNER_CONFIDENCE = 0.7
"""How sure that is."""
STORY_PRONOUN_CONFIDENCE = 0.7
"""In a story, how sure a he/she cue is of its pick when the nearest sentences name the pick
only as an object or also name someone else of that gender (`I ran across Robert Lane. …` /
`“…,” he added`): novels keep he and she for the person the scene follows, so the line is
voiced; news keeps the narrator then (see People.resolve_pronoun for the confidences)."""
NAMED_AFTER_REACH = 1000
"""How far after a report's role (`… the judge exclaimed. Here was Judge Richard Berman…`) the
person who holds its title may first be named (see State._holders)."""
UNPLACED_HOLDER_CONFIDENCE = 0.55
"""How sure `the Florida senator` is of the last senator named when nothing says where that
one is from (see State._from_elsewhere): too unsure to voice."""
_UNSURE_OF_GENDER = 0.5
"""Picks below this are unsure of the person's gender too; they are not raised in stories."""
_GOES_ON = re.compile(r"\b(?:added|continued|went on|resumed|repeated|persisted)\b")
"""Cue verbs by which a speaker goes on with their own line."""
UNNAMED_TELLER_CUES = 2
"""First-person cues (`I said`) a story needs before a teller nobody names takes turns (two:
round 55 found a drive of two sisters whose turns stopped after the second `I said`)."""
_REPLIES = re.compile(r" +(?:replied|answered|responded|retorted|shot +back)\b")
"""A cue's verb that answers the line before (`“…,” she replied`)."""
_SOMEBODY_CUED = re.compile(r"\b(?:the|a|an|another)\b", re.IGNORECASE)
"""A cue that names somebody by a noun (`said the tinker`): when it is nobody we know, a
person not named takes part in the conversation."""
_LINE_WORDS = 4
"""A nobody's quote this long in a conversation is a line of somebody not named (shorter
ones may be a title or a word the narration quotes)."""
PARTNER_PARAGRAPHS = 6
"""How many paragraphs with lines back a conversation's people are looked for."""
_SOMEBODY_NEW = re.compile(r"\b[Aa]n? +(?=((?:[a-z]+,? +){0,2}[a-z]+))")
"""An indefinite noun phrase (`a young lady`, `a small boy`), its next three words at most
(looked at, not taken: `along a path came a young lady` has two)."""
_ROLE_OPENS = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][”’\"']\s))The +((?:[a-z-]+ +){0,2}[a-z]+|[A-Z][a-z]+)\b")
"""A sentence that opens with `the` and a noun for somebody (`The accountant looked up.`, `The
old man at the end of the table`): see _opening_noun."""


_ITS_AFTER = re.compile(r"[^.!?“”\n]*?\bits\b")
"""An `its` later in the sentence (see State._resolve_role)."""
_SOMEBODY_OPENS = re.compile(r"\s*(?:One|A|An|Another) (?:[a-z-]+ ){0,3}[a-z]+,")
"""A sentence that opens with somebody unnamed set off by a comma (`One rival chef, who asked
not to be named…`; see State._as_put_it)."""
_ROLE_AFTER_OPENING = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][”’\"']\s))(?:Later|Then|Afterwards|Afterward|Presently"
    r"|Finally|That night|That evening|Next morning|The next morning|At last|After dinner"
    r"|After supper),[^.!?“”\n]{0,100}?, the +((?:[a-z-]+ +){0,2}[a-z]+)\b")
"""A sentence whose subject is `the` and a noun for somebody after an opening phrase of
time (`Later, on the terrace, when the men were smoking, the doctor found the young man
alone`): see State._role_opens_since."""


def _opening_noun(r: re.Match[str]) -> tuple[str, int] | None:
    """The first word for a person among the words after a sentence's opening `The` (see
    _ROLE_OPENS: `student` of `The student nurse appeared`, `owl` of `The old owl was the
    judge`), and where it ends; None when there is none. After a describing word only a
    creature, trade or role (`The young man` may be somebody known, described)."""
    at = r.start(1)
    for k, word in enumerate(r.group(1).split(" ")):
        if word in _PERSON_NOUNS and (k == 0 or word in ANIMALS or word not in DESCRIBED):
            return word, at + len(word)  # but `The young man` may be one described so before
        at += len(word) + 1
    return None
_CLEFT = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][”’\"']\s))It was (?:[a-z]+,? +){1,8}?"
                    r"who\b")
"""A sentence that brings somebody unnamed in as what it is about (`It was the smallest of
the field mice who spoke next.`): see State._role_opens_since."""
_REPORTING = word_set("said says told tells added adds explained explains recalled recalls")
"""Verbs whose clause reports what the subject says (see State._binds_other)."""
_SOMEONE_NEW = re.compile(
    r"\b[Aa]n? +(?:[\w'’-]+ +){0,3}?(man|woman|boy|girl|lady|gentleman|mother|father|son|"
    r"daughter|husband|wife|widow|widower|grandmother|grandfather|businessman|businesswoman|"
    r"spokesman|spokeswoman)\b(?![’']s\b)")
"""A report's unnamed newcomer (`a 26-year-old Berlin man`, `a woman`), its gendered noun
group 1 (see State.newcomer_after); a possessive is nobody (`A woman's right to choose`)."""
_UNNAMED_WORD = r"(?:(?:[A-Z]\.){2,}|[\w’'-]+)"
"""A word that describes somebody unnamed, an initialism with its full stops included (`a
U.S. official`, `a U.N. envoy`): see _unnamed_pattern, _SOMEONE_ANY."""


@functools.lru_cache(maxsize=8)
def _someone_by(words: frozenset[str]) -> re.Pattern[str]:
    """An unnamed newcomer by one of these words (`a lobbyist`, `one senior aide`, `a senior
    doctor`: the first such word after up to three others), its noun group 1: the list's
    roles (_SOMEONE_ANY), a report's own words for people (Page.own_roles: `One forecaster
    at the center, who…, said`), which no list holds, and those who meet the people a
    report is about (_OTHER_PARTY: `One driver, who had been waiting in his cab, said…`)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) +(?:" + _UNNAMED_WORD + r" +){0,3}?("
                      + (alternatives or r"(?!x)x") + r")\b(?![’'-]|\w)")


_SOMEONE_ANY = _someone_by(ROLE_NOUNS)
"""Any unnamed newcomer by a role (see _someone_by); a role of no gender counts only when
it says something (see _SPEAKS)."""
TURNED_TO_ME = re.compile(r"\b(?:at|to|toward|towards|asked|told|answered) me\b")
"""Somebody turned to the teller or writer (`pointing at me`, `turned to me`): they talk to
them (see State._taking_newcomer, attribute._teller_answers)."""
_SPEAKS = re.compile(r"(?: +(?:there|here))?(?: +(?:for|of|at|from|with|on|in|[a-z]+ing) +"
                     r"(?:[\w'’.-]+ +){0,4}?[\w'’.-]+){0,2}(?:,? +who(?:se)? +[^,.;“”\"]{1,120}?,?|"
                     r", +[a-z]+ing\b[^,.;“”\"]{0,60},)?,? +"
                     r"(?:said|says|told|added|confirmed|stated|rejected|dismissed|denied|"
                     r"described|explained|recalled|warned|insisted|argued|admitted|"
                     r"complained|wrote|texted|emailed|messaged|posted|shared|corrected|"
                     r"interjected|interrupted|chimed +in|cut +in|went +further|"
                     r"was +(?:even +)?(?:more +|less +)?(?:blunt(?:er)?|frank(?:er)?|candid|"
                     r"scathing|sceptical|skeptical|upbeat|gloomier|critical|forthright)|"
                     r"sent (?:me|us) an? (?:[a-z]+ )?"
                     r"(?:message|note|text|email|letter|statement))\b")
"""A newcomer who says something (`A police spokesman said the fire started…`, `A spokesman
for the Oslo police said…`, `A lobbyist for the company, who spoke on condition of
anonymity, said…`,
`One engineer on the company's data platform team, who…, said…`, `a nurse coming off a night
shift at a nearby hospital said…`, `a trader selling sacks
of sorghum complained…`, `His wife, standing in the doorway, said`, `A commander…, who
uses the nom de guerre Richard, sent me a voice message…`, `Another analyst, who asked
not to be named…, was blunter.`) goes on in the next
sentence's he or she (see State.newcomer_after);
one who asks does not."""
_CALLED_TITLES = TITLES | ROLE_NOUNS
"""Words a line may call somebody by when they hold it as a title (see State.title_called)."""
_NEVER_ALONE = frozenset({"mr", "mrs", "ms", "mx", "dr", "st"})
"""Titles that never call anybody on their own, only before a name (see State.title_called)."""
_ANYBODY_CALLED = frozenset({"sir", "madam", "madame", "ma’am", "ma'am", "miss", "mister", "lady",
                             "lord", "dame", "dear", "master", "mistress"})
"""Titles a line may call anybody by (see State.title_called)."""
_OPENING_PRONOUN = re.compile(r"\s*(?:(?:Then|And|But|So|Now|Finally|At last),? +)?"
                              r"([Hh]e|[Ss]he)\b")
"""A sentence opening with its he/she subject (see State._not_acted_on)."""
_WRITTEN_NAME = re.compile(r"\b(?:said|read|reads|says|named|called)\s+\Z")
"""Words before a name that is written or given, not somebody acted on (`a name badge that
said ERNEST`; see State._not_acted_on)."""
_SOMEBODY_UNNAMED = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)"
    r"(?=((?: +[A-Z][a-z]+)?(?: +[a-z][\w'’-]*){1,4}| +[A-Z][a-z]+ +(?:MP|MEP|MSP|MLA)\b))")
"""A noun phrase that may bring somebody in unnamed (`one visitor`, `the night porter`,
`my mother`, `a Labour MP`), its next four words at most in group 1, after one capitalised
word that says whose (see State._unnamed_about)."""
_WORD_AT = re.compile(r"[a-z][\w'’-]*|\b(?:MP|MEP|MSP|MLA)\b")
_OWNER = re.compile(r"[’']s\b")
_ASKED_ME = re.compile(r"\b(?:A|An|One|a|an|one) (?:[a-z-]+ ){0,2}?([a-z-]+) asked me\b")
"""Somebody unnamed who asks the writer (see State.newcomer_after)."""

_ASKS = re.compile(r"[^.!?“”\"]*\b(?:asked(?! not to be| to remain| that (?:his|her|their) "
                   r"name| for anonymity)|wanted to know|questioned|wondered)\b")
"""Somebody brought in who asks, in the rest of their sentence: the answer is another's (not
one who `asked not to be named`: that is how a report brings in a speaker)."""
_ADDRESS = {
    "majesty": word_set("king queen emperor empress"),
    "highness": word_set("prince princess"),
    "grace": word_set("duke duchess archbishop"),
    "honour": word_set("judge"), "honor": word_set("judge"),
    "eminence": word_set("cardinal"), "holiness": word_set("pope"),
    "lordship": word_set("lord earl judge bishop"), "ladyship": word_set("lady countess")}
"""Forms of address and the ranks they are said to (`Your Majesty`, `Majesty`)."""
_ADDRESS_RE = re.compile(r"\b(Majesty|Highness|Grace|Honou?r|Eminence|Holiness|Lordship|"
                         r"Ladyship)\b|\b[Yy]our (majesty|highness|honou?r|lordship|ladyship)\b")
"""A form of address in a line (`Majesty`, and in lower case after `your`: `your honour`)."""
_RELATIVE_NEW = re.compile(
    r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he +[a-z]+[’']s|[A-Z][a-z]+[’']s) +"
    r"(?:(?:late|younger|older|"
    r"elder|eldest|youngest|little|big|own) +)?(mother|father|mum|mom|dad|grandmother|"
    r"grandfather|grandma|grandpa|gran|granny|nan|nana|grandad|wife|husband|son|daughter|sister|brother|aunt|"
    r"uncle|niece|nephew|grandson|granddaughter|widow)\b(?![’']s\b)")
"""Somebody's relative opening a sentence unnamed (see State._relative_after), a report's
`the victim's brother` and `Jayden's mother` too."""
_OWNER_HIM = re.compile(r"\bhim\b(?!self)")
_OWNER_HER = re.compile(r"\bher\b(?= *(?:[,.;:!?]|and\b|but\b|or\b|before\b|after\b))")
"""The owner of `His father` / `Her mother` named again as an object (see
State._owner_after)."""
_MY_KIN = re.compile(r"\b[Mm]y (?:late |own )?([a-z]+)\b")
"""A relative of the speaker's in a line (see State._line_tells_of)."""
_NAMED_AFTER = re.compile(r",? +[A-Z]")
"""A name right after a relative's noun (`Her mum, Claudia,`, `my daughter Noor`)."""
_PRESENTING = frozenset({"It was", "There was", "It is", "There is"})
"""Words that open a sentence whose whole point is somebody who came (`It was a man in a
bathrobe.`): they go on in the next sentence's he or she (see State._taking_newcomer)."""
_FRONTED = re.compile(r"(?:[A-Z][\w'’ -]*,|And|But|Then|Now)")
"""What may come before a sentence's newcomer (`Meanwhile,`, `In September,`, `But`)."""
_FRONTED_SCENE = re.compile(r"(?:At|In|On|Outside|Inside|Near|By|Along|Down|Up|Behind|Beside|"
                            r"Across|Further|Back)\b[^.;:!?“”\"]{1,160},")
"""A fronted phrase of place or time, asides and all, before a report's newcomer (`At the stop
on Maryhill Road, where the 38 would normally have come through every ten minutes, an
elderly man…`): see State._taking_newcomer."""
_SENTENCE_LINKS = frozenset({"And", "But", "Yet", "Still", "So", "Then", "Now", "Suddenly",
                             "Just then"})
"""Words that join a sentence to the one before without being its subject (`But a Democratic
strategist…`, `Then a man at the back…`): what the subject is looked for after."""
_NEWCOMER_OPENS = re.compile(r"\s*(?:(?:" + "|".join(sorted(_SENTENCE_LINKS)) + r"),? +)?[Aa]n? +"
                             r"(?:[\w'’-]+,? +){0,3}?(man|woman|boy|girl|lady|gentleman)\b")
"""A sentence that opens with somebody unnamed (see State.newcomer_opens_near)."""
_DESCRIBES_SUBJECT = re.compile(r"[^.,;:!?“”\"]*,\s*(?:he|she)\b")
"""After a newcomer's noun: the comma and pronoun of a fronted description."""
NEWCOMER_REACH = 3000
"""How far back (characters) a story's `said the child` looks for `a small boy came…`."""
DESCRIBED_REACH = 1500
"""How far back (characters) a story's `a young lady` keeps a `she` from a person of unknown
gender."""
IT_REACH = 300
"""How far back (characters) `it said` looks for the organisation it means."""
_FIRST_WORD = re.compile(r"\w+")
_WORD = re.compile(r"[A-Za-z]+")
_INTRO_PHRASE = re.compile(r"[A-Z][^,;:“”\"()—–]*,")
"""One phrase set off by a comma before a sentence's subject (`Just a few months ago,`)."""
_JOINED = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]*,?\s+(?:and|or|&)\s+$")
"""A name, then `and`, up to where the next name starts."""
_ASKER = re.compile(r"\s*(?P<question>[“\"][^”\"]*\?[”\"]\s*)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?"
                    r"(?:[Tt]he (?:[a-z]+ ){0,2}[a-z]+, )?(?:[A-Z][\w’'.-]*,?\s+){1,4}"
                    r"(?:then |also |later )?asked\b(?! (?:for|to)\b)")
"""A sentence whose subject, a name, asked something, maybe after the question itself
(see State._not_the_asker)."""
_WHETHER = re.compile(r" (?:whether|if)\b")
_ASKED_ASIDE = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*, asked\b[^.!?;]*?, "
                          r"(?:[a-z]+ed|smiled|said|says|grinned|shrugged)\b")
"""A name that was asked, in an aside before its own verb (`Patel, asked whether he could bat
through the day, smiled.`): the one who answers, not an asker (see State._not_the_asker)."""
_NAME_AT = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*"
_WHO_FOLLOWS = re.compile(r"\s+(?:who|that)\b")
"""A relative clause after a role (`the man who built…`): it describes someone known."""
_IN_A_LIST = re.compile(r"[^,.;:!?“”\"]*, +(?:and|or) +(\S)")
"""The rest of a description that goes on to the next item of a list (`Tom, an old man
with a beard, and a little girl`)."""
_NAME_IN_LINE = r"(?:[A-Z][\w.'’-]* +){0,3}[A-Z][\w'’-]*"
"""A name as _NAME_AT, its words on one line (`Mr. Blunt`; never across a paragraph)."""
_SET_OFF_NAME = re.compile(", (" + _NAME_IN_LINE + "),")
"""A name set off after the words before it (`, Mr. Blunt,`)."""
_NAMED_AS = re.compile(r" +(?:named (" + _NAME_IN_LINE + r")(?![’']s\b)|called ("
                       + _NAME_IN_LINE + r")(?=[,.;:!?)]| (?:who|and)\b))")
"""A name the words before give somebody (`A fox named Juniper lived`, `a goblin called Nib,`;
not `a senator called Biden a liar`, nor `named Smith’s deputy`)."""
_SET_OFF_AFTER_NAME = re.compile(_NAME_IN_LINE + ", (?:who (?:was|is|had been) )?")
"""A name and the comma that sets off what follows it (`Mr. Dale, `, `Martin, who was `)."""
_NAME_BEFORE_BRACKET = re.compile(r"\b[A-Z][\w’'-]+ +$")
"""A capitalised word right before a bracket (see State._cast_in_brackets)."""
_PUT_IT = re.compile(r" +(?:[a-z]+ly +|once +|later +|now +)?puts? +it\b")
"""The rest of an `as he puts it` aside after its pronoun (see State._as_put_it)."""
_CHILD_AGE = r", (?:[1-9]|1[0-2])(?=[,.;)]|$)"
"""A name set off with a child's age (`Sofía, 2,`): a child the report tells of, seldom the
he/she of a line when a grown-up it could mean is there too (see _paragraph_before)."""
_DESCRIBED_NAME = re.compile(_NAME_AT + r", (?:a |an |the |[a-z]+ of |\d)")
"""A name followed by a description or an age: `Henry Crespo, president of`, `Ann Roe, 34,`."""
_DOCUMENT_NOUN = re.compile(r"\b(?:the|a|an|his|her|its|their) (?:[\w-]+ )?(?:"
                            + "|".join(sorted(DOCUMENTS)) + r")\b")
"""A document named in a sentence (`in the affidavit`, `the email read`): `it` may be it."""
_ISSUED_THINGS = DOCUMENTS | word_set("message note card text")
"""What a person issues whose words an `it read` then gives (see State._issuer_before)."""
_LETTER_FROM = re.compile(r"\b(?:letter|note|card|postcard|telegram|message) +(?:came|arrived)"
                          r" +from +(him|her|[A-Z][\w’'-]+(?: +[A-Z][\w’'-]+)*)")
"""`a letter came from him`: whose words an `it began` then gives (see State._letter_from)."""
_AS_FOR = re.compile(r"[“\"‘']?(?:(?:And|But|Now),? +)?As +for +")
"""A sentence that opens on its topic (`As for Trump, he…`)."""
_ELLIPTICAL = re.compile(
    r"\s*(?:(?:Then|And|Or|Again|Now),? )?(?:back |over |across |up |down )?"
    r"(?:at|to|toward|towards|into|onto|past)\b")
"""A sentence that goes on from the one before without a subject of its own (`Then at Ms.
Adeyemi.`, `Then back at the door.`)."""
_WHO_AFTER_NAME = re.compile(_NAME_AT + r"(?:,| —| –) who(?:se)?\b")
"""A name that heads a who or whose clause (`Camille Durand, whose son took part,`)."""


@functools.lru_cache(maxsize=256)
def _unnamed_pattern(head: str) -> re.Pattern[str]:
    """`a second CIA officer`, `one Republican aide`, and a `the` role set apart by what
    they carry or wear (`the old man with the stick`, `the girl in the red coat`): an unnamed
    person with this role (not `a friend of the tutor`, nor a title before a name: `A
    Division Bench comprising Chief Justice Prasanna Varale` brings in no chief)."""
    word = f"(?i:{re.escape(head)})"  # `One Liberal MP from Toronto` for `the MP`
    named = r"(?! +[A-Z])" if head in TITLES else ""  # a title before a name
    return re.compile(r"\b(?:(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:(?!of\b|the\b)" + _UNNAMED_WORD
                      + r"\s+){0,4}"
                      + word + r"\b" + named + r"|[Tt]he\s+(?:(?!of\b|the\b)[\w’'-]+\s+){0,2}"
                      + word + r"(?= (?:with|in) (?:a|an|the|his|her)\b))")


@functools.lru_cache(maxsize=64)
def _kin_apposition(possessive: str, head: str) -> re.Pattern[str]:
    """`his aunt, Mrs. Costello,`: a kin word and the name set off after it, or right after
    it with no commas (`her brother Teo Quist`); after `my` or `our` not `I` (`My aunt
    Ilinca, who…`, `my brother Sam`)."""
    if possessive.lower() in _TELLERS:
        return re.compile(rf"\b(?i:{possessive} {re.escape(head)})(?:,? | ?[—–] ?)(?!I\b)"
                          rf"(?=({_NAME_AT})\b)")  # `my mother—Mẹ, I called her—`
    return re.compile(rf"\b(?i:{possessive} {re.escape(head)})(?:, (?=({_NAME_AT}),)| (?=("
                      rf"{_NAME_AT})\b))")


_AFTER_OBJECT = PREPOSITIONS | word_set("that to and as")
"""Words that follow `her` or `him` as an object, not `her` as an owner (see
State._binds_other)."""


def name_family_words(people: People, doc: Doc) -> None:
    """In a story or first-person piece, the family word the text uses as a name (`Dad`,
    `Grandpa`, `Abuela`; see FAMILY_CALLS, HOME_CALLS) is the person the narration names as
    the teller's kin of that kind (`My father, Leonard Shaw, had been a bus driver`, `my
    grandfather, Isaac Bellamy,`) or names in full in a dash aside after the word (`Gran —
    Iris Harker to the parish newsletter —`), wherever it does: one person, not a second
    voice for the same one. Of other tongues' words only one for that kin may be in use
    (`Nani` and `Dadi` are two grandmothers)."""
    if not (doc.dialogue or doc.first_person):
        return
    for noun, gender in KIN_GENDER.items():
        found = next((a for a in _kin_apposition("my", noun).finditer(doc.text)
                      if not doc.in_quote(a.start())), None)
        keys = [mm.key for mm in people.between(found.start(1), found.end(1))] if (
            found is not None) else []
        key = people.current(keys[-1]) if keys else -1
        if not keys or people.entities[key].organisation or not people.compatible(key, gender):
            continue
        home = [w for w in map(_as_name_in(doc.text), HOME_CALLS.get(noun, ())) if w]
        for word in [*map(_as_name_in(doc.text), FAMILY_CALLS.get(noun, ())),
                     *(home if len(home) == 1 else ())]:
            if word:
                people.nickname(key, word)
    for aside in [*_FAMILY_WORD_NAMED.finditer(doc.text), *_FAMILY_WORD_WAS.finditer(doc.text)]:
        keys = [mm.key for mm in people.between(aside.start(2), aside.end(2))]
        if keys and not doc.in_quote(aside.start()) and aside.group(1).lower() in FAMILY_NAMES:
            people.nickname(people.current(keys[0]), aside.group(1))
    _family_word_answers(people, doc)
    _family_word_aged(people, doc)


def _family_word_answers(people: People, doc: Doc) -> None:
    """A paragraph that opens with a line calling a family word (`“Grandad, the florist's
    already done them,” said Roz.`) and the next, which opens with the answer and a beat
    whose subject is somebody named in full (`“Then she can keep hers…” Lucien Baptiste
    snipped another stem`): the one called answers, so the word is that person's (one of
    that word's gender, see name_family_words)."""
    for block, lines in doc.by_block.items():
        answer = doc.by_block.get(block + 1, [])
        if not lines or not answer or lines[0].start != doc.bounds[block][0] or (
                answer[0].start != doc.bounds[block + 1][0]):
            continue
        call = _CALLS_FIRST.match(doc.text, lines[0].start, lines[0].end)
        beat = _BEAT_NAMED.match(doc.text, answer[0].end)
        noun = _kin_noun(call.group(1)) if call is not None else None
        if noun is None or call is None or beat is None:
            continue
        keys = [people.current(mm.key) for mm in people.between(beat.start(1), beat.end(1))]
        e = people.entities[keys[0]] if keys else None
        if e is not None and e.first and e.last and not e.organisation and people.compatible(
                e.key, KIN_GENDER[noun]):
            people.nickname(e.key, call.group(1))


def _family_word_aged(people: People, doc: Doc) -> None:
    """A sentence that brings somebody in by full name for the first time with their age
    (`Dorothy Fairweather was eighty-nine and believed three things…`) right after the
    family word the story has called them by (`Beside me, Nan had her handbag on her knee.`
    … `“That's Callum, Nan.”`, in the 800 characters before): the word is theirs, when of
    their gender (see name_family_words)."""
    for aged in _AGED.finditer(doc.text):
        if doc.in_quote(aged.start()):
            continue
        keys = [people.current(mm.key) for mm in people.between(aged.start(1), aged.end(1))]
        e = people.entities[keys[0]] if keys else None
        if e is None or not (e.first and e.last) or e.organisation or people.named_at.get(
                e.key, [aged.start()])[0] < aged.start(1):
            continue
        words = [w for w in _CAPITAL_WORD.findall(doc.text, max(0, aged.start() - 800),
                                                  aged.start()) if w.lower() in FAMILY_NAMES]
        noun = _kin_noun(words[-1]) if words else None
        if noun is not None and people.compatible(e.key, KIN_GENDER[noun]):
            people.nickname(e.key, words[-1])


def _kin_noun(word: str) -> str | None:
    """The kin noun of FAMILY_CALLS a family word is used for (`Grandad`: grandfather)."""
    return next((noun for noun, calls in FAMILY_CALLS.items() if word.lower() in calls), None)


_AGED = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))([A-Z][a-z’'-]+ [A-Z][a-z’'-]+) (?:was|is) (?:(?:"
                   r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|\d{2,3}|"
                   r"a hundred)\b")
"""A sentence that opens with a full name and the person's age (see _family_word_aged)."""
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_CALLS_FIRST = re.compile(r"[“\"]([A-Z][a-z]+)[,!?]")
"""A line that opens by calling somebody (`“Grandad, the florist's…`; see
_family_word_answers)."""
_BEAT_NAMED = re.compile(r"[ \t]+([A-Z][a-z’'-]+ [A-Z][a-z’'-]+) [a-z]+")
"""Narration right after a line that opens with somebody's full name as its subject
(`Lucien Baptiste snipped another stem`; see _family_word_answers)."""


def _as_name_in(text: str) -> Callable[[str], str]:
    """A function that gives a lower-case word as text uses it for a name, capitalised
    (`Abuela`, `Ah-Ma` for `ah-ma`), or "" where text never does."""
    def used(word: str) -> str:
        for form in dict.fromkeys((word.capitalize(), word.title())):
            if re.search(rf"\b{re.escape(form)}\b", text):
                return form
        return ""
    return used


_FAMILY_WORD_NAMED = re.compile(r"\b([A-Z][a-z]+) ?[—–] ?((?:[A-Z][\w'’-]*\s+){1,3}"
                                r"[A-Z][\w'’-]*)\b")
"""A family word and, set off by a dash, the person's full name (`Gran — Iris Harker to the
parish newsletter, …— had not been to church`; see name_family_words)."""
_FAMILY_WORD_WAS = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))([A-Z][a-z]+) (?:was|had been|is) "
                              r"((?:[A-Z][\w'’-]*\s+){1,3}?[A-Z][\w'’-]*) (?=(?:to|on|in|for) )")
"""A sentence that opens with a family word that is somebody's full name somewhere (`Ma was
Margaret Hollis on the milk cheques`, `Gran had been Edith Hollis to the parish register`;
see name_family_words)."""


def asked_phrase_end(toks: Sequence[Tok]) -> int:
    """Where the main clause starts after an opening `Asked …,` or `Pressed …,` phrase (0
    when the sentence opens with none; see State.role_subject and
    attribute.rule_report_beat), past a lower-case aside set off after it before a he, she
    or they."""
    if len(toks) < 3 or toks[0].low not in ("asked", "pressed", "questioned"):
        return 0
    comma = next((k for k, t in enumerate(toks) if t.text == ","), len(toks) - 1)
    later = next((k for k in range(comma + 2, min(comma + 14, len(toks) - 1)) if toks[k].text == (
        ",") and toks[k + 1].low in ("he", "she", "they")), None)
    if later is not None and all(is_word(t) and t.text.islower() for t in toks[comma + 1 : later]):
        comma = later  # `Asked why she chose money over love or war, the usual engines of the
        # family saga, she was emphatic.`: the aside says what the question was about
    return min(comma + 1, len(toks) - 1)


def opening_phrase_end(toks: Sequence[Tok]) -> int:
    """Where the main clause starts after an opening phrase up to a comma that a participle
    or a preposition opens (`Closing the exchange,`, `In a statement,`, `Speaking pitchside
    to broadcaster Channel Nine afterwards,`); else 0."""
    if len(toks) < 4 or not (participle(toks[0]) or toks[0].low in PREPOSITIONS):
        return 0
    comma = next((k for k, t in enumerate(toks[:12]) if t.text in (",", QUOTE_TOKEN)), None)
    return comma + 1 if comma is not None and toks[comma].text == "," else 0


_BODY_NAME = r"[A-Z][\w’'&.-]*(?: (?:of |and |for |the )*[A-Z][\w’'&.-]*){0,6}"
"""An organisation's name as a text writes it: capitalised words, with `of`, `and`, `for`
and `the` between them (`National Fusion Laboratory`, `Department of the Interior`)."""
_FOR_BODY = re.compile(r" (?:for|at|from) (?:the )?" + _BODY_NAME)
"""An organisation an unnamed person speaks for or works at, right after their words (`A
spokesman for the National Fusion Laboratory`; see _whose)."""


def _whose(text: str, end: int) -> str:
    """The words that say whose an unnamed speaker is, right after the words at text[:end]
    that bring them in (`for the National Fusion Laboratory`), or nothing: they name the
    speaker, so that two unnamed spokesmen of two bodies are not both `A spokesman`."""
    found = _FOR_BODY.match(text, end)
    return found.group() if found is not None else ""


def _role_subject_at(toks: Sequence[Tok], subject: Mention | None, clauses: tuple[int, ...]
                     ) -> int:
    """Where the `the` of a role that is a sentence's subject stands in toks: opening the
    sentence, or its main clause after an opening or `Asked…` phrase (clauses: where those
    end; `In a cable from May, the ambassador described…`), or a clause after `that` (`The
    cables suggest that the ambassador had doubts.`); -1 for none (see
    State.role_subject)."""
    if subject is None or subject.kind != "role":
        return -1
    k = next((k for k, t in enumerate(toks) if t.start == subject.start), -1)
    if k < 0 or toks[k].low != "the":
        return -1
    return k if k == 0 or k in clauses or toks[k - 1].low == "that" else -1


_OWNED_ROLE = re.compile(r"[A-Z][\w.-]*['’]s [a-z]")
"""A role an owner's name opens (`Zarand’s deputy ambassador`; see State._owned_holder)."""


@functools.lru_cache(maxsize=64)
def _kin_set_off(head: str) -> re.Pattern[str]:
    """`Her mother, Siobhan,`, `Kemi's mother, Siobhan,`: a kin word after his, her or a
    possessive name, and the name set off after it (see State._kin_set_off)."""
    return re.compile(rf"\b(his|her|\w+['’]s) {re.escape(head)}, (?=({_NAME_AT}),)",
                      re.IGNORECASE)


_KIN_OPENER = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?[’']s) +(?:[a-z-]+ +)?(?:"
    + "|".join(sorted(KIN_WORDS)) + r"),\s*")
"""A relative set off before the name that opens a sentence (`His widow, Anna Ferraby,
read…`, `Dr Ferraby’s brother, Michael,`): the name is still the subject (see _opener)."""


def _role_words(text: str) -> bool:
    """Nothing, or only the role words of the name that follows (`Florida developer`, `Former
    Obama speechwriter`; but not `When` or `Asked about`), after a linking word or two (`And
    even Obama tried…`) or a news dateline (`BERLIN — Mercy Chebet-Langat ran…`)."""
    text = _DATELINE_BEFORE.sub("", text, count=1)
    toks = tokenize(text, 0, len(text))
    k = 0
    while k < min(len(toks), 2) and toks[k].low in _LINKS:
        k += 1
    return len(role_words_back(toks, len(toks))) == len(toks) - k


_DATELINE_BEFORE = re.compile(r"^[A-Z]{3,}(?:[ -][A-Z]{2,})*(?:, [^—–\n]{1,30}?)?(?: \([^)\n]*\))?"
                              r"(?: *[—–-]+ *|$)")
"""A news dateline opening a sentence (`BERLIN —`, `NEW YORK (AP) —`, `LAGOS, Nigeria -`;
its dash may have been stripped with the marks around a name)."""


TELLER_VERBS = "said|asked|answered|replied|cried|remarked|exclaimed|returned"
"""Verbs a first-person narrator cues their own lines with (`“…,” I said`, `said I`), as a
regular-expression alternation; the three patterns below are all the teller's cues."""
TELLER_CUE_AFTER_QUOTE = re.compile(
    rf"[,!?][\"”’'] +(?:I +(?:{TELLER_VERBS})|(?:{TELLER_VERBS}) +I)\b")
"""A teller's cue right after a line of theirs that ends softly (`“…,” I said.`): what
attribute.dialogue_style counts (a memoir excerpt in the news has three at most, a
first-person novel dozens)."""
_I_ANSWERED = re.compile(rf"[”\"’'],? I (?:{TELLER_VERBS}|told)\b")
"""The writer's own cue after a line (`“No,” I said.`): an answer to somebody who asked (see
State.newcomer_after)."""
_TELLER_NAMED = re.compile(
    r"(?:(?:\b[Mm]y name (?:is|was)|\bwas myself,|(?:^|[.!?] +)I,|\bI (?:told (?:him|her|them)"
    r"|said) (?:that )?(?:it|my name) was) +|\bI (?:have|had) been "
    r"(?=(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+ for\b))((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b", re.M)
"""The narration's teller giving their own name (`That clerk was myself, Edward Ashdown`,
`My name is Ruth Kessler`, `I, Claudius,`, `I have been Kit Farrell for thirty-one years`,
`I told him it was Tom Pryce`): see State._storyteller."""
_CALLED_ME = re.compile(
    r"[“\"](?:[^“”\"]{0,60}?, +)?((?:[A-Z][a-z]+ )?[A-Z][a-z]+),[”\"] +(?:[A-Z][a-z]+|[Hh]e|[Ss]he)"
    r" +(?:said|called|"
    r"asked|began)\b[^.!?“”\"]{0,60}?\b(?:at|to) me\b")
"""A line that is or ends with a name, said to the teller (`“Kit Pell,” Crane said, looking
down at me.`, `“Thinner, Marisol,” Abuela said, not looking at me.`): the teller's name when it
is a whole name or a known first name, not a word (`“Boy,” he said to me`, `“You English,”
he said to me`; see State._teller_named)."""
_NAME_IN_OWN_LINE = re.compile(r"\b[Mm]y name(?: is|[’']s) ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b")
"""A speaker's own name in their line (`“…, my name is Devinder Sandhu, and…”`): the teller's
when the line is theirs (see State._tellers_own_line)."""
_MY_NAME_SAID = re.compile(
    r"\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)[,.!?]?[”\"] ?[—–,]? ?(?:he|she|they) (?:said|spoke"
    r"|used) my (?:full )?name\b")
"""A line's name that the narration says was the teller's (`“…, Desmond Quill” — she said
my name like she’d been saving it —`): see State._storyteller."""
_YOUNG = frozenset(["boy", "girl", "lad", "lass", "child", "kid", "youngster", "youth"])
"""Words for a young person, whom no one called by a rank or an honorific is (see
_too_grown)."""
_RANKS = frozenset(["magister", "captain", "sergeant", "doctor", "professor", "colonel",
                    "major", "lieutenant", "inspector", "detective", "judge", "reverend",
                    "sir", "dame", "general", "admiral", "senator"])
"""Ranks and styles only a grown person holds (see _too_grown; not `Lady`, `Master` or
`Prince`, which a child may be called)."""
_RECORD_AFTER = re.compile(
    r", +(?:the +)?(?:daughter|son|wife|husband|widow|relict|beloved|aged|born|died)\b")
"""A name in a line followed by what a record says of them (`“Jenifer, daughter of the
above, aged 19 years.”`, a tomb's words): no call (see State._storyteller)."""
_REPORTED_AFTER = re.compile(r", +(?:he|she|they|you|I) +(?:said|says|told|tells)\b")
"""A line's word followed by who said it (`“West, she said.`): words reported, not a call
(see State._storyteller)."""
WHOLE_NAME_CALL = re.compile(r"[“\"]((?:[A-Z][a-z]+ +){1,2}[A-Z][a-z]+)[,!?.]")
"""A line that opens by calling somebody by their whole name (`“Katherine Anne Lowe,”`,
`“Theodore Lowe. What is that on your chin?”`; see State._whole_name_called and
attribute._whole_names_called)."""
_MY_KIN_PRESENTED = re.compile(r"\bmy +(?:(?:grand)?(?:daughter|son)|niece|nephew),? +"
                               r"([A-Z][a-z]+ +[A-Z][a-z]+)\b")
"""A line presenting the speaker's child, grandchild, niece or nephew by a whole name (group
1; see State._presented_by_kin)."""


def _calls_for(*kin: str) -> frozenset[str]:
    """Every word a family calls its people of these kin nouns by (FAMILY_CALLS, HOME_CALLS)."""
    return frozenset().union(*(
        calls.get(k, frozenset()) for k in kin for calls in (FAMILY_CALLS, HOME_CALLS)))


_KIN_OF_TELLER = {
    **dict.fromkeys(("granddaughter", "grandson"), _calls_for("grandmother", "grandfather")),
    **dict.fromkeys(("daughter", "son"), _calls_for("mother", "father")),
    **dict.fromkeys(("niece", "nephew"), _calls_for("aunt", "uncle") | {"aunt"}),
}
"""What the teller calls the one who presents them as this kin (`Nana` presents `my
granddaughter`; see State._presented_by_kin)."""
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|say|told +(?:him|her|them)),? +$")
"""A name in a line right after `I said,` (`“…I told him. I said, Rich, a pond is not a
lake.”`): a call told of, made elsewhere, not one to somebody here (see State._storyteller)."""
_FIRST_PERSON_CUE = re.compile(
    rf"[”\"’],? +(?:{TELLER_VERBS}) +I\b|\bI +(?:{TELLER_VERBS})\b")
"""A cue a first-person narrator writes for their own lines."""
_THIRD_PERSON_CUE = re.compile(
    rf"\b(?:[A-Z][a-z]+|he|she|He|She) +(?:{TELLER_VERBS})\b|"
    rf"\b(?:{TELLER_VERBS}) +(?:[A-Z][a-z]+|he|she)\b")
"""A cue for somebody else's line (`Mom said`, `he said`, `said Cass`; see
State._exchange_paragraph)."""
_HE_SHE_CUE = re.compile(rf"[,.!?]? *(?:(?:he|she) +(?:{TELLER_VERBS}|[a-z]{{3,}}ed)\b|"
                         rf"(?:{TELLER_VERBS}) +(?:he|she)\b)")
"""A he/she cue right after a line (`“…,” she said`, `“…,” she confirmed`; see
State._answered_by_other)."""
_OWN_LINE = re.compile(rf"[,.!?]? *(?:(?:{TELLER_VERBS}) +I\b|I +(?:{TELLER_VERBS})\b)")
"""The narrator's cue right after a line of theirs (`“…,” said I`, `“…” I answered`)."""
_CALL = re.compile(
    r"(?:[“\"‘]|dear +|, +|(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!St)\.[’']? +|[!?][’']? +)"
    r"(?!(?:Not|No) )"
    r"(?:(Mr|Mrs|Miss|Ms|Dr|Monsieur|Madame)\.? +)?([A-Z][a-z]+(?:-[a-z]+-(?:ah|ya))?"
    r"(?: +[A-Z][a-z]+)?|[A-Z]{3,})(?=[,.!?])")
"""A name a line calls its listener by (`“Watson, …`, `‘Callum. Look at me.’`, `my dear
Watson`, `…, Mr. Hastings.`, `… some mountain. Randolph, what…`, a ship's `“TALLY, can you
read it?”`, after words it quotes: `‘Mr Fairbrother to speak to the supplier.’ Mr
Fairbrother?”`, a name of joined syllables: `“Hye-rin-ah. How is she?”`; not `Not Biscuit,
not anybody.`)."""
_KOREAN_CALL = re.compile(r"^([A-Z][a-z]+-[a-z]+)-(?:ah|ya)$")
"""The ending a Korean given name of two syllables takes when it calls somebody (`Hye-rin-ah`,
`Dae-sik-ah`; see State.named_in_line)."""
_LOWER_CALL = re.compile(r", +([a-z]+)(?=[.!?])")
"""A title in lower case that ends a line's sentence after a comma (`…, senator.`; see
State.title_called)."""
_TALKED_OF = re.compile(
    r"(?:[“\"‘]|(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!St)[.!?;] +|\b(?:[Bb]ut|[Aa]nd|[Ss]o) +)"
    r"(?:(Mr|Mrs|Miss|Ms|Dr)\.? +)?([A-Z][a-z]+)(?: +(?:did|does|will|would|could|can|has|had"
    r"|is|was|says|said|told|thinks|thought|wants|wanted|knows|knew|never|always)\b"
    r"|[’'](s +(?:not|right|wrong|been|got|always|never|just|only)\b))")
"""A first name or surname as the subject at the start of a sentence in a line (`“William
did not like…`, `But Edmund will…`, `“Janet’s not wrong…`: group 3, a contracted is or has)."""
_REPORTS = re.compile(r" +(?:says|said|told|(?:is|was|keeps|kept) saying|ha[sd] said)\b")
"""A speech verb right after a name in a line (see State.talked_of)."""
_HE_OR_SHE = re.compile(r"\b(?:he|she|him|his|her)\b")
PRONOUN_AT = re.compile(_HE_OR_SHE.pattern, re.IGNORECASE)
_THAT_BEFORE = re.compile(r"\b(?:that|whether)\s+$")
"""`that` or `whether` right before a name: the name is the subject of a clause within."""


def _names_other(name: str, line: str) -> bool:
    """The line names somebody in full other than its speaker: the name is in it, and not
    as the speaker giving their own (`“Grace Adeyemi, duty solicitor,” she said.`, `“This is
    Grace Adeyemi.”`)."""
    at = line.find(name)
    if at < 0:
        return False
    return not (_SELF_INTRO_BEFORE.search(line[:at]) and _SELF_INTRO_AFTER.match(
        line, at + len(name)))


_SELF_INTRO_BEFORE = re.compile(
    r"(?:^[“\"‘']|\b(?:I am|I[’']m|[Tt]his is|[Mm]y name is|[Mm]y name[’']s|[Ii]t[’']s) )$")
"""What comes before a name its speaker gives as their own: the line's opening mark, or
`I'm`, `This is`, `My name is` (see _names_other)."""
_SELF_INTRO_AFTER = re.compile(r"(?:, +[a-z]|[.,!]?[”\"’']?$|[.,;] )")
"""What follows a name its speaker gives as their own: a comma and lower-case words (a
role: `duty solicitor`), or the line's end (see _names_other)."""


_WHICH_BEFORE = re.compile(r"\b(?:which|that),? $")
"""`which` or `that` right before an `it` (at the end of the text searched): the `it` opens
a relative clause (see State._relative_it)."""
_IT_AT = re.compile(r"[Ii]t\b")
"""An `it` where a mention starts (what an `it` was taken for, not a name)."""
_READ_OUT_CLOSE = re.compile(r"[’'](?=[”\",.;:!?\s])")
"""The end of words quoted inside a line (see State._read_out_end)."""
_OPENING_HE_SHE = re.compile(r"\s*(He|She)\b")


def _opening_pronoun(text: str, at: int, gender: Gender) -> re.Match[str] | None:
    """The he or she of that gender the sentence at text[at] opens with (see State._goes_on
    and State._taken_up), else None."""
    opening = _OPENING_HE_SHE.match(text, at)
    return opening if opening is not None and GENDERED_PRONOUNS.get(
        opening.group(1).lower()) == gender else None
"""A he or she where a mention starts (a pronoun's mention of somebody, not their name)."""
_SETS_OFF = frozenset(",:;—–")
"""Marks after which a line quotes somebody's words (see _call_matches)."""
_FROM_PLACE = re.compile(r"[,.]? +(?:at|from|of) +(?:the +)?[A-Z][a-z]+")
"""After a name at a line's start, where its owner is (`“Kerr, at High Gill,”`, `“Ann, from
Accounts.”`): a caller saying who they are, no call (see State.calls)."""
_LEAD_NOUN = word_set("the a an this that my your his her our their")
"""Words that open a noun a name is set off after (`The baker, Harris,`): no call."""
_HIS_WORDS: dict[Gender, frozenset[str]] = {
    "male": word_set("he him his himself"), "female": word_set("she her hers herself"),
    "unknown": word_set("he him his she her")}
"""Words by which a line speaks of a man or a woman in the third person (either, for a
person of unknown gender)."""
_NAME_WAS = re.compile(r"\b(?:(?:[Hh]er|[Hh]is) name(?:, [^,.!?“”\"]{1,40},)? (?:was|is)|"
                       r"(?:[Hh]e|[Ss]he) (?:turns|turned) out to be) $")
"""The narration giving a newcomer's name (`Her name, I found out later, was `, `She turns
out to be Sandra Pike`)."""
_WHO = re.compile(r"[“\"‘']\s*(?:And +|But +|Then +)?[Ww]ho(?:m|se)?\b")
"""A line that opens by asking who (`“Who was at the door?”`)."""
_ASIDE_THEN_VERB = re.compile(
    r", +I +(?:suppose|think|believe|imagine|fancy|daresay|dare +say|fear|hope|expect|"
    r"understand|am +sure|am +told), +(?:is|was|has|had|will|would|can|could|must|may|might|"
    r"does|did|should|shall)\b")
"""After a name, an aside and a verb: the line speaks of the one it names (`“Mr. Martin, I
suppose, is not a man of information`, `Mr. Martin, I imagine, has his fortune to make`);
`“Tom, I say, can you hear me?”` still calls Tom (see State.calls)."""
_ANSWER_WORD = re.compile(r"[“\"‘']?[A-Z][a-z]+\.[”\"’']?")
"""A line that is one capitalised word and a full stop (`“Perhaps.”`): an answer."""
_NOT_CALLS = TITLES | word_set(
    "oh ah ay aye eh yes no well why now come look hush alas pray hallo hello hullo hi hey "
    "goodbye good-bye bother thank thanks please sorry best regards cheers love yours "
    "sincerely dear welcome greetings congratulations morning evening afternoon goodnight "
    "baby babe honey hon darling sweetheart sweetie sugar pet buddy mate pal dude")
"""Capitalised words that open or close a line without calling anyone by name: greetings
and sign-offs of a message read aloud (`Best, Glen.` names no Best) and words of endearment
(`“Baby, I don't have a hundred and fifty dollars.”` names no teller Baby)."""


def _calls_nobody(word: str) -> bool:
    """A capitalised word at a line's start or end that names nobody it calls: a title or an
    interjection (see _NOT_CALLS), a word of the sentence (`Both, I think.`, `Everyone, sit
    down.`; see NOT_NAMES and COMMON_CAPS, but not `June` or `Will`) or an abstract noun
    (`Imagination, of course.`)."""
    return word in _NOT_CALLS or ((word in NOT_NAMES or word in COMMON_CAPS) and (
        first_name_gender(word) == "unknown")) or word.endswith(_ABSTRACT_ENDS)


_ABSTRACT_ENDS = ("tion", "ness", "ment")
"""Endings of abstract nouns, never a name somebody is called by."""

_LINKS = word_set("and but so yet even also still then")
"""Words that may open a sentence before its subject's name (`But even Obama…`)."""
_NOT_FIRST = _LINKS | _NOT_CALLS
"""Words that never open a called name (`“So Harris, the butcher, came by?”`)."""


class State:
    """What attribution knows so far while walking through the article."""

    def __init__(self, doc: Doc, people: People) -> None:
        self.doc = doc
        self.people = people
        self.decided: dict[Quote, Decision] = {}
        self.resolved_pronouns: set[int] = set()
        self.unnamed_teller: int | None = None
        """The teller of a first-person story the characters never call by name: a person for
        the turns of a conversation, whose lines the narrator reads (see _storyteller)."""
        self.narrator = self._storyteller()
        self._newcomers: dict[int, int] = {}
        """Where the narration brought somebody in unnamed -> their entity (see _newcomer)."""
        self._newcomer_ats: list[int] = []
        """The keys of _newcomers, sorted."""
        self._newcomers_read = 0
        """How far the narration was read for newcomers' role words (see note_newcomers)."""
        self._marks: dict[str, int] = {}
        """`gentleman high chair` (role and mark) of `the gentleman in the high chair`, met with
        no such newcomer -> their entity."""
        self._described_only: set[int] = set()
        """Newcomers known only by a mark (`a gentleman in a white waistcoat`, see _marked)."""
        self._others: dict[str, int] = {}
        """`the short man` met after `a tall man` came in -> their entity (_other_newcomer)."""
        self._one_offs: dict[int, int] = {}
        """Somebody of their own a cue brought in (`said another gentleman`, see
        _indefinite_role) -> where."""
        self._bereaved: dict[str, int] = {}
        """`widow` -> the woman a story's `said the widow` meant (see _widow_in_scene)."""
        self._title_people: set[int] = set()
        """People a story named by a capitalised title alone (`said the Queen`, see
        resolve_role): the title is theirs even when a holder is named later (`the Queen of
        Hearts`)."""
        self._story_epithets: dict[str, tuple[int, int]] = {}
        """A story's description (`the old woman`) -> where it first meant somebody, and whom
        (see resolve_role)."""
        self._introductions: dict[str, tuple[int, int, int]] | None = None
        """A story's role words -> where the sentence that opens with one starts, and the
        span of the name the next sentence gives it (see _introduced_as); built once."""
        self._body_voices: dict[str, int] = {}
        """A report's `spokesperson` (its word) -> the body the last `a spokesperson` spoke
        for, if any (see _indefinite_role): `the spokesperson added` speaks for it too."""
        self._spokespeople: dict[str, int] = {}
        """A report's `her spokesman` or unnamed relative (`the man's daughter`), its words ->
        their entity (see _unheld_role, _report_kin)."""
        self._kin_people: dict[tuple[int, str], int] = {}
        """`Lucy's mother` in a story (Lucy's key, `mother`) -> her entity (_kin_of_named)."""
        self._teller_people: list[tuple[frozenset[str], int]] = []
        """The writer's own people (`my mother`, `our guide`; see _tellers_own): their words
        after the determiner, and their entity."""
        self._named_lines: set[int] = set()
        """People whose first line under a name was looked at (see _name_newcomer)."""
        self._dashes: list[re.Match[str]] | None = None
        """Where the narration names somebody met unnamed after a dash, not yet looked at
        (see _named_after_dash)."""
        self._unnamed_at: dict[str, list[tuple[int, int]]] = {}
        """A role -> where the text brings somebody in with it unnamed (see _unnamed_spans)."""
        self._unnamed_keys: dict[int, int] = {}
        self._named_relatives: dict[str, list[tuple[int, int]]] | None = None
        """Words for a relative (lower case) -> where the text names somebody right after
        them and whom (see _relative_named_before), read once."""
        self._in_brackets: dict[int, bool] = {}
        """Mention offsets -> whether they stand in brackets after a name (_bracketed)."""
        self._child_ages: dict[int, int | None] | None = None
        """Where the text sets a child's age after a name -> that child, once looked at
        (see _children_before), read once."""
        self._acting_nouns = _ACTING_NEWCOMERS | self.doc.page.story_roles
        """The words a newcomer who acts as a he or she may be brought in by (see _acts_on)."""

    def _in_quote(self, pos: int) -> bool:
        """pos lies inside a quote (a character's line, not the narration; see Doc.in_quote)."""
        return self.doc.in_quote(pos)

    def _storyteller(self) -> int | None:
        """The person a first-person story is told by (`“…,” said I`, `I answered`): the name
        the other characters call most often (`“Perhaps you are right, Watson,” he said`; the
        narrator's own lines, cued `said I`, call somebody else).

        Edge cases: only in dialogue-style texts with two first-person cues at least; only
        lines within two paragraphs of the teller's own count (a story the teller tells,
        where others talk among themselves, names no teller); a call is one word the text
        never writes in lower case (`Yes,` and `Well,` are no names; nor is a day or a month:
        `“Tuesday, the usual place.”`) set off as _CALL says
        in a line of more words than it (`“Probate,” he said.` answers, calls nobody)
        unless it is a known first name (`“Hannah,” he said.`),
        made twice at least unless it is a known first name or set off by a comma (`“…,
        Watson”`; `“…whatever they tell you. Understand?”` once is no name; nor is a
        sentence's first word before a comma, `“…involving money. Percentages, interest
        rates…”`), and the
        narration itself never uses it (the teller is `I` there, while `Holmes`
        walks through the narration); a teller whose name the text gives (`That clerk was
        myself, Edward Ashdown`, `“Kit Pell,” Crane said, looking down at me.`, see
        _teller_named) is named so, whatever the cues; a word followed by who said it
        (`“West, she said.`) or by what a record says (`“Jenifer, daughter of the above…”`)
        calls nobody, nor does the plural of a word
        the text writes in lower case (`“Passports, please.”`), and an honorific call at an
        edge of its line (`“Mr. Ferrante?”`, not `“…came to see me. Mrs. Sallis. She had…”`)
        counts as one set off; with no such call, the teller of a story with
        UNNAMED_TELLER_CUES first-person cues is a person with no name (see _unnamed_teller),
        and otherwise the story's `I` stays the narrator's."""
        text = self.doc.text
        if not self.doc.dialogue:
            return None
        own = [p for p in (m.start() for m in _FIRST_PERSON_CUE.finditer(text))
               if not self._in_quote(p + 2)]
        named = self._teller_named() or (self._presented_by_kin() if own else None)
        if named is not None:  # `That clerk was myself, Edward Ashdown, then four-and-twenty`
            words = tuple(named.group(1).split())
            teller = self.people.add(Mention("name", named.group(1), named.start(1), named.end(
                1), words), named.start(1))
            teller.teller = True
            return teller.key
        if len(own) < 2:
            return None
        near = {b + d for b in (bisect.bisect_right(self.doc.block_starts, p) - 1 for p in own)
                for d in (-2, -1, 1, 2)}  # the teller's partners speak next to their lines
        theirs = [q for q in self.doc.quotes if q.block in near
                  and not _OWN_LINE.match(text, q.end, q.end + 30)
                  and not _FIRST_PERSON_CUE.search(text, max(
                      0, q.start - 20, self.doc.bounds[q.block][0]), q.start)  # its own
                  # paragraph's (`“…,” I said, “…”`), not the line before's
                  and not self._exchange_paragraph(q.block)]
        found = [m for q in theirs for m in self._call_matches(q) if " " not in m.group(2)
                 and (text[q.start : q.end].strip(_NOT_WORDS) != m.group(2) or (
                     first_name_gender(m.group(2).lower()) != "unknown") or (
                         self._line_goes_on(q)))
                 and m.group(2).lower() not in CALENDAR_WORDS  # `“Tuesday, the usual…”`
                 and not _calls_nobody(m.group(2).lower())  # `“Welcome, human delegate,”`
                 and not (m.group(2).endswith("s") and m.group(2)[:-1].lower() in (
                     self.doc.page.common))  # `“Passports, please.”`: things asked for
                 and not _CALL_AFTER.match(text, m.end(2))]  # `“Copy, Bell,”`: Bell's
        # a line that is only a first name calls (`“Hannah,” he said.`), a word answers,
        # unless the line goes on after its cue (`“Lindqvist,” Farouk said, “what’s…”`)
        others = {m.group(2) for q in theirs for m in self._call_matches(q)
                  if self._answered_by_other(q)}
        found = [m for m in found if m.group(2) not in others]  # `“…, Vivian.”` / `“…,”
        # she said.`: Vivian answers as a she, so she is not the one telling
        found = [m for m in found if not _REPORTED_AFTER.match(text, m.end(2)) and not (
            _RECORD_AFTER.match(text, m.end(2))) and not self._echoed(m) and not (
                _REPORTED_BEFORE.search(text, max(0, m.start(2) - 16), m.start(2)))]
        # `“West, she said. California.”`: a word reported, no call; `“Jenifer, daughter of
        # the above, aged 19 years.”`: a record; `“Stephen? Poor lad.”`: an echo; `I said,
        # Rich, …`: a call told of
        calls = collections.Counter(m.group(2) for m in found)
        commas = {m.group(2) for m in found if (m.group(1) and self._at_line_edge(m)) or (
            text[m.end(2) : m.end(2) + 1] == "," and (
            m.group(0)[0] not in ".!?")) or text[: m.start(2)].rstrip().endswith(",")}
        told = [n for n, c in calls.most_common() if (
            c > 1 or n in commas or first_name_gender(n.lower()) != "unknown") and all(
            self._in_quote(m.start()) for m in re.finditer(rf"\b{n}\b", text)) and not (
                self._short_for(n))]
        if not told:
            return self._unnamed_teller() if len(own) >= UNNAMED_TELLER_CUES else None
        name = self._whole_name_called(told[0]) or told[0]
        at = text.find(name)
        teller = self.people.add(Mention("name", name, at, at + len(name), tuple(
            name.split())), at)
        teller.teller = True
        return teller.key

    def _whole_name_called(self, call: str) -> str | None:
        """The whole name a line opens by calling, whose first name the teller's call is a
        short or pet form of (`Kit`, and `“Katherine Anne Lowe,” said Gram from the step,
        “are you going to let us in…”`; see names.short_form): the teller's own name (see
        _storyteller). Only one such name."""
        found = {m.group(1) for q in self.doc.quotes for m in [
            WHOLE_NAME_CALL.match(self.doc.text, q.start, q.end)]
                 if m is not None and short_form(call.lower(), m.group(1).split()[0].lower())}
        return found.pop() if len(found) == 1 else None

    def _at_line_edge(self, m: re.Match[str]) -> bool:
        """The call opens or ends its line, within three words (`“Mr. Ferrante?”`, `“Thank
        you, Mrs. Hale.”`), not in the middle of a tale told (`“…the widow came to see me.
        Mrs. Sallis. She had a letter…”`: see _storyteller)."""
        k = bisect.bisect_left(self.doc.quote_starts, m.start(2) + 1) - 1
        if k < 0:
            return False
        q = self.doc.quotes[k]
        return len(self.doc.text[q.start : m.start()].split()) <= 3 or len(
            self.doc.text[m.end(2) : q.end].split()) <= 3

    def _echoed(self, m: re.Match[str]) -> bool:
        """The name a line opens with, asked back (`“…his nephew Stephen to you?”` / `“Stephen?
        Poor lad.”`): the line before names them, so the line calls nobody (see
        _storyteller)."""
        text = self.doc.text
        if text[m.end(2) : m.end(2) + 1] != "?" or text[m.start(2) - 1 : m.start(2)] not in "“\"":
            return False
        k = bisect.bisect_left(self.doc.quote_starts, m.start(2)) - 1
        before = self.doc.quotes[k - 1] if k > 0 else None
        return before is not None and m.group(2) in text[before.start : before.end]

    def _teller_named(self) -> re.Match[str] | None:
        """Where the text gives the teller's name, in group 1: the narration's own `That
        clerk was myself, Edward Ashdown` (_TELLER_NAMED), `“…Desmond Quill” — she said my
        name` (_MY_NAME_SAID), the teller's line that says `my name is Devinder Sandhu` (see
        _tellers_own_line), or a line said to the teller that is or ends with a whole name or
        a known first name (`“Kit Pell,” Crane said, looking down at me.`, _CALLED_ME)."""
        text = self.doc.text
        return next((m for m in _TELLER_NAMED.finditer(text) if not self._in_quote(
            m.start())), None) or next((m for m in _MY_NAME_SAID.finditer(text) if not (
                self._in_quote(m.end()))), None) or next((
                    m for m in _NAME_IN_OWN_LINE.finditer(text) if self._in_quote(m.start())
                    and self._tellers_own_line(m.start())), None) or next((
                        m for m in _CALLED_ME.finditer(text) if (" " in m.group(1) or (
                            first_name_gender(m.group(1).lower()) != "unknown")) and not any(
                                w.lower() in NOT_NAMES for w in m.group(1).split())), None)

    def _presented_by_kin(self) -> re.Match[str] | None:
        """A line in which the person the teller calls by a family word presents the teller
        by the word back (`“I'm Philomena Castellano, this is my sister…, and this is my
        granddaughter, Wren Castellano.”`, its paragraph cued `Nana said`): the teller is the
        one presented, group 1 (see _storyteller, which asks only in a story with the
        teller's own cues). Only the one such name."""
        text, found = self.doc.text, []
        for m in _MY_KIN_PRESENTED.finditer(text):
            if not self._in_quote(m.start()):
                continue
            lo, hi = self.doc.bounds[self.block_at(m.start())]
            words = {w.group().lower() for w in _CAPITAL_WORD.finditer(text, lo, hi)
                     if not self._in_quote(w.start())}
            kin = m.group().split()[1].rstrip(",")
            if words & _KIN_OF_TELLER.get(kin, frozenset()):
                found.append(m)
        return found[0] if len({m.group(1) for m in found}) == 1 else None

    def _tellers_own_line(self, pos: int) -> bool:
        """The line at pos is the teller's by its cue: its paragraph's narration cues it in
        the first person (`“…,” I said`), or the paragraph before is narration whose last
        sentence does (`…and I said the first line exactly as I had practised it.` / `“Good
        afternoon, everyone. … my name is Devinder Sandhu…”`)."""
        block = self.block_at(pos)
        lo, hi = self.doc.bounds[block]
        if any(not self._in_quote(c.start()) for c in _FIRST_PERSON_CUE.finditer(
                self.doc.text, lo, hi)):
            return True
        if block == 0 or self.doc.by_block.get(block - 1):
            return False
        lo, hi = self.doc.bounds[block - 1]
        last = self.doc.sentence_of(block - 1, hi - 1)
        return _FIRST_PERSON_CUE.search(self.doc.text, last, hi) is not None

    def _answered_by_other(self, q: Quote) -> bool:
        """The paragraph after line q's opens with a line cued in the third person (`“I have
        thought, Vivian.”` / `“It was Lionel,” she said.`): the one q calls answers as he or
        she, so is not the teller (see _storyteller)."""
        k = bisect.bisect_right(self.doc.quote_starts, q.start)
        nxt = self.doc.quotes[k] if k < len(self.doc.quotes) else None
        return nxt is not None and nxt.block == q.block + 1 and (
            nxt.start == self.doc.bounds[nxt.block][0]) and bool(
                _HE_SHE_CUE.match(self.doc.text, nxt.end))

    def _line_goes_on(self, q: Quote) -> bool:
        """The next quote of q's paragraph goes on with q's sentence (it opens in lower case:
        `“Lindqvist,” Farouk said, very quietly, “what’s it doing?”`)."""
        k = bisect.bisect_right(self.doc.quote_starts, q.start)
        if k >= len(self.doc.quotes) or self.doc.quotes[k].block != q.block:
            return False
        nxt = self.doc.quotes[k]
        inner = self.doc.text[nxt.start : nxt.end].lstrip(_NOT_WORDS)
        return inner[:1].islower()

    def _exchange_paragraph(self, block: int) -> bool:
        """The paragraph's narration cues lines of two people or more (`Mom said, “Dad, sit
        down,” and he said, “…, Linda, …”`): its calls are made between them, not to the
        teller (see _storyteller)."""
        lo, hi = self.doc.bounds[block]
        cues = [c for c in _THIRD_PERSON_CUE.finditer(self.doc.text, lo, hi)
                if not self._in_quote(c.start())]
        return len(cues) >= 2

    def _short_for(self, call: str) -> bool:
        """The call is a short form of a name the narration uses (`Hol` for `Hollis`, who
        walks through it): somebody else than the teller (see _storyteller)."""
        return any(not self._in_quote(m.start()) for m in re.finditer(
            rf"\b{re.escape(call)}[a-z]+\b", self.doc.text))

    def _unnamed_teller(self) -> int:
        """A person for a teller nobody calls by name (`“…,” I said` in a story whose teller
        is only `I`): their lines take turns with the others' (`“Did you win?”` after `“I was
        kept at the tables,” I replied.` is the other person's), and the narrator reads them."""
        teller = self.people.anonymous(Mention("role", "I", 0, 0, ()))
        teller.teller = True
        self.unnamed_teller = teller.key
        return teller.key

    def block_at(self, pos: int) -> int:
        """Index of the block an offset lies in (by the block bounds)."""
        return bisect.bisect_right(self.doc.block_starts, pos) - 1

    def sentence_at(self, pos: int) -> int:
        """Sentence id of an offset (its block found by the block bounds)."""
        k = self.block_at(pos)
        return self.doc.sentence_of(max(k, 0), pos) if self.doc.bounds else 0

    def resolve(self, m: Mention, pos: int) -> tuple[int | None, float]:
        """Entity key for a mention and how sure the link is."""
        if m.kind == "pronoun":
            return self._resolve_pronoun(m, pos)
        if m.kind == "name":
            if m.weak and self.people.find(m, pos) is None:
                return None, 0.0
            aside = self._aside_title(m, pos)
            if aside is None:
                aside = self._held_title(m, pos)
            if aside is not None:
                return aside, 0.8
            key = self.people.add(m, pos).key
            if self._newcomers:
                self._named_after_dash(pos)
                self._name_newcomer(key, pos)
            return key, 1.0
        if m.kind == "org":
            return self.resolve_org(m, pos)
        return self.resolve_role(m, pos)

    def questioned(self, block: int) -> int | None:
        """The paragraph before block is the writer's own question, one short sentence
        and no quote (`Was Finch on that list?`, `Was it a matter of effort?`), right after a
        paragraph whose last line somebody voiced: that somebody, who answers in block."""
        if block < 2 or self.doc.dialogue:
            return None
        lo, hi = self.doc.bounds[block - 1]
        text = self.doc.text[lo:hi].strip()
        if self.doc.article.blocks[block - 1].kind != "paragraph" or self.doc.by_block.get(
                block - 1) or not text.endswith("?") or len(text.split()) > QUESTION_WORDS or (
                    self.doc.ends(block - 1) and self.doc.ends(block - 1)[0] < hi - 2):
            return None
        before = self.doc.by_block.get(block - 2, [])
        d = self.decided.get(before[-1]) if before else None
        if d is None or d.speaker is None:
            return None
        key = self.people.current(d.speaker)
        about = {GENDERED_PRONOUNS[w.lower()] for w in re.findall(r"\b(?:[Hh]e|[Ss]he)\b", text)}
        gender = self.people.entities[key].gender
        return None if gender != "unknown" and about - {gender} else key  # `Does she regret
        # it?` after Colin Mayhew's line asks about somebody else

    def _asked_by_name(self, m: Mention, pos: int) -> int | None:
        """A story's he/she in a paragraph's narration before its lines, with nobody named
        before it there, right after a paragraph that ends with a question to somebody it
        calls by name (`“…Mr Okafor, do you want to respond?”` / `He shook his head. After a
        moment he said quietly:`): the one asked, who answers; not the asker."""
        block = self.block_at(pos)
        lo, _hi = self.doc.bounds[block]
        here = self.doc.by_block.get(block, [])
        before = self.doc.by_block.get(block - 1, []) if block > 0 else []
        if not before or (here and here[0].start < pos) or _NAMED_INSIDE.search(
                self.doc.text, lo, pos):
            return None
        q = before[-1]
        if self.doc.text[q.end : self.doc.bounds[block - 1][1]].strip() or not self.doc.text[
                q.start : q.end].rstrip("”\"’' ").endswith("?"):
            return None
        called = self.calls(q, asked=True)
        d = self.decided.get(q)
        if len(called) != 1 or (d is not None and d.speaker is not None and self.people.current(
                d.speaker) in called):
            return None
        key = next(iter(called))
        return key if self.people.compatible(key, m.gender) else None

    def _giving_name(self, m: Mention) -> int | None:
        """The person a cue's he or she gives the name of right after (`she said, before
        giving her name as Maureen Tully, a retired nurse`, see _GIVING_NAME)."""
        giving = _GIVING_NAME.match(self.doc.text, m.start)
        named = self.people.between(giving.end(), giving.end() + 3) if giving else []
        return self.people.current(named[0].key) if named else None

    def _resolve_pronoun(self, m: Mention, pos: int) -> tuple[int | None, float]:
        """he/she (and a story's `I`, see _storyteller; `it`, see resolve_it); in a story an
        unsure pick is still voiced (see STORY_PRONOUN_CONFIDENCE); a paragraph about
        somebody the writer knows (`My editor was unmoved. “…,” she said`) gives it to them
        (see _writers_own_subject).

        Edge case: a `she` is not a person of unknown gender when the narration since they
        were named brings in a woman nobody named (`Winterbourne sat in the garden. A young
        lady came along the path…` / `“…,” said she`; a travel piece's `Alfama is a
        neighbourhood…` / `I asked a woman hanging laundry.` / `she called down`): she is
        the one speaking, and Winterbourne must not become a woman. In an essay or report
        told in the first person (Doc.first_person), as in a story, a he/she nobody named
        answers is somebody the narration brought in unnamed (see _pronoun_newcomer: `a woman
        across the waiting room offered me half her sandwich.` / `“…,” she said`)."""
        if m.text.lower() == "it":
            return self.resolve_it(pos)
        if m.text == "I" or m.gender == "unknown":  # a story's I is its teller; a pronoun of
            # no gender is nobody's
            return (self.narrator, 0.9) if m.text == "I" and self.narrator is not None else (
                None, 0.0)
        giving = self._giving_name(m)
        if giving is not None:  # `“…,” she said, before giving her name as Maureen Tully`
            return giving, 0.9
        own = self._writers_own_subject(m.gender, pos)
        if own is not None:
            return own, OWN_SUBJECT_CONFIDENCE
        block = self.block_at(pos)
        first = self.doc.by_block.get(block, [])
        asked = self._asked_by_name(m, pos) if self.doc.dialogue else (
            self.questioned(block) if first and first[0].start == self.doc.bounds[block][0]
            and first[0].end <= pos <= first[0].end + 40 else None)
        if asked is not None and self.people.compatible(asked, m.gender):
            return asked, PARAGRAPH_SUBJECT_CONFIDENCE  # `Was Finch on that list?` / `“…,” he
            # said`: the one asked, not Finch; a story's `“Mr Okafor, do you want to
            # respond?”` / `He shook his head. After a moment he said quietly: “No.”`
        put = self._as_put_it(m, pos)
        if put is not None:
            return (put, PARAGRAPH_SUBJECT_CONFIDENCE) if put >= 0 else (None, 0.0)
        relative = self._story_subject(m, pos) if self.doc.dialogue else None
        if relative is not None:
            return relative, STORY_PRONOUN_CONFIDENCE
        key, conf = self._unless_bound(*self._he_she(m, pos), m.gender, pos)
        if not self.doc.dialogue:
            key, conf, final = self._report_pick(m, key, conf, pos)
            if final:
                return key, conf
        if key is not None and (self._somebody_else_since(key, m.gender, pos) or (
                self.doc.dialogue and (self._came_in(m.gender, pos) or self._unnamed_last(
                    m.gender, pos)))):
            key, conf = None, 0.0  # `a young man in a linen suit came in` / `“…,” he said`
        if key is None and (self.doc.dialogue or self.doc.first_person):
            newcomer = self._pronoun_newcomer(m, pos)
            if newcomer is not None:
                return newcomer, REPLY_CONFIDENCE
        if key is not None and self._newcomers:
            self._name_newcomer(key, pos)
        if key is not None and self.doc.dialogue and (
                _UNSURE_OF_GENDER <= conf < STORY_PRONOUN_CONFIDENCE):
            conf = STORY_PRONOUN_CONFIDENCE  # `I ran across Robert Lane.` / `he added`
        return key, conf

    def _story_subject(self, m: Mention, pos: int) -> int | None:
        """A story's he/she that a relative (see _story_relative) or somebody described (see
        _described_opener) the narration just made its subject is."""
        relative = self._story_relative(m, pos)
        return relative if relative is not None else self._described_opener(m, pos)

    def _described_opener(self, m: Mention, pos: int) -> int | None:
        """A story's he/she in a paragraph whose narration before it opens a sentence with
        somebody described of that gender doing something (`The man took it from his
        waistcoat pocket and laid it in Ashdown's palm. “…,” he said.`), nobody of that
        gender named since but as an object or owner: whoever `said the man` would be (see
        resolve_role), not the man named in passing."""
        lo = self.doc.bounds[self.block_at(pos)][0]
        text = self.doc.text
        found = None
        for f in _DESCRIBED_OPENS.finditer(text, lo, pos):
            if not self._in_quote(f.start()) and self.sentence_at(f.start()) == f.start() and (
                    _noun_gender(f.group(2)) == m.gender):
                found = f
        if found is None or any(
                mm.rank >= SUBJECT_RANK and not PRONOUN_AT.match(text, mm.pos)
                for mm in self.people.between(found.end(), pos)):
            return None
        words = found.group(1).lower()
        role = Mention("role", words, found.start(), found.start() + len(words), (),
                       tuple(words.split()), m.gender, True)
        return self.resolve_role(role, found.start())[0]

    def _cast_in_brackets(self, pos: int) -> set[int]:
        """People named before pos, in the last 2,000 characters, only in brackets right after
        another name (a review's `Harold (Martin Hale)`, `Dot (a terrific Sunny Alvarez)`):
        the actors who play the characters, no he or she of the story told."""
        seen: dict[int, bool] = {}
        for mm in self.people.before(pos):
            if pos - mm.pos > 2000:
                break
            key = self.people.current(mm.key)
            seen[key] = seen.get(key, True) and self._bracketed(mm.pos)
        return {k for k, only in seen.items() if only}

    def _bracketed(self, at: int) -> bool:
        """The mention at `at` stands in brackets right after a name (`Harold (Martin
        Hale)`); each place is looked at once (see _cast_in_brackets)."""
        inside = self._in_brackets.get(at)
        if inside is None:
            text = self.doc.text
            opened = text.rfind("(", max(0, at - 40), at)
            inside = opened > 0 and ")" not in text[opened:at] and bool(
                _NAME_BEFORE_BRACKET.search(text, max(0, opened - 30), opened))
            self._in_brackets[at] = inside
        return inside

    def _as_put_it(self, m: Mention, pos: int) -> int | None:
        """`Dev Chaudhry, who signed her when she had, as he puts it, “…”`: the he/she of an
        `as he puts it` aside is the last person of that gender named before it in its own
        sentence (the sentence's subject, not the last one who spoke); -1 (nobody known) when
        none is and the sentence opens with somebody unnamed (`One rival chef, who asked not
        to be named because, as he put it, “…”`)."""
        text = self.doc.text
        if not (text[max(0, m.start - 3) : m.start].lower() == "as " and _PUT_IT.match(
                text, m.end)):
            return None
        start = self.sentence_at(pos)
        named = [mm for mm in self.people.between(start, m.start)
                 if self.people.entities[mm.key].gender == m.gender
                 and not PRONOUN_AT.match(text, mm.pos)]
        if not named and _SOMEBODY_OPENS.match(text, start):
            return -1
        return self.people.current(named[-1].key) if named else None

    def _report_pick(self, m: Mention, key: int | None, conf: float, pos: int
                     ) -> tuple[int | None, float, bool]:
        """A report's he/she after the nearest pick: the one a `replied` answers (`“…?”
        Rourke asked.` / `“…,” she replied.`: not Rourke, see _partner); nobody known when
        somebody unnamed came in since (see newcomer_after), but that newcomer when they
        say something (see _speaking_newcomer: True last, the pick is final); the holder of
        the role the sentence before opens with (see _held_role); an unsure nearest pick is
        sure when it is the person the piece is about (see _main_person)."""
        if key is not None and _REPLIES.match(self.doc.text, m.end) and (
                key == self._last_speaker(pos)):
            partner = self._partner(m.gender, pos)
            if partner is not None:
                key, conf = partner, PARTNER_CONFIDENCE
        relative = self.known_relative(m.gender, pos)
        if relative is not None:
            return relative, PARAGRAPH_SUBJECT_CONFIDENCE, True  # `Her father, for his part,…`
        if key is not None and self.newcomer_after(key, m.gender, pos):
            key, conf = None, 0.0
        if key is None:
            newcomer = self._speaking_newcomer(m, pos)  # `A police spokeswoman said…`
            if newcomer is None:
                newcomer = self._speaking_relative(m, pos)  # `The victim's brother said…`
            return (newcomer, 0.8, True) if newcomer is not None else (None, 0.0, False)
        key, conf = self._held_role(key, conf, m.gender, pos)
        if key is not None:
            key, conf = self._not_the_asker(key, conf, m.gender, pos)
        if key is not None:
            key, conf = self._interviewee(m, key, conf, pos)
        if key is not None and conf < PARAGRAPH_SUBJECT_CONFIDENCE and self._nobody_else_near(
                key, m.gender, pos) and key == self._main_person(m.gender):
            conf = PARAGRAPH_SUBJECT_CONFIDENCE  # an obituary's `She once described a car
            # park as “…”` long after she was named (the local check goes first, for
            # _main_person counts every mention)
        return key, conf, False

    def _nobody_else_near(self, key: int, gender: Gender, pos: int) -> bool:
        """Nobody but key who may be of that gender (or of none known: `Wines believes…
        support her in November.` / `“…,” she said`, a misspelt Wimes) is named in the
        paragraph of pos before it or in the two paragraphs before (by name: what a he/she
        there was taken for does not count)."""
        block = self.block_at(pos)
        lo = self.doc.bounds[max(0, block - 2)][0] if block > 0 else 0
        return all(self.people.current(mm.key) == key for mm in self.people.between(lo, pos)
                   if not self.people.entities[mm.key].organisation
                   and self.people.entities[mm.key].gender in ("unknown", gender)
                   and not PRONOUN_AT.match(self.doc.text, mm.pos))

    def _not_the_asker(self, key: int, conf: float, gender: Gender, pos: int
                       ) -> tuple[int | None, float]:
        """A report's `“…,” he said` right after a sentence whose subject asked something:
        not the asker but the one asked, named right after `asked` (`Earhardt then asked
        Rubio which states…`); after `asked whether` or `if` with nobody named there (`Dr
        Aleksandar Petrović described the scan. Mr Farrell asked whether a review would have
        changed the outcome.` / `“I think it would have given her a chance,” he said.`), the
        one the sentence before is about, else nobody known; after a question line (`“Of
        what?” Rourke asked.`), the asker's partner in the exchange (see _partner). A debater
        who `asked how…` goes on (`Paul also asked how it is conservative… “…,” he argued`).
        """
        at = self.sentence_at(pos)
        start = self.doc.quote_start(at) if at < len(self.doc.text) else None
        before = start if start is not None and start < pos else at
        if before <= 0:
            return key, conf
        lo = self.sentence_at(before - 1)
        asked = _ASKER.match(self.doc.text, lo, before)
        if asked is not None and _ASKED_ASIDE.match(self.doc.text, lo, before):
            return key, conf  # `Patel, asked whether…, smiled. “…,” he said`: Patel answers
        here = self._could_be(lo, before, gender)
        current = self.people.current(key)
        if asked is None or not here or self.people.current(here[0].key) != current or (
                here[0].pos > asked.end()):
            return key, conf
        asked_whom = next((m.key for m in here if asked.end() < m.pos <= asked.end() + 1), None)
        if asked_whom is not None and self.people.current(asked_whom) != current:
            return asked_whom, PARAGRAPH_SUBJECT_CONFIDENCE
        if _WHETHER.match(self.doc.text, asked.end()):
            other = self._opener(self.sentence_at(lo - 1), lo, gender) if lo > 0 else None
            if other is not None and self.people.current(other) != current:
                return other, PARAGRAPH_SUBJECT_CONFIDENCE
        elif asked.group("question") is None and "?" not in self.doc.text[max(0, lo - 4) : lo]:
            return key, conf  # no question line before (`“Of what?” Rourke asked.`)
        partner = self._partner(gender, pos)  # `“Frightened of what?” Rourke asked.` /
        # `“Of losing my job,” she said.`: the other woman of the exchange, as for `replied`
        if partner is not None and self.people.current(partner) != current:
            return partner, PARTNER_CONFIDENCE
        return None, 0.0

    def _interviewee(self, m: Mention, key: int, conf: float, pos: int) -> tuple[int, float]:
        """A profile's present-tense `she says` after a sentence whose subject only had words
        woven into it (`The critic Fenella Ashworth-Browne called it “a record that…,”` /
        `“I loved it and I hated it,” she says.`, `A spokesperson said the company was
        “hugely proud”…` / `she says`): the one person of that gender the article has given
        INTERVIEWEE_LINES lines or more cued in the present tense, when the pick has none and
        is of no known gender or the interviewee is named after it (`…, and the phrase
        followed Quintero-Haddad around for years`)."""
        if not _PRESENT_CUE.match(self.doc.text, m.end):
            return key, conf
        present: dict[int, int] = {}
        for q, d in self.decided.items():
            if d.speaker is not None and d.cue and q.start < pos and _present_verb(d.cue):
                k = self.people.current(d.speaker)
                present[k] = present.get(k, 0) + 1
        if present.get(self.people.current(key)):
            return key, conf
        last = next((mm for mm in self.people.before(pos) if mm.key == key), None)
        if last is None:
            return key, conf
        there = self.sentence_at(last.pos)
        woven = [q for q, d in self.decided.items() if q.start > last.pos and (
            self.sentence_at(q.start) == there) and d.speaker in (None, key)]
        if not woven or any(d.speaker == key and self.sentence_at(q.start) != there
                            for q, d in self.decided.items()):
            return key, conf  # the pick's words were not only woven into its sentence
        top = [k for k, n in present.items() if n >= INTERVIEWEE_LINES and (
            self.people.compatible(k, m.gender))]
        if len(top) != 1 or (self.people.entities[key].gender != "unknown" and not any(
                self.people.current(mm.key) == top[0]
                for mm in self.people.between(last.pos + 1, pos))):
            return key, conf  # `Jane Roe called the plan “…”` / `she says`: Jane, unless
        return top[0], REPLY_CONFIDENCE  # the sentence goes on to the interviewee

    def _held_role(self, key: int, conf: float, gender: Gender, pos: int
                   ) -> tuple[int | None, float]:
        """A report's he/she and how sure, after the role its sentence or the one before
        opens with (see role_subject): the name set off after the role, or after `Asked by X
        whether…, the general smiled` its one holder, as sure as a name opening it; the one
        holder the he/she already meant, at least as sure."""
        held, sure = self.role_subject(key, gender, pos)
        if held != key:
            return held, ((PARAGRAPH_SUBJECT_CONFIDENCE if sure else conf)
                          if held is not None else 0.0)
        return key, max(conf, PARAGRAPH_SUBJECT_CONFIDENCE) if sure else conf

    def note_newcomers(self, pos: int) -> None:
        """In a story, `the child` up to pos, where the child is a newcomer met in a cue
        (`said the child`, see _newcomer), is a mention of them, as a subject when it opens
        its sentence: `During this dialogue the child had remained silent. Suddenly she
        seemed…` / `“You don't want me!” she cried.` is the child's, not Marilla's, whom the
        narration named last; once the child is named, of the name. Each stretch of text is
        read once.

        Edge cases: the role's noun, alone or after the newcomer's own describing word (`the
        old man` again, not `The young man was out of breath` nor `The old clock struck`);
        not as an owner (`The boy's father came after him`, `The boy's coat was torn.` /
        `“What happened?” he asked`), nor when they leave (`The boy ran off without a
        word.` / `“Rude little thing,” he said`); a subject only at the sentence's start
        (`The man, now very civil, returned the same answer. Major Callendar had driven
        away…` / `“…,” he said` is nobody sure: two men were the subjects just before; as
        an object `the man` gave it to Callendar)."""
        lo, self._newcomers_read = self._newcomers_read, max(self._newcomers_read, pos)
        for at in self._newcomer_ats:
            key = self.people.current(self._newcomers[at])
            words = self.people.entities[key].titles - {"the", "a", "an"}
            nouns = "|".join(sorted(words & _PERSON_NOUNS))
            adjectives = "|".join(sorted(words - _PERSON_NOUNS))
            role = re.compile(rf"\b[Tt]he +(?:(?:{adjectives}) +)?(?:{nouns})\b(?![’']s\b)")
            for found in role.finditer(self.doc.text, lo, pos) if nouns else ():
                if _LEAVES.match(self.doc.text, found.end()):
                    continue  # `The boy ran off without a word.` / `“Rude thing,” he said`
                sentence = self.sentence_at(found.start())
                opens = not self.doc.text[sentence : found.start()].strip()
                self.people.mention(found.start(), key, sentence, SUBJECT_RANK if opens else 0)

    def described_since(self, key: int, gender: Gender, pos: int) -> bool:
        """The narration of the DESCRIBED_REACH characters before pos brings in somebody new
        of that gender (`a young lady`, `a small boy`), after key was first named: in the
        pronoun's paragraph or the one before, after key was last named, or with lines of
        somebody unnamed since (`A young lady came along the path` / `“…,” said she` / …);
        not one brought in earlier who has said nothing (`The fourth passenger, a man in a
        grey suit, slept.` … `Ferenc had a story for every kilometre.` / `“…,” he said`:
        Ferenc, named again since), nor one brought in before key was named again in the
        pronoun's own paragraph (`Nino, to my alarm, did not deny it. “…,” she said`)."""
        recent = list(itertools.takewhile(lambda mm: pos - mm.pos <= DESCRIBED_REACH,
                                          self.people.before(pos)))
        first = min((mm.pos for mm in recent if mm.key == key),
                    default=max(0, pos - DESCRIBED_REACH))
        last = max((mm.pos for mm in recent if mm.key == key), default=first)
        block = self.block_at(pos)
        near = self.doc.bounds[max(block - 1, 0)][0]
        for w in _SOMEBODY_NEW.finditer(self.doc.text, first, pos):
            if w.start() < min(last, near) and (last >= self.doc.bounds[block][0] or (
                    not self._unnamed_spoke(key, w.start(), pos))):
                continue
            words = w.group(1).split()
            k = 0
            while k < len(words) - 1 and (words[k] in PERSON_ADJ or words[k].endswith(
                    (",", "ed"))) and _noun_gender(words[k].rstrip(",")) is None:
                k += 1  # `a small boy`, `a beautiful young lady`, `a big, stooped man`: the
                # noun after its words (`a woman, and she…`: the woman)
            if _noun_gender(words[k].rstrip(",")) == gender and not self._in_quote(w.start()) and (
                    not _NOT_BROUGHT_IN.search(self.doc.text, max(0, w.start() - 40), w.start())
                    or _PRESENTED.search(self.doc.text, max(0, w.start() - 12), w.start())):
                return True  # not `with the air of a man conferring a favour`; but `It was
                # a woman, and she was close enough…`
        return False

    def _unnamed_spoke(self, key: int, lo: int, hi: int) -> bool:
        """A line between lo and hi went to somebody unnamed other than key (see
        described_since)."""
        return any(lo <= q.start < hi and d.speaker is not None and d.speaker != key and not (
            self.people.entities[d.speaker].first or self.people.entities[d.speaker].last
            or self.people.entities[d.speaker].organisation)
            for q, d in self.decided.items())

    def _somebody_else_since(self, key: int, gender: Gender, pos: int) -> bool:
        """The he/she at pos may be somebody the narration brought in after key: a newcomer
        of that gender when key's is unknown (see described_since), or in a story a `the`
        role opening a sentence (see _role_opens_since)."""
        return (self.people.entities[key].gender == "unknown" and self.described_since(
            key, gender, pos)) or (self.doc.dialogue and self._role_opens_since(key, gender, pos))

    def held_titles(self) -> set[str]:
        """Every title and role word somebody known holds (see brings_in and
        attribute._role_arrives)."""
        return set().union(*(e.titles for e in self.people.entities))

    def brings_in(self, block: int) -> bool:
        """Block is narration with a sentence that opens with `the` and a word for a person
        nobody known holds, who does not leave there (`The student nurse appeared at the end of
        the bay.`): the talk after it may be theirs (see attribute.rule_turn_taking)."""
        if self.doc.by_block.get(block):
            return False
        lo, hi = self.doc.bounds[block]
        held = self.held_titles()
        found = (_opening_noun(r) for r in _ROLE_OPENS.finditer(self.doc.text, lo, hi))
        return any(f is not None and f[0] not in held and not _LEAVES.match(self.doc.text, f[1])
                   for f in found)

    def _role_opens_since(self, key: int, gender: Gender, pos: int) -> bool:
        """In a story, a sentence of the pronoun's paragraph or the one before, after key was
        last named, opens with `the` and a word for a person key is not known by, of that
        gender or none (`Nine hands went up. The accountant looked around the table.` /
        `“Oh, come on,” he said.`): the he may be them, so it is not surely key; not when a
        later sentence opens with key's own title (`The prisoner hid his hands. The colonel
        smiled.`)."""
        lo, before = self._paragraph_scope(pos)
        last = next((mm.pos for mm in self.people.before(pos) if self.people.current(
            mm.key) == key and not (
            PRONOUN_AT.match(self.doc.text, mm.pos))), -1)  # named, not a he (the last:
        # before() runs backwards)
        start = max(before if before is not None else lo, last + 1)
        titles = self.people.entities[key].titles
        events: list[tuple[int, bool]] = []
        for r in itertools.chain(_ROLE_OPENS.finditer(self.doc.text, start, pos),
                                 _ROLE_AFTER_OPENING.finditer(self.doc.text, start, pos)):
            found = _opening_noun(r)
            if r.group(1).split(" ")[0].lower() in titles or (
                    found is not None and found[0] in titles):
                events.append((r.start(), False))  # `The colonel smiled.`, `The Queen was in
                # the rose garden.`: key again
            elif found is not None and _noun_gender(found[0]) in (None, gender) and not (
                    self._in_quote(r.start())):
                events.append((r.start(), True))
        events += [(c.start(), True) for c in _CLEFT.finditer(self.doc.text, start, pos)
                   if not self._in_quote(c.start())]  # `It was the old owl, in fact, who
        # saved them. She came down…` / `“Reynard,” she said.`: not the hedgehog named before
        return max(events)[1] if events else False

    def newcomer_after(self, key: int, gender: Gender, pos: int) -> bool:
        """A report's sentence opens with an unnamed person of that gender after key's last
        mention, and the pronoun at pos is in that sentence or the next (`Merkel warned … A
        29-year-old Berlin woman, meanwhile, received probation after she had posted…`): the
        pronoun is theirs, not key's. When the pronoun is in the next sentence (a line and
        its cue count as one), the newcomer's own sentence must have a he or she of theirs
        (`A woman who grew up with him said she was proud.`): a newcomer with none, such as
        one who only asks, dies or is thrown out, leaves it to key (`A man in the audience
        asked about his pension. “We will protect it,” he said.` is the president's
        answer), but one who says something goes on (`A police spokesman said the fire
        started in the engine room. “…,” he said.`, see _SPEAKS). A newcomer known only by
        a role of no gender (`A lobbyist for the company, who…, said`, `One aide told…`)
        counts for a he and a she when they say something: which of the two is meant,
        nothing tells, so key is not. One who asks the writer, who answers, goes on too (`A
        colleague asked me to cover her shift.` / `“No,” I said.` / `“Oh,” she said.`).

        Edge cases: only a phrase that opens its sentence (after a short fronted phrase and
        its comma: `In May, a man…`) brings somebody in, and nobody is named before it in
        its sentence (`Angela Vark, a woman of few words, said…`); not a description of the
        one the sentence is about (`A mother of three, she…`), a noun that is not the phrase's
        head (`A letter to her daughter`), a possessive (`A woman's right`), nor quoted
        words."""
        last = next((mm for mm in self.people.before(pos) if mm.key == key), None)
        if last is None:
            return False
        text = self.doc.text
        if self._relative_after(last.pos, gender, pos) or self._unnamed_about(gender, pos) or (
                self._unnamed_last(gender, pos)):
            return True
        for a in _ASKED_ME.finditer(text, last.pos, pos):
            if self._person_noun(a.group(1).lower()) and _person_noun_gender(
                    a.group(1).lower()) in (gender, None) and _I_ANSWERED.search(
                    text, a.end(), pos) and not self._in_quote(a.start()):
                return True  # `A colleague asked me to cover her shift.` / `“No,” I said.` /
                # `“Oh,” she said.`: the writer answered; she goes on
        return self._taking_newcomer(last.pos, gender, pos) is not None

    def newcomer_opens_near(self, gender: Gender, pos: int) -> bool:
        """In pos's paragraph, its sentence or the one before opens with somebody of that
        gender brought in unnamed (`Then a man at the back of the room was on his feet. He
        was grey-haired…`): the narration's he or she at pos is theirs, not the last person
        named (see attribute._pronoun_event)."""
        own = self.sentence_at(pos)
        for start in (own, self.sentence_at(own - 1) if own > 0 else own):
            w = _NEWCOMER_OPENS.match(self.doc.text, start)
            if w is not None and w.start(1) < pos and self.block_at(start) == self.block_at(
                    pos) and _noun_gender(w.group(1).lower()) == gender:
                return not any(not PRONOUN_AT.match(self.doc.text, mm.pos)
                               for mm in self.people.between(w.end(), pos))  # (not `A narrow
                # man in grey…, which was how Corwen Ashe arrived everywhere. …he…`: him)
        return False

    def _taking_newcomer(self, lo: int, gender: Gender, pos: int) -> re.Match[str] | None:
        """The last unnamed newcomer brought in after lo whom the he/she at pos may mean
        (see newcomer_after for the shapes), or None."""
        text = self.doc.text
        found = None
        for w in self._unnamed_between(lo, pos):
            said = _noun_gender(w.group(1).lower())
            if said is None and not _SPEAKS.match(text, w.end()):
                continue  # `A lobbyist, who…, said such trips were routine.`: either
            if said not in (gender, None) or self._in_quote(w.start()):
                continue
            if any(x.lower() in PREPOSITIONS or x.lower() in _LEAD_NOUN
                   for x in w.group(0).split()[1:-1]):
                continue
            start = self.sentence_at(w.start())
            lead = text[start : w.start()].strip().lstrip("“\"‘'")
            shown = lead in _PRESENTING  # `It was a man in a bathrobe holding a toothbrush.`
            fronted = not lead or shown or self._scene_set(lead) or (
                bool(_FRONTED.fullmatch(lead)) and len(lead.split()) <= 6)
            if not fronted or self.people.between(start, w.start()):
                continue  # `Obama, the son of a Kenyan father,` is no newcomer
            if _DESCRIBES_SUBJECT.match(text, w.end()):
                continue  # `A mother of three, she works…`
            at = self.sentence_at(pos)
            while at > start and self._in_quote(at) and self.sentence_at(at - 1) != start:
                at = self.sentence_at(at - 1)  # `“Nobody came. Nobody called,” he said.`
            pronoun = "she|her|herself" if gender == "female" else "he|him|his|himself"
            opener = "He" if gender == "male" else "She"
            theirs = (bool(re.search(rf"\b(?:{pronoun})\b", text[w.end() : at])) or any(
                h.group(1) == opener for h in HE_SHE_OPENS.finditer(
                    text, w.end(), pos + len(opener)))) and not _ASKS.match(text, w.end())
            # (`…until a reporter told him.` is not his); `A man … was anchored. He lifted a
            # hand…`: a he opening the next sentence, and the line after it
            if at == start or (self.sentence_at(at - 1) == start and (
                    theirs or _SPEAKS.match(text, w.end()) or (
                        TURNED_TO_ME.search(text, w.end(), at)) or shown)):
                found = w  # `A man who lost his home said he was livid. “…,” he said.`; `A man
                # at the bar… turned to me during the applause.` / `“…,” he said.`
        return found

    def _speaking_newcomer(self, m: Mention, pos: int) -> int | None:
        """A report's he/she that nobody named may mean: an unnamed newcomer of that gender
        who says something in the sentence before (`A Victoria Police spokeswoman said the
        inquiry took two years.` / `“…,” she said.`, see _taking_newcomer): somebody of
        their own, as `the aide` after `A senior aide said…` is (see _unnamed_source)."""
        block = self.block_at(pos)
        lo = self.doc.bounds[block - 1][0] if block > 0 else 0
        w = self._taking_newcomer(lo, m.gender, pos)
        if w is None or not _SPEAKS.match(self.doc.text, w.end()) or (
                self._unnamed_gender(w) not in (m.gender, None)):
            return None
        key = self._unnamed_keys.get(w.start())
        if key is None:
            key = self._gave_name(w.end(), w.start())  # `A 400-level Mass Communication
            # student, who gave her name simply as Blessing, said…`: Blessing
            if key is None:
                words = w.group(0) + _whose(self.doc.text, w.end())
                intro = replace(m, kind="role", text=words, start=w.start(), end=w.end(),
                                titles=tuple(w.group(0).lower().split()))
                key = self.people.anonymous(intro).key
            self._unnamed_keys[w.start()] = key
        return key

    def _opening_phrase(self, lead: str, lo: int, hi: int) -> bool:
        """The words text[lo:hi] before a sentence's subject are an opening phrase set off
        by its comma, of eight words at most, naming nobody (`In a statement issued through
        the force,`)."""
        return lead.endswith(",") and len(lead.split()) <= 8 and not self.people.between(lo, hi)

    def _speaking_relative(self, m: Mention, pos: int) -> int | None:
        """A report's he/she that nobody named may mean: the last unnamed relative of that
        gender who says something as the subject of a sentence in this paragraph or the one
        before (`The victim's brother said he was “devastated”.` / `“…,” he said.`, `In a
        statement issued through the force, the man's daughter said…`): the one _report_kin
        makes of those words; not a relative named right after (`Her husband, Peter,`)."""
        block = self.block_at(pos)
        lo = self.doc.bounds[block - 1][0] if block > 0 else 0
        text = self.doc.text
        found = None
        for w in _RELATIVE_NEW.finditer(text, lo, pos):
            if _person_noun_gender(w.group(1).lower()) != m.gender or self._in_quote(
                    w.start()) or not _SPEAKS.match(text, w.end()) or _NAMED_AFTER.match(
                    text, w.end()):
                continue
            start = self.sentence_at(w.start())
            lead = text[start : w.start()].strip().lstrip("“\"‘'")
            if not lead or self._opening_phrase(lead, start, w.start()):
                found = w
        if found is None:
            return None
        words = found.group()
        kin = Mention("role", words, found.start(), found.end(), (), tuple(
            words.lower().split()), m.gender, True)
        family = self._owners_relative(kin, found.start())  # `Her husband corrected her.`
        return family if family is not None else self._report_kin(kin)  # of Tamika Wells:
        # the one other Wells, Andre

    def _owners_relative(self, kin: Mention, at: int) -> int | None:
        """The relative a kin word with his/her/their at `at` names (`Her husband`, `His
        sister`), through the owner the his or her means there: the one the owner's family
        name tells (see _family), else the one the text set off after the same kin word of
        the owner (`Kerr’s sister, Alison Kerr, who has led a public campaign…` … `His sister
        said…`; see _kin_set_off)."""
        owner_gender = _POSSESSIVE_GENDER.get(kin.titles[0])
        if owner_gender is None:
            return None
        owner, _ = self.people.resolve_pronoun(at, owner_gender, self.sentence_at(at), False,
                                               self.doc.section_start(at))
        if owner is None:
            return None
        family = self._family(owner, _role_head(kin), kin)
        return family if family is not None else self._kin_set_off(
            owner, _role_head(kin), kin, at)

    def _story_relative(self, m: Mention, pos: int) -> int | None:
        """A story's he/she in a sentence that opens with somebody's relative of that gender,
        or right after one (`Their father walked in at seven… and put his hand over his
        heart.` / `“I knew it,” he said.`): the relative, the one named before with those
        words (see known_relative), else the one their owner's family name tells, else
        somebody of their own (see _report_kin), not the man named last (`Dev`). The teller's
        own (`my mother`) are _writers_own_subject's."""
        known = self.known_relative(m.gender, pos)
        if known is not None:
            return known
        block = self.block_at(pos)
        found = self._opening_relative(
            self.doc.bounds[block - 1][0] if block > 0 else 0, m.gender, pos, False)
        if found is None or found.group().lower().startswith(("my ", "our ")) or (
                _STATE_AFTER.match(self.doc.text, found.end())):
            return None  # `His father had been a miner. “…,” he said.`: the background of
            # the one who speaks, no relative in the scene
        named = _NAMED_AFTER.match(self.doc.text, found.end())
        if named is not None:
            at = named.end() - 1
            here = [mm for mm in self.people.between(found.start() + 1, at + 1) if not (
                PRONOUN_AT.match(self.doc.text, mm.pos))]  # (`sister Imogen`: the name may
            if here:  # open with the kin word) `His sister Imogen was sitting… She said`: Imogen
                return self.people.current(here[-1].key)
        words = found.group()
        if words.split()[0] in ("His", "Her", "Their"):
            words = words[0].lower() + words[1:]  # `their father`, said as a role
        kin = Mention("role", words, found.start(), found.end(), (), tuple(
            words.lower().split()), m.gender, True)
        family = self._owners_relative(kin, found.start())
        if family is not None:
            return family
        key = self._report_kin(kin)
        self.people.mention(found.start(), key, self.sentence_at(found.start()), SUBJECT_RANK)
        return key  # a mention, so that `his wife said` next is his wife's

    def _unnamed_last(self, gender: Gender, pos: int) -> bool:
        """In a piece whose writer tells what they saw (Doc.told_by_i), the pronoun cues the
        line that opens its paragraph, and the paragraph before has no line and ends with a
        sentence about somebody unnamed it could mean (`The officer who opened it sniffed,
        nodded, and handed it back.` / `“Abu Karim?” she asked.`; see _unnamed_about): not
        whoever was named before that."""
        if not self.doc.told_by_i:
            return False  # a report's `The man fled on foot…` is talked of, not talking
        block = self.block_at(pos)
        lines = self.doc.by_block.get(block, [])
        if block == 0 or not lines or lines[0].start != self.doc.bounds[block][0] or not (
                lines[0].end <= pos <= lines[0].end + 40) or self.doc.by_block.get(block - 1):
            return False
        lo, hi = self.doc.bounds[block - 1]
        start = self.sentence_at(hi - 1) if lo < hi else lo
        told = {GENDERED_PRONOUNS[x] for x in _HE_OR_SHE.findall(self.doc.text, start, hi)}
        return lo < hi and told <= {gender} and self._unnamed_about(gender, pos, start, hi)
        # (not `A young observer… raised his hand.` / `“Yes?” she said.`)

    def _unnamed_about(self, gender: Gender, pos: int, lo: int = -1, hi: int = -1) -> bool:
        """The pronoun's paragraph names nobody before it but brings in somebody unnamed
        it could mean, as its sentence's subject (`At the preview one visitor stood in front
        of it for twenty minutes. “…,” she told Okoro.`, `The first speaker, a retired
        fisherwoman, said…`, `The conservator…` when nobody holds the role) or as the
        writer's own relative (`I asked my mother what she did.`): the paragraph is about
        them, not about whoever the paragraph before named. Not somebody who asks (`A man in
        the audience asked about his pension. “…,” he said.` is the answer), an owner (`The
        nurse's report`), a title (`The candidate also continued…` is the candidate the
        report is about), a role somebody named holds (`The coroner, Kirsty Gomersal,` …
        `The coroner said…`), nor quoted words. lo and hi bound where the newcomer is
        looked for: the pronoun’s paragraph up to it unless given (see _unnamed_last)."""
        if lo < 0:
            lo, hi = self.doc.bounds[self.block_at(pos)][0], pos
        if any(not self.people.entities[mm.key].organisation
               for mm in self.people.between(lo, pos)):
            return False  # `in Denver`, a place, names nobody
        text = self.doc.text
        for w in _SOMEBODY_UNNAMED.finditer(text, lo, hi):
            if self._in_quote(w.start()) or not self._brings_in(w):
                continue
            words = list(_WORD_AT.finditer(text, w.start(1), w.end(1)))
            one_of = w.group().lower() in ("one", "another") and words[0].group() == "of"
            nouns = [_one(x.group()) if one_of else x.group().lower() for x in words]
            person = [self._person_noun(x) for x in nouns]
            for k, noun in enumerate(nouns):
                if not person[k] or (k + 1 < len(words) and person[k + 1]):
                    continue  # `her freshman roommate`: the last of the nouns is the head
                end = words[k].end()
                said = _person_noun_gender(noun)
                if said in (gender, None) and end <= pos and not _OWNER.match(text, end) and (
                        not _ASKS.match(text, end)) and not (
                        w.group().lower() == "the" and noun in TITLES and not text.startswith(
                            " who ", end)) and not any(
                        noun in e.titles for e in self.people.entities if not e.organisation):
                    return True  # `The coroner` after `The coroner, Kirsty Gomersal,` is her
                break
        return False

    def _person_noun(self, word: str) -> bool:
        """A noun for a person (`visitor`, `fisherwoman`, `mother`, a report's own roles)."""
        return _person_noun_gender(word) is not None or word in _PERSON_NOUNS or (
            word in OWN_NOUNS or self.doc.page.role_word(word))

    def _brings_in(self, w: re.Match[str]) -> bool:
        """The determiner w opens a phrase that brings somebody in: `a`, `one` near its
        sentence's start (or in an aside to the `a` that opens it) with nobody named before
        it there, `The` or `Her` opening the sentence (or after a short phrase and its
        comma), `my` or `our` anywhere (the writer's own). Not `the nominee` in the middle of
        a sentence, who may be somebody named."""
        word = w.group().lower()
        if word in ("my", "our"):
            return True
        start = self.sentence_at(w.start())
        lead = self.doc.text[start : w.start()].strip().lstrip("“\"‘'")
        if word in ("the", "his", "her", "their"):  # `Her freshman roommate, now…,`
            return not lead or (bool(_FRONTED.fullmatch(lead)) and len(lead.split()) <= 4)
        near = len(lead.split()) <= 5 or lead.split()[0].lower() in ("a", "an", "one")
        if lead.lower().endswith((" by", " to", " with")):
            return False  # `Asked by an audience member what…, he didn't hesitate.`: the
            # one asked, not the asker, is what follows about
        return word in ("a", "an", "one", "another") and near and not (  # `An alumnus who…,
            self.people.between(start, w.start()))  # an old man in a tweed coat, was next`

    def _unnamed_gender(self, w: re.Match[str]) -> Gender | None:
        """The gender of the newcomer w: its noun's (`A police spokeswoman`), else for a
        role of none the one that the rest of its sentence tells by he or she, when it tells
        only one (`A senior doctor, who asked not to be named because he was not authorized
        to speak, said…`; see _speaking_newcomer)."""
        said = _noun_gender(w.group(1).lower())
        if said is not None:
            return said
        block = self.block_at(w.end())
        ends = self.doc.ends(block)
        k = bisect.bisect_right(ends, w.end())
        rest = self.doc.text[w.end() : ends[k] if k < len(ends) else self.doc.bounds[block][1]]
        told = {GENDERED_PRONOUNS[x] for x in _HE_OR_SHE.findall(rest)}
        return told.pop() if len(told) == 1 else None

    def _unnamed_between(self, lo: int, hi: int) -> Iterator[re.Match[str]]:
        """Unnamed people brought in between lo and hi: a gendered noun (`a 29-year-old
        woman`, see _SOMEONE_NEW) or a role (`a lobbyist`, `one aide`, see _SOMEONE_ANY)."""
        found = list(_SOMEONE_NEW.finditer(self.doc.text, lo, hi))
        starts = {w.start() for w in found}
        for pattern in (_SOMEONE_ANY, _someone_by(self.doc.page.own_roles | _OTHER_PARTY)):
            found += [w for w in pattern.finditer(self.doc.text, lo, hi)
                      if w.start() not in starts and (self.doc.page.role_word(
                          w.group(1).lower()) or w.group(1).lower() in _OTHER_PARTY)]
            starts |= {w.start() for w in found}
        return iter(sorted(found, key=lambda w: w.start()))

    def role_subject(self, key: int, gender: Gender, pos: int) -> tuple[int | None, bool]:
        """A report's he/she right after a sentence about somebody by role (`“We have no
        option,” Minister Suresh Kulkarni said.` … `The Minister also urged societies to
        install meters. “Metering is the only way,” he said.`): the one person who holds that
        title; nobody when several others do. Key stays when nobody is known by the title
        (`The woman's sister, Lauren Pascoe, said…` / `she said` is Pascoe's), when it holds
        the title, or is a subject in the role's own sentence (`The new leader, Colombia's
        Esteban Morales, was cautious.`: not the race leader named before), or is named
        earlier in the paragraph when the role opens the pronoun's own sentence (`Johnson is
        more tactful. … The Republican nominee, he said, watched…`: the he tells of the
        role); not when the role's sentence is the one before and another holds the title
        (`Little Ned was sitting in bed. The doctor listened to his chest. Then he said` is
        Dr. Osei's). Only a `The …` role opening the pronoun's sentence (before it) or the
        sentence before; with it, whether that is sure: the name set off after the role, or
        the one holder after an `Asked by X whether…,` phrase (the asker is surely not the one
        who answers)."""
        at = self.sentence_at(pos)
        quote = self.doc.quote_start(at - 1) if at > 0 else None
        before = quote if quote is not None else at  # the narration's sentence before a line
        # of several sentences (`Closing, the Tánaiste said… “… It is not. But…,” he said.`)
        while quote is not None and before > 0 and self.doc.text[before - 1].isspace():
            before -= 1
        for lo, hi in ((at, pos), (self.sentence_at(before - 1), before)) if before > 0 else (
                (at, pos),):
            toks = self.doc.narration_tokens(lo, hi)
            stamp = time_stamp_end(toks)
            if stamp:  # a live blog's `9:20 a.m. — The governor…`
                toks = self.doc.narration_tokens(toks[stamp].start, hi)
            k = 0
            need: set[str] = set()
            inside = False  # the role is the subject of a clause inside the sentence
            o = opening_phrase_end(toks)
            a = o or asked_phrase_end(toks)
            run = a + 1
            while run < len(toks) and toks[run].text[:1].isupper() and run - a <= 3:
                run += 1  # `the Kentucky Republican was dry`
            if len(toks) > o + 2 and toks[o].low == "the" and toks[o + 1].low in TITLES and (
                    toks[o + 1].text[0].isupper() and toks[o + 2].text.islower()):
                head = toks[o + 1].low  # `The Minister also urged…`, `Closing the exchange,
                # the Tánaiste said he would…`
            elif a + 2 < run < len(toks) and toks[a].low == "the" and toks[run - 1].low in (
                    PARTY_WORDS) and toks[run].text.islower():
                k = a  # after an opening phrase, as sure as the one holder
                need = {t.low for t in toks[a + 1 : run - 1]}  # of that state: `Kentucky`
                head = toks[run - 1].low  # `Asked about the filibuster, the Kentucky
                # Republican was dry.` after `Sen. Hana Sato-Whitmore, a Kentucky Republican,`
            elif len(toks) > 2 and toks[0].low == "the" and toks[1].low in (
                    self.doc.page.own_roles) and toks[2].text.islower():
                head = toks[1].low  # `The agronomist acknowledged the gap.`
            else:
                subject = main_subject(toks, len(toks), self.doc.page) if toks else None
                k = asked_phrase_end(toks)
                r = _role_subject_at(toks, subject, (a, k))
                inside = r not in (0, k)
                if r < 0 or subject is None or subject.gender not in ("unknown", gender):
                    continue  # only `The minister …` opening the sentence (after an `Asked
                    # by the BBC's Nick Rowbotham whether…,` phrase: not Rowbotham)
                head = subject.titles[-1] if subject.titles else ""
            named = self._role_named(toks, gender)
            if named is not None:
                return named, True  # `The commander of Zarand’s navy, Rear Admiral Mohsen
                # Dehqan-Nejad, is a veteran…`: the name says who (not a Cdr. named before)
            holders = {self.people.current(e.key) for e in self.people.entities
                       if head in e.titles and not e.organisation and need <= e.titles
                       and self.people.compatible(e.key, gender)
                       and self.people.first_named(e.key) < pos}  # not one named later
            if not holders and UNNAMED_ASIDE.search(self.doc.text, lo, hi):
                return None, False  # `The officer, who would not give his name, shrugged.
                # “…,” he said`: nobody named, not the minister named before
            if head not in TITLES and not holders:
                return key, False  # but `The agronomist acknowledged the gap.` after `Paula Arango,
                # an agronomist with the federation,`: her
            para = self.doc.bounds[self.block_at(lo)][0]
            if holders == {self.people.current(key)}:
                return key, True  # the one holder: as sure as the role's sentence
            if not holders or self.people.current(key) in holders or any(
                    self.people.current(mm.key) == self.people.current(key) and (
                        (mm.pos < lo and (lo == at or (inside and mm.rank >= SUBJECT_RANK)))
                        or (lo <= mm.pos and mm.rank >= SUBJECT_RANK))
                    for mm in self.people.between(para, hi)):
                return key, False  # `Johnson… The Republican nominee, he said, watched…`: the he
                # tells of the role; `The new leader, Colombia's Esteban Morales, was
                # cautious.`: the name says
            return (holders.pop(), k > 0) if len(holders) == 1 else (None, False)
        return key, False

    def _role_named(self, toks: Sequence[Tok], gender: Gender) -> int | None:
        """The person whose name is set off right after the role a sentence opens with
        (`The commander of Zarand’s Revolutionary Navy, Rear Admiral Mohsen Dehqan-Nejad,`),
        when he/she could mean them (see role_subject)."""
        comma = next((k for k, t in enumerate(toks[:14]) if t.text == ","), None)
        if comma is None:
            return None
        end = next((k for k in range(comma + 1, min(len(toks), comma + 8))
                    if toks[k].text == ","), None)
        if end is None or not all(is_cap(t) for t in toks[comma + 1 : end] if is_word(t)):
            return None
        keys = [mm.key for mm in self.people.between(toks[comma + 1].start, toks[end].start)
                if self.people.compatible(mm.key, gender)]
        return self.people.current(keys[-1]) if keys else None

    def _aged_opener(self, gender: Gender, pos: int) -> int | None:
        """A report's he/she whose sentence, or the one before, opens with an age (`Back on
        the dock, the 52-year-old fisherman was not optimistic. “…,” he said.`): the one
        person named with that age (see _aged)."""
        at = self.sentence_at(pos)
        for lo in (at, self.sentence_at(at - 1)) if at > 0 else (at,):
            opens = _AGED_OPENS.match(self.doc.text, lo, pos)
            if opens is not None:
                return self._aged((opens.group(1),), gender, lo)
        return None

    def _aged(self, words: tuple[str, ...], gender: Gender, pos: int) -> int | None:
        """`the 52-year-old (fisherman)`: the one person of a gender that may fit whose name
        before pos has that age set off after it (`said Ahmad Faizal, 52, mending a net`)."""
        age = next((w[: -len("-year-old")] for w in words if _AGE_WORD.fullmatch(w)), None)
        if age is None:
            return None
        fits = {k for k in self._named_before(rf", {age}(?=[,.;)]|$)", pos)
                if self.people.compatible(k, gender)}
        return fits.pop() if len(fits) == 1 else None

    def _relative_named_before(self, words: str, pos: int) -> int | None:
        """The person the same words for a relative came before pos with, a name right after
        them (`Her father, Kwame Osei, remembers…` … `Her father, for his part,…`)."""
        if self._named_relatives is None:
            text = self.doc.text
            self._named_relatives = {}
            for w in _RELATIVE_NEW.finditer(text):
                named = self.people.between(w.end(), w.end() + 40) if _NAMED_AFTER.match(
                    text, w.end()) else []
                if named:
                    self._named_relatives.setdefault(w.group(0).lower(), []).append(
                        (w.start(), named[0].key))
        found = [key for at, key in self._named_relatives.get(words.lower(), []) if at < pos
                 and self._same_owner(words, at, pos)]
        return self.people.current(found[-1]) if found else self._spouse_named_before(
            words, pos)

    def _spouse_named_before(self, words: str, pos: int) -> int | None:
        """`His wife` at pos after `Her husband, Tom Whitfield,`: the woman whose husband
        the text named, when the his at pos means that husband (and the same for `Her
        husband` after `His wife, Ann,`)."""
        owner_word, noun = words.lower().split()[0], words.lower().split()[-1]
        if noun not in _SPOUSE or owner_word not in _POSSESSIVE_GENDER:
            return None
        other = "her" if owner_word == "his" else "his"
        assert self._named_relatives is not None
        for at, spouse in reversed(self._named_relatives.get(f"{other} {_SPOUSE[noun]}", [])):
            if at >= pos:
                continue
            who = self.people.resolve_pronoun(pos, _POSSESSIVE_GENDER[owner_word],
                                              self.sentence_at(pos), False,
                                              self.doc.section_start(pos))[0]
            if who is None or self.people.current(who) != self.people.current(spouse):
                return None
            owner = self.people.resolve_pronoun(at, _POSSESSIVE_GENDER[other],
                                                self.sentence_at(at), True,
                                                self.doc.section_start(at))[0]  # (`Gus
            # Hennessey, 81, and his wife, Pearl,`: his own sentence's)
            return self.people.current(owner) if owner is not None else None
        return None

    def _same_owner(self, words: str, then: int, now: int) -> bool:
        """The his/her that opens words means one person at both offsets, as far as the
        narration tells (`Petrakis, 71, and her husband, Nick,` is not `Her husband` of
        Tamika Wells a page later); `my` is always the teller's."""
        gender = _POSSESSIVE_GENDER.get(words.split()[0].lower())
        if gender is None or gender == "unknown":
            return True
        a, b = (self.people.resolve_pronoun(at, gender, self.sentence_at(at), False,
                                            self.doc.section_start(at))[0] for at in (then, now))
        return a is None or b is None or self.people.current(a) == self.people.current(b)

    def _relative_after(self, since: int, gender: Gender, pos: int) -> bool:
        """A sentence that opens with somebody's relative of that gender, unnamed (`My
        grandmother cooked for eleven people.`, `His wife cooked eleven curries.`), comes
        after `since` and the pronoun at pos is in it or the next (or the one after, when the
        next has that he or she too): the pronoun is the relative's (`If you tried to help
        she would say, “…”`), not the person named before. Not a relative named right after
        (`Her mum, Claudia, stopped…`, when Claudia is somebody known), nor one described
        after a name (`My aunt Roza, her older sister,`), nor one the same words named before
        (see known_relative)."""
        return self._opening_relative(since, gender, pos, False) is not None

    def known_relative(self, gender: Gender, pos: int) -> int | None:
        """A report's he/she after a sentence (in the paragraph or the one before) that opens
        with words for a relative which named somebody before (`Her father, for his part, has
        become a salesman.` / `“…,” he said` after `Her father, Kwame Osei,`): that person."""
        block = self.block_at(pos)
        lo = self.doc.bounds[block - 1][0] if block > 0 else 0
        w = self._opening_relative(lo, gender, pos, True)
        return self._relative_named_before(w.group(0), w.start()) if w is not None else None

    def _opening_relative(self, since: int, gender: Gender, pos: int, known: bool
                          ) -> re.Match[str] | None:
        """The words for a relative of that gender that open a sentence after `since` whose
        he/she the pronoun at pos may be (see _relative_after): the first such words the
        text named somebody with before when known, else the first it did not."""
        text = self.doc.text
        at = self.sentence_at(pos)
        for w in _RELATIVE_NEW.finditer(text, since, pos):
            noun = w.group(1).lower()
            if _person_noun_gender(noun) != gender or self._in_quote(w.start()):
                continue
            start = self.sentence_at(w.start())
            lead = text[start : w.start()].strip().lstrip("“\"‘'")
            if (lead and not (_FRONTED.fullmatch(lead) and len(lead.split()) <= 4) and not (
                    self._opening_phrase(lead, start, w.start()))) or (
                    lead.endswith(",") and text[w.end() : w.end() + 1] == ","):
                continue  # `My aunt Roza, her older sister, thought…`: set off, it is Roza
            if _NAMED_AFTER.match(text, w.end()) and self.people.between(w.end(), w.end() + 40):
                continue  # `Her mum, Claudia,`, `My aunt Roza,`: the name is who she is
            if (self._relative_named_before(w.group(0), w.start()) is not None) != known:
                continue  # `Her father, for his part,` after `Her father, Kwame Osei,`: him
            if self._line_tells_of(noun, pos):
                continue  # `Her mother cleaned houses.` / `“…about my mother,” she says`
            if self._owner_after(w, gender):
                continue  # `His father farmed it before him, and he…`: him is the owner
            if at == start or self.sentence_at(at - 1) == start:
                return w
            nxt = self.sentence_at(at - 1)  # `His wife cooked. When we thanked her, she…`
            pronoun = "she" if gender == "female" else "he"
            if self.sentence_at(nxt - 1) == start and re.search(
                    rf"\b{pronoun}\b", text[nxt:at], re.IGNORECASE):
                return w
        return None

    def _owner_after(self, w: re.Match[str], gender: Gender) -> bool:
        """The sentence that opens with a relative (`His father`, `Her mother`) goes on to
        name the one whose relative they are as an object of the same gender (`His father
        farmed it before him, and his grandfather before that, and he is fairly sure…`): that
        sentence is about the owner, so a he/she after it is not the relative's."""
        if w.group(0).split()[0].lower() != ("his" if gender == "male" else "her"):
            return False
        end = self.doc.end_after(self.block_at(w.start()), w.end())
        return bool((_OWNER_HIM if gender == "male" else _OWNER_HER).search(
            self.doc.text, w.end(), end))

    def _line_tells_of(self, noun: str, pos: int) -> bool:
        """The line the pronoun at pos cues (the quote right before it or right after it)
        speaks of `my` relative of the same kind as noun (`my mother`, `my mum` for
        `mother`): its speaker is not that relative."""
        kind = _KIN_ADDRESS.get(noun, noun)
        k = bisect.bisect_left(self.doc.quote_starts, pos)
        for q in self.doc.quotes[max(0, k - 1) : k + 1]:
            if abs(q.end - pos) > 40 and abs(q.start - pos) > 40:
                continue
            for w in _MY_KIN.finditer(self.doc.text, q.start, q.end):
                if _KIN_ADDRESS.get(w.group(1).lower(), w.group(1).lower()) == kind:
                    return True
        return False

    def _unless_bound(self, key: int | None, conf: float, gender: Gender, pos: int
                      ) -> tuple[int | None, float]:
        """A report's he/she pick, unless the pick's sentence acts on another of that gender
        (see _binds_other): then the piece's subject (see _main_person), else nobody
        (`The critic Oskar Brand-Halloran … accused her of …` / `“…,” she says`: not Oskar)."""
        if key is None or self.doc.dialogue or not self._binds_other(key, gender, pos):
            return key, conf
        main = self._main_person(gender)
        return (main, PARAGRAPH_SUBJECT_CONFIDENCE) if main not in (None, key) else (None, 0.0)

    def _binds_other(self, key: int, gender: Gender, pos: int) -> bool:
        """key, a person of unknown gender, was last named as a subject in a sentence that
        goes on to act on a her (him) who is somebody else (`The critic Oskar Brand-Halloran
        … accused her of …`): the he/she at pos that would take key's gender from there
        likely means that other one (see _resolve_pronoun). `Maria praised her work` does
        not count: a her before a noun may be the subject's own."""
        if self.people.entities[key].gender != "unknown":
            return False
        last = next((mm for mm in self.people.before(pos)
                     if self.people.current(mm.key) == key), None)
        if last is None or last.rank < SUBJECT_RANK:
            return False
        toks = self.doc.narration_tokens(last.pos, pos)
        toks = toks[: next((k for k, t in enumerate(toks) if t.text in ".!?"), len(toks))]
        word = "her" if gender == "female" else "him"
        return any(t.low == word and (k + 1 == len(toks) or not is_word(toks[k + 1]) or (
            toks[k + 1].low in _AFTER_OBJECT)) and not any(
                u.low in _REPORTING for u in toks[:k]) for k, t in enumerate(toks))
        # (but `Zarina Tulegen… said power cuts forced her to bake at night`: the her of
        # what she says is hers)

    def _main_person(self, gender: Gender) -> int | None:
        """The person a piece is about: named most often, at least three times and twice as
        often as anybody else, and of that gender (else None)."""
        counts: dict[int, int] = {}
        for mm in self.people.mentions:
            k = self.people.current(mm.key)
            if not self.people.entities[k].organisation:
                counts[k] = counts.get(k, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked:
            return None
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        return top if self.people.entities[top].gender == gender and n >= max(3, 2 * second) else (
            None)

    def _he_she(self, m: Mention, pos: int) -> tuple[int | None, float]:
        """he/she from the narration and the lines around (see _resolve_pronoun): a name
        opening the sentence or the paragraph, else in a story the one the line before
        called by name, answering, when that is not the nearest pick (see _answer_to_call),
        else the nearest pick, when unsure helped by the paragraph's subject, the call, the
        last paragraph's subject or the conversation's other person."""
        aged = self._aged_opener(m.gender, pos) if not self.doc.dialogue else None
        if aged is not None:
            return aged, PARAGRAPH_SUBJECT_CONFIDENCE
        opener = self._sentence_opener(m.gender, pos)
        if opener is None and not self.doc.dialogue:
            # `During an interview in April, Trump was talking … when he told…`, not
            # `Also, Trump isn't a conservative, he said`
            opener = self._opener(self.sentence_at(pos), pos, m.gender, 3)
        if opener is None:
            opener = self._own_speaker(m.gender, pos)
        if opener is None:
            opener = self.topic(m.gender, pos)
        if opener is not None:
            return opener, PARAGRAPH_SUBJECT_CONFIDENCE
        beat = self._scene_pick(m, pos) if self.doc.dialogue else None
        if beat is not None:
            return beat
        key, conf = self.people.resolve_pronoun(pos, m.gender, self.sentence_at(pos), False,
                                                self.doc.section_start(pos),
                                                frozenset(self._called_in_line(pos)
                                                          | self._whole_named_in_lines(pos)
                                                          | self._cast_in_brackets(pos)))
        key, conf = self._not_acted_on(key, conf, m.gender, pos)
        called = self._answer_to_call(m.gender, pos) if self.doc.dialogue else None
        if called is not None and called != key:
            return called, REPLY_CONFIDENCE
        if key is not None and conf < PARAGRAPH_SUBJECT_CONFIDENCE and self.paragraph_subject(
                key, m.gender, pos):
            conf = PARAGRAPH_SUBJECT_CONFIDENCE
        elif conf < PARAGRAPH_SUBJECT_CONFIDENCE:
            called = self._called_before(m.gender, pos) if self.doc.dialogue else None
            if called is not None:
                return called, REPLY_CONFIDENCE
            about = self._paragraph_before(m.gender, pos)
            if about is None:
                about = self._last_opener(m.gender, pos)
            if about is None and not self.doc.dialogue:
                about = self._brought_in_here(m.gender, pos)
            if about is not None:
                return about, PARAGRAPH_SUBJECT_CONFIDENCE
            partner = self._partner(m.gender, pos) if self.doc.dialogue and (
                conf < PARTNER_BELOW) else None
            if partner is not None:
                return partner, PARTNER_CONFIDENCE
        return key, conf

    def _brought_in_here(self, gender: Gender, pos: int) -> int | None:
        """In a report, for a he/she after its paragraph's first sentence: the one person it
        could mean that the paragraph names before its own sentence, when the article names
        them there for the first time with words set off that say who they are (`For parents
        like Camille Durand, whose eight-year-old son took part, the details matter less. “…,”
        she said.`, `Minutes later, Ayesha Qureshi, a nurse who lives nearby, stepped to the
        microphone.`): the paragraph brings them in to speak, even as an object, and not the
        one who spoke before. Their gender must be known and the pronoun's. A paragraph that
        opens with the line looks at the narration paragraph before (`That argument did not
        wash with retired teacher Ffion Hughes, 71, who has lived…` / `‘…,’ she said.`) when
        no person is that sentence's subject (not `She said the money should go to Greta
        Lind, who runs the school.`)."""
        block = self.block_at(pos)
        lo = self.doc.bounds[block][0]
        own = self.sentence_at(pos)
        before = own == lo and block > 0 and self.doc.article.blocks[block - 1].kind == (
            "paragraph")
        if before:
            if self.doc.by_block.get(block - 1):
                return None  # the paragraph before has lines of its own
            lo = self.doc.bounds[block - 1][0]
        there = [mm for mm in self.people.between(lo, pos)
                 if mm.sentence != own and self.people.compatible(mm.key, gender)]
        if len({mm.key for mm in there}) != 1:
            return None
        key = there[0].key
        toks = self._told(there[0].sentence, there[0].pos) if before else []
        subject = main_subject(toks, len(toks), self.doc.page) if toks else None
        if subject is not None and subject.kind in ("name", "pronoun"):
            return None  # `She said the money should go to Greta Lind, who runs…`: hers
        if self.people.named_at[key][0] < lo or self.people.entities[key].gender != gender:
            return None
        first = there[:1]  # its name past role words (`retired teacher Ffion Hughes`)
        return key if self._name_then(_DESCRIBED_NAME, first) or self._name_then(
            _WHO_AFTER_NAME, first) else None

    def _role_beat(self, m: Mention, pos: int) -> tuple[int | None, float] | None:
        """In a story, a he/she whose paragraph's last sentence of narration before it (the
        paragraph before's, when it has none) opens with a role that no subject named
        follows (`The warden stopped beside the slab. “Here,” he said`, `The Colonel,
        very slowly, turned purple.` / `“Bunty,” he said`, `Mum put Pip in her high chair…
        she added`): that role's person, as `said the warden` would be (see resolve_role: the
        one who holds the title, else a character of their own), not the speaker of the
        paragraph before. Not a word a story uses for its own people (`The boy looked up`,
        see DESCRIBED), nor a role of the other gender, nor one held by somebody of the other
        gender. None: no such role."""
        block = self.block_at(pos)
        lo, _hi = self.doc.bounds[block]
        toks, end = self._told(lo, pos), pos
        if not toks and block > 0 and self.doc.article.blocks[block - 1].kind == "paragraph":
            lo, end = self.doc.bounds[block - 1]  # `“Bunty,” he said` opens its paragraph
            toks = self._told(lo, end)
        words = [t for t in toks if t.text[:1].isalnum()]
        role = self._role_opening(self.sentence_at(words[-1].start), end) if words else None
        if role is None:
            return None
        own = self.sentence_at(role.start)  # its objects may look like subjects: `Mum put Pip…`
        if _role_head(role) in DESCRIBED or role.gender not in ("unknown", m.gender) or any(
                mm.rank >= SUBJECT_RANK and mm.sentence != own
                for mm in self.people.between(role.end, pos)):
            return None
        key, conf = self.resolve_role(role, role.start)
        if key is not None and not self.people.compatible(key, m.gender):
            return None  # `The director handed it over.` / `he asked`: the director is a
            # woman; the he is somebody else, as the paragraph has it
        return (key, conf) if key is not None else (None, 0.0)

    def _told(self, lo: int, hi: int) -> list[Tok]:
        """The narration's own words in text[lo:hi], quotes left out."""
        return [t for t in self.doc.narration_tokens(lo, hi) if t.text != QUOTE_TOKEN]

    def _role_opening(self, start: int, pos: int) -> Mention | None:
        """The role a sentence's narration opens with, before pos (`The warden`, `The old
        Colonel`, `Mum`), when a verb, adverb or comma follows it (not a name set off after
        it, which says who it is)."""
        toks = self._told(start, pos)
        if not toks or self.doc.text[start : toks[0].start].strip():
            return None
        k = 0
        if toks[0].low == "the":
            k = 1
            while k < min(len(toks) - 1, 3) and toks[k].text.islower() and (
                    toks[k].low in PERSON_ADJ):
                k += 1  # `The old warden`
        if k + 1 >= len(toks) or not (toks[k + 1].text.islower() or toks[k + 1].text == ","):
            return None
        if toks[k + 1].text == "," and k + 2 < len(toks) and toks[k + 2].text[:1].isupper():
            return None  # `The old housekeeper, Mrs. Threlfall, did not answer`: the name
        t = toks[k]
        if _OWNER.search(t.text):
            return None  # `Grandpa’s garage smelled…`: an owner, not the one who acts
        if k == 0:
            if t.low not in FAMILY_NAMES or not t.text[:1].isupper():
                return None
            return Mention("role", t.text, t.start, t.end, (t.text,))
        if t.text.islower() and not (t.low in _PERSON_NOUNS or self.doc.page.role_word(t.low)):
            return None
        if not t.text.islower() and t.low not in TITLES and (
                t.low not in self.doc.page.story_titles):  # `The Magister unrolled a scroll`
            return None
        words = ("the", *(x.low for x in toks[1:k]), t.low)
        name = (t.text,) if not t.text.islower() else ()
        text = "the" + self.doc.text[toks[0].end : t.end]  # `The warden` is `the warden`
        return Mention("role", text, start, t.end, name, words,
                       HONORIFIC_GENDER.get(t.low, "unknown"))

    def _partner(self, gender: Gender, pos: int) -> int | None:
        """In a story, `“…,” replied he` right after another person's line, when the narration
        names nobody he could mean (in a report, `“…,” she replied` that the pronoun would give
        the one who asked: see _REPLIES): the one other person of that gender who has spoken in
        this conversation (the last PARTNER_PARAGRAPHS paragraphs with lines, back to a
        heading or a scene break), not the one who spoke the line before; nobody when a
        line there is nobody's yet (a person not named takes part), nor when a paragraph of
        narration there names somebody who may be the he or she and has not spoken in it
        (`Colonel Ashworth came in…` / `“Well, sir?” cried Mrs. Thornbury` / `“Well, madam,”
        said he`: the newcomer, not the curate she talked with before)."""
        block = self.block_at(pos)
        here = self.doc.by_block.get(block, [])
        if not here or self.doc.text[self.doc.bounds[block][0] : here[0].start].strip() or (
                not self.doc.by_block.get(block - 1)):
            return None  # not a reply: narration first, or none right before
        last = self._last_speaker(pos)
        seen: set[int] = set()
        named: set[int] = set()
        found = 0
        b = block - 1
        while b >= 0 and found < PARTNER_PARAGRAPHS and not self.scene_break(b):
            quotes = self.doc.by_block.get(b, [])
            found += bool(quotes)
            if not quotes:
                lo, hi = self.doc.bounds[b]
                named |= {self.people.current(mm.key) for mm in self.people.between(lo, hi)
                          if self.people.compatible(mm.key, gender)
                          and not PRONOUN_AT.match(self.doc.text, mm.pos)}
            for q in quotes:
                d = self.decided.get(q)
                if d is not None and d.speaker is not None:
                    seen.add(d.speaker)
                elif len(self.doc.text[q.start : q.end].split()) >= _LINE_WORDS or (
                        d is not None and d.cue and _SOMEBODY_CUED.search(d.cue)):
                    return None  # somebody unknown takes part (`“Isn't that beautiful?…”`,
                    # `“Any pots?” said the tinker.`)
            b -= 1
        if named - {self.people.current(k) for k in seen}:
            return None  # somebody the narration brought in may be the one who answers
        fits = {k for k in seen if k != last and self.people.entities[k].gender in (
            gender, "unknown")}
        key = fits.pop() if len(fits) == 1 else None
        return key if key is not None and self.people.entities[key].gender == gender else None

    def _call_matches(self, q: Quote) -> Iterator[re.Match[str]]:
        """The _CALL matches of a line, but not interjections or words the text also writes in
        lower case (`Well,`, `Yes!`), nor a word that is the whole line as an answer to a
        question (`“Perhaps.”`, `“Bingley.”`: `“Watson!”` still calls, and so does `“Wren.”`
        after no question, see _after_question), nor a name that is the first sentence of
        such an answer (`“Doctor Osei. The one with the glasses.”`), nor a name in words the line
        quotes after a comma or colon (`“She said, ‘Not so soon, Mr. Hallward?’”` calls
        nobody); elsewhere such marks are more often dropped letters (`“‘Old your noise, Jem,
        you’re yowlin’ again.”`, `“Come ‘ere, Jem, an’ stop…”` call Jem)."""
        text = self.doc.text
        if _ANSWER_WORD.fullmatch(text, q.start, q.end) and self._after_question(q):
            return
        inner = self._quoted_within(q)
        for c in _CALL.finditer(text, q.start, q.end):
            if c.start() == q.start and text[c.end(2) : c.end(2) + 1] == "." and (
                    self._after_question(q)):
                continue  # `“Which doctor?”` / `“Doctor Osei. The one with the glasses.”`
            word = c.group(2).lower()
            if not _calls_nobody(word) and (
                    word not in self.doc.page.common or self._known_as(word)) and not any(
                        a < c.start(2) < b for a, b in inner):
                yield c  # `“Mole, have you seen…?”`: a story's Mole, though moles dig

    def _quoted_within(self, q: Quote) -> list[tuple[int, int]]:
        """The words a line quotes after a comma or colon (`“She said, ‘Not so soon, Mr.
        Hallward?’”`, `“He'd say, ‘Mayor, this line item is somebody's son.’”`): whom those
        call, the line itself does not (see _call_matches, title_called)."""
        text = self.doc.text
        return [(a, b) for a, b, _c in (double_quotes if q.single else single_quotes)(
            text, q.start + 1, q.end - 1) if text[q.start + 1 : a].rstrip()[-1:] in _SETS_OFF]

    def _known_as(self, word: str) -> bool:
        """A person of the text goes by the one word (`Mole`, `Otter`), though it is also a
        common noun."""
        return any(not self.people.entities[k].first and not self.people.entities[k].organisation
                   for k in self.people.by_last.get(word, []))

    def _after_question(self, q: Quote) -> bool:
        """The line before q, in its paragraph or the one before, ends with a question mark:
        a one-word line answers it (`“Who was it?”` / `“Bingley.”`); after anything else it
        calls (`Wren came in late.` / `“Wren.”`)."""
        k = bisect.bisect_left(self.doc.quote_starts, q.start)
        if k == 0:
            return False
        before = self.doc.quotes[k - 1]
        return before.block >= q.block - 1 and self.doc.text[before.start : before.end].rstrip(
            " \n”\"’'»").endswith("?")

    def calls(self, q: Quote, set_off: bool = False, heard: bool = False, asked: bool = False
              ) -> set[int]:
        """The known people a line calls by name (`“Hello, Robert,”`, `my dear Mr. Bennet`,
        see _CALL); never an organisation. With set_off, only a name set off at an edge of
        its sentence (see _set_off_call). With heard, only calls one may answer: a thought's
        (`“Well done, Mrs. Martin!” thought Emma.`) and a name the line goes on to speak of
        (`“Mr. Martin, I suppose, is not a man of information`, see _ASIDE_THEN_VERB) count
        only for somebody who has had a line (who may be in the room), not for the absent.
        With asked, only a call one answers: not in an exclamation (`“Oh, Jim, you foolish
        boy!”`, `“Goodbye, Mr. Hale!”`, `“To you, Mr. Hale!”`), which is as often made to
        somebody gone or a farewell."""
        called = set()
        thought = self.decided[q].rule == "thought" if q in self.decided else False
        read_out = self._read_out_end(q)
        for c in self._call_matches(q):
            if c.start() < read_out:
                continue  # `“‘My dear Miss Vane,’” she read.`: the letter calls her
            if set_off and not self._set_off_call(q, c):
                continue
            if _FROM_PLACE.match(self.doc.text, c.end()):
                continue  # `“Kerr, at High Gill,” he shouted` into the phone: his own name
            if asked and self._cried(q, c.end()):
                continue
            e = self._called_one(c)
            if e is None or e.organisation:
                continue
            if heard and (thought or _ASIDE_THEN_VERB.match(self.doc.text, c.end())) and (
                    not self.has_spoken(e.key)):
                continue
            called.add(e.key)
        return called

    def _called_one(self, c: re.Match[str]) -> Entity | None:
        """The known person a _CALL match names, a title before a surname read as such
        (`“Lady Ashby. You should not be here.”` calls Lady Ashby)."""
        honorific = (c.group(1).lower(),) if c.group(1) else ()
        words = c.group(2).split()
        if not honorific and len(words) == 2 and words[0].lower() in TITLES:
            return self.named_in_line(words[1], c.start(2) + len(words[0]) + 1, (
                words[0].lower(),)) or self.named_in_line(c.group(2), c.start(2))
        return self.named_in_line(c.group(2), c.start(2), honorific)

    def _read_out_end(self, q: Quote) -> int:
        """Where the words a line opens by quoting end (`“‘My dear Miss Vane,’” she read.`, a
        letter read aloud): the call in them is the letter's, not the reader's; q.start when
        the line quotes nothing at its start."""
        text = self.doc.text
        if text[q.start : q.start + 2] not in ("“‘", "\"'"):
            return q.start
        close = _READ_OUT_CLOSE.search(text, q.start + 2, q.end)
        return close.start() if close is not None else q.start

    def calls_stranger(self, q: Quote, other: int) -> bool:
        """The line asks a question of somebody it calls by a first name, an honorific or a
        word that can only be a name (see _odd_name) set off at an edge of the question, whom
        nobody known is called by (`“Bobby, you talk to the sister?”`), nor other's short
        name (`“Hello, Dan?”` to Daniel): the answer is that stranger's, not other's. Not a
        line that is the name alone (`“Mrs. Cecil Forrester,” he repeated`), a word that only
        looks like a call (`“Hunting,” said Pooh.`), nor a call that asks nothing (`“Oh,
        Henry, let them,” said Mother.` to Father, `“Mr. Platt, I think,”`)."""
        return self.stranger_called(q, other) is not None

    def stranger_called(self, q: Quote, other: int) -> re.Match[str] | None:
        """The call of calls_stranger, or None."""
        text = self.doc.text
        e = self.people.entities[other]
        short = {w[:3] for w in (e.first, e.last) if len(w) >= 3}
        for c in self._call_matches(q):
            if not self._set_off_call(q, c) or self._cried(q, c.end()) or not (
                    text[q.start : c.start()] + text[c.end() : q.end]).strip(" ,.!?;:—–-“”‘’'\""):
                continue
            word = c.group(2)
            asks = re.search(r"[.!?]", text[c.end() : q.end])
            if asks is None or asks.group() != "?":
                continue
            if (c.group(1) or first_name_gender(word) != "unknown" or self._odd_name(word) or (
                    self._rank_and_name(word.split()))) and (
                    word.lower()[:3] not in short) and self.named_in_line(word, c.start(2), (
                        (c.group(1).lower(),) if c.group(1) else ())) is None:
                return c
        return None

    def _rank_and_name(self, words: list[str]) -> bool:
        """A call of two words, a title or rank before a name (`Detective Moss`, `Captain
        Rowe`)."""
        return len(words) == 2 and words[0].lower() in TITLES and words[1].lower() not in (
            self.doc.page.common)

    def _odd_name(self, word: str) -> bool:
        """A call that can only be a name: a word the text never writes in lower case and no
        title, role or sentence word (`“TALLY, can you read it?”`, a ship's computer)."""
        low = word.lower()
        return low not in self.doc.page.common and low not in TITLES and low not in (
            ROLE_NOUNS) and low not in COMMON_CAPS and low not in NOT_NAMES

    def title_called(self, q: Quote, strict: bool = False) -> set[int]:
        """The known people a line calls by a title they alone hold (`“It’s no trouble,
        Colonel.”` to Colonel Fenwick, `“Thank you, Senator.”`, a report's `“It's the answer
        I'm able to give, senator.”`; of several holders, the one who spoke the line before;
        calls leaves titles out: with no holder, `“Sir,` or `“Doctor,` may call anyone); a
        role word held as a title counts too (`“Only these, Matron.”`). With strict, not a
        word that calls anybody (`“Five a head, sir.”` is not to Sir Aldric)."""
        out = set()
        inner = self._quoted_within(q)
        calls = [(c.group(1), c.group(2), c.start(2))
                 for c in _CALL.finditer(self.doc.text, q.start, q.end)]
        calls += [("", c.group(1), c.start(1))
                  for c in _LOWER_CALL.finditer(self.doc.text, q.start, q.end)]
        for honorific, word, at in calls:
            if any(a < at < b for a, b in inner):
                continue  # `“He'd say, ‘Mayor, this line item…’”`: his call, not hers
            title = word.lower()
            if " " in title and all(w in TITLES for w in title.split()):
                title = title.split()[-1]  # `“Thank you, Father Abbot.”`, `Reverend Mother`
            if honorific or title not in _CALLED_TITLES or title in _NEVER_ALONE or (
                    strict and title in _ANYBODY_CALLED):
                continue  # (`“Only these, Matron.”` to the one called Matron Fairlie; `Mr.`
                # is the start of a name: `“Oh, Ann, Mr. Reed has taken the horses!”`)
            holders = [e.key for e in self.people.entities if title in e.titles
                       and not e.organisation and self.people.first_named(e.key) < q.start]
            last = self._last_speaker(q.start)
            if len(holders) == 1:
                out.add(holders[0])
            elif last is not None and self.people.current(last) in holders:
                out.add(self.people.current(last))  # of several senators, the one who spoke
                # the line before
        return out

    def addressed(self, q: Quote) -> set[int]:
        """The known people a line speaks to: by name (see calls), by a title they alone
        hold (see title_called), or by the form their rank is addressed with (`“There are
        nine girls in the kitchens, Majesty.”` to the Queen, `“Your Grace is welcome”` to the
        Duke; see _ADDRESS)."""
        return self.calls(q) | self.title_called(q) | self.rank_addressed(q)

    def rank_addressed(self, q: Quote) -> set[int]:
        """The known people a line speaks to by the form their rank is addressed with
        (`Majesty`, `your honour` to the judge; see addressed)."""
        out: set[int] = set()
        for a in _ADDRESS_RE.finditer(self.doc.text, q.start, q.end):
            ranks = _ADDRESS[(a.group(1) or a.group(2)).lower()]
            out |= {e.key for e in self.people.entities
                    if not e.organisation and e.titles & ranks}
        return out

    def _cried(self, q: Quote, pos: int) -> bool:
        """The sentence of line q that holds pos ends with `!` (sentence_ends knows `Mr.`)."""
        ends = sentence_ends(self.doc.text, pos, q.end)
        return self.doc.text[pos : ends[0] if ends else q.end].rstrip(" \n\"'”’»)]")[-1:] == "!"

    def named_in_line(self, name: str, pos: int, honorific: tuple[str, ...] = ()
                       ) -> Entity | None:
        """The known person a name inside a line (or right after a cue: `she told Kasia`)
        means: a first name alone is the person who has it (see _first_named), else the name
        is looked up as the narration's would be; in a story, else the one person known only
        by its pet form (`“Peter.”` calls the Pete of the narration)."""
        name = _KOREAN_CALL.sub(r"\1", name)  # `Hye-rin-ah` calls Hye-rin (not `Su-ah`)
        e = self._first_named(name, pos) if not honorific else None
        e = e or self.people.find(
            Mention("name", name, pos, pos + len(name), tuple(name.split()), honorific), pos)
        if e is None and self.doc.dialogue and not honorific and " " not in name:
            pet = self.people.called_by_pet(name.lower())  # `“Peter.”` to the Pete it calls
            e = self.people.entities[pet[0]] if len(pet) == 1 else None
        return e

    def talked_of(self, q: Quote) -> set[int]:
        """The known people a line speaks of in the third person: a first name that is the
        subject of a verb in it, with a he or she after it (`“William did not like she should
        come away; he had told her…”`). Nobody talks of themselves so. Calls (`“William,
        come here”`) do not count, nor names with an honorific or a surname (`“Mr. Hale will
        be furious”`, `“Weston will be so pleased”` may be the speaker's husband or father),
        nor a line with no he or she (`“Dobby has come to warn you, sir.”`: some characters
        do speak of themselves so) unless it reports the name's words (`“Walt said it was
        mandatory.”`) or says with a contracted is or has what the name is (`“Janet’s not
        wrong about the vote,” she conceded.` is not Janet's)."""
        out = set()
        for c in _TALKED_OF.finditer(self.doc.text, q.start, q.end):
            word = c.group(2)
            if c.group(1) or word.lower() in _NOT_CALLS | self.doc.page.common or not (
                    c.group(3) or PRONOUN_AT.search(self.doc.text, c.end(), q.end)
                    or _REPORTS.match(self.doc.text, c.end(2))):
                continue  # `Mr. Hale will be furious`, `Dobby has come to warn you`; but
                # `Walt said it was mandatory` is no one's own report of their words
            e = self.named_in_line(word, c.start(2))
            if e is not None and not e.organisation and not e.honorific and (
                    e.first == word.lower() or not e.first):
                out.add(e.key)
        return out

    def _first_named(self, word: str, pos: int) -> Entity | None:
        """The person a call by a first name alone means (`“Why, Mary, …”` is Mary Cavendish,
        not a village called Styles St. Mary): people call each other by first names, so a
        person who has it comes before a surname that reads the same, unless the surname's
        holder was named more often so far (`“Well, Morgan?”` to Inspector Morgan, not Morgan
        Hale met once); of several, the one named most so far."""
        people = self.people
        named = {k: bisect.bisect_left(people.named_at.get(k, []), pos)
                 for k in {*people.by_first.get(word.lower(), []),
                           *people.by_surname(word.lower())}}
        firsts = people.by_first.get(word.lower(), [])
        k = people.most_named(firsts, pos) if len(firsts) > 1 else next(iter(firsts), None)
        if k is None or any(n > named[k] for j, n in named.items() if j not in firsts):
            return None  # `“Well, Morgan?”` to Inspector Morgan, not Morgan Hale named once
        return people.entities[k]

    def _set_off_call(self, q: Quote, c: re.Match[str]) -> bool:
        """A call set off by a comma at an edge of its sentence: at its end (`“…, Mr.
        Hastings?”`, `“Good day, Jane. …”`), or at the line's start, after two words at
        most (`“Jake, …`, `“Look here, Mary, …`). Not a name answered with (`“Georgette.
        How are you called?”`), nor one set off mid-sentence (`“I knew your husband, Mr.
        Vale, for thirty years.”`, `‘Go and fetch him home, Harris,’ he said to me`), nor
        one after a noun it names (`“The baker, Harris, says…”`), nor a run that opens with
        a common word (`“So Harris, the butcher, came by?”`)."""
        text = self.doc.text
        words = c.group(2).split()
        if len(words) > 1 and not self._rank_and_name(words) and (
                words[0].lower() in _NOT_FIRST or words[0].lower() in self.doc.page.common):
            return False  # `So Harris`; but `Will,` may call Will, and `Detective Moss,`
        after = text[c.end() : c.end() + 1]
        if text.startswith(", ", c.start()) and (after in (".", "?", "!") or (
                text[c.end() : c.end() + 2] in (",”", ',"') and c.end() + 2 >= q.end)):
            return True  # (`“Boy brought this to the area door, Mrs. Gill,” she said.`)
        lead = text[q.start : c.start()].strip("“\"‘' ,").split()
        return after == "," and len(lead) <= 2 and not any("’" in w or "'" in w for w in lead) and (
            not lead or lead[0].lower() not in _LEAD_NOUN)

    def has_spoken(self, key: int, lines: int = 1) -> bool:
        """key has had at least that many lines so far (who may be in the room)."""
        return sum(d.speaker == key for d in self.decided.values()) >= lines

    def speaks_of(self, key: int, q: Quote, pronouns: bool = True, names: bool = True
                  ) -> bool:
        """The line speaks of the person in the third person: (with names) by their first
        name or surname, or (with pronouns) by a he/him/his (she/her) of their gender, either
        kind for a person of unknown gender (see _HIS_WORDS)."""
        e = self.people.entities[key]
        words = {w.lower() for w in _WORD.findall(self.doc.text, q.start, q.end)}
        return bool((names and words & {w for w in (e.first, e.last) if w}) or (
            pronouns and words & _HIS_WORDS[e.gender]))

    def names_alone(self, key: int, q: Quote) -> bool:
        """A short line (NAMES_ALONE_WORDS at most) says the person's first name or surname,
        capitalised: it calls them or speaks of them (`“Mother lets Bertie do anything.”`,
        `“Mamma, Mr. Gilbert was just—”`), so it is not theirs; a surname the family shares
        says nothing. A long speech may tell of its speaker by name (`… asking for the
        address of Miss Mary Morstan`)."""
        found = _WORD.findall(self.doc.text, q.start, q.end)
        if len(found) > NAMES_ALONE_WORDS:
            return False
        e = self.people.entities[key]
        words = {w.lower() for w in found if w[:1].isupper()}
        return bool(e.first and e.first in words) or bool(
            e.last and e.last in words and self.people.by_surname(e.last) == [key])

    def _scene_pick(self, m: Mention, pos: int) -> tuple[int | None, float] | None:
        """A story's he/she that the scene decides before the nearest pick: a role's beat
        (see _role_beat), else the one a question asked (see _asked_one)."""
        beat = self._role_beat(m, pos)
        if beat is not None:
            return beat
        asked = self._asked_one(m.gender, pos)
        return (asked, REPLY_CONFIDENCE) if asked is not None else None

    def _asked_one(self, gender: Gender, pos: int) -> int | None:
        """In a story, a he/she in the first sentence of a paragraph right after a question
        put by somebody named (`“Why didn’t you?” Marsh asked.`) is the one asked: whoever
        spoke the line before the question, when of that gender and not the asker (`She
        folded her hands in her lap. “Because he got up,” she said.`), though another woman
        was named since.

        Edge cases: the question must be the last line of the paragraph before, with a cue
        of its own there (not a line whose speaker comes by turns); the line before it in
        that paragraph or the one before; the pronoun must be in its paragraph's opening
        beat (one sentence) or in the cue of its first line; not when the asker is of that
        gender too and the one before spoke only by turns."""
        block = self.block_at(pos)
        before = self.doc.by_block.get(block - 1, [])
        if block < 2 or not before:
            return None
        q = before[-1]
        d = self.decided.get(q)
        text = self.doc.text
        if d is None or d.speaker is None or not (q.end <= d.at) or not text[
                q.start : q.end].rstrip("”\"’' ").endswith("?"):
            return None
        lo = self.doc.bounds[block][0]
        here = [x for x in self.doc.by_block.get(block, []) if x.start < pos]
        beat = text[lo : here[0].start] if here else text[lo:pos]
        if len(re.findall(r"[.!?](?:\s|$)", beat)) > 1 or (here and re.search(
                r"[.!?]\s", text[here[0].end : pos])):
            return None  # not the paragraph's first beat, nor its first line's cue
        earlier = before[:-1] or self.doc.by_block.get(block - 2, [])
        e = self.decided.get(earlier[-1]) if earlier else None
        if e is None or e.speaker is None:
            return None
        asker, key = self.people.current(d.speaker), self.people.current(e.speaker)
        if key == asker or self.people.entities[key].gender != gender or (
                self.people.entities[asker].gender == gender and e.rule.startswith("turn")):
            return None
        return key

    def _answer_to_call(self, gender: Gender, pos: int) -> int | None:
        """In a story, the one a reply's he/she means when the paragraph before called them
        (see _called_before): `“I am afraid, Mr. Darcy,” observed Miss Bingley` / `“Not at
        all,” he replied` is Darcy's, though Bingley is the man named last.

        Edge cases: the called person's gender must be known to be the pronoun's (a town
        called by name is no he), or unknown with a title (`“Colonel, you heard her.”`);
        only a reply, a paragraph that opens with the line this he/she cues (`He poured the
        wine. “Now,” he said` goes on with the caller); not when
        the reply speaks of the called person (its first words: `“He will survive it,” he
        said`; any of its lines by name: `“Grant is a hardy fellow”`), nor when the call
        answers a question asking who (`“Who was it?”` / `“Only Tom.”`)."""
        key = self._called_before(gender, pos)
        if key is None or self.people.entities[key].gender not in (
                gender, "unknown" if self.people.entities[key].titles else gender):
            return None  # a town called is no he; `Colonel,` may be
        block = self.block_at(pos)
        here = self.doc.by_block.get(block, [])
        lo = self.doc.bounds[block][0]
        if not here or self.doc.text[lo : here[0].start].strip() or re.search(
                r"[.!?]\s", self.doc.text[here[0].end : pos]):
            return None
        if self.speaks_of(key, here[0]) or any(
                self.speaks_of(key, q, pronouns=False) for q in here[1:]):
            return None
        asked = self.doc.by_block.get(block - 2, [])
        if any(_WHO.match(self.doc.text, q.start) for q in asked):
            return None
        return key

    def _called_before(self, gender: Gender, pos: int) -> int | None:
        """In a story, the one person the paragraph before calls by name, when all of its
        lines are one speaker's (known or not): `“Hello, Robert,” I said.` / `“…?” he asked.`
        is Robert's reply, however far back Robert was last named; a title only one person
        holds calls them too (`“Colonel, you heard her.”`, see title_called).

        Edge cases: the call must be somebody already known, of the pronoun's gender, and
        not the paragraph's own speaker; two people called is no answer; nor when the
        narration after the call brings somebody else of that gender into view (`“Now,
        Kitty, …,” said Mr. Bennet; and … he left the room, fatigued with the raptures of
        his wife.` / `“…,” said she`)."""
        block = self.block_at(pos)
        quotes = self.doc.by_block.get(block - 1, [])
        speakers = {self.decided[q].speaker if q in self.decided else None for q in quotes}
        if len(speakers) != 1:
            return None
        called = set().union(*(self.calls(q, heard=True) | self.title_called(q)
                               for q in quotes)) - speakers
        if len(called) != 1:
            return None
        key = called.pop()
        if not self.people.compatible(key, gender):
            return None
        since = quotes[-1].end
        others = [m for m in self.people.between(since, pos) if m.key != key
                  and m.key not in speakers and self.people.compatible(m.key, gender)]
        if others or any(_noun_gender(w.group().lower()) == gender and not self._in_quote(
                w.start()) for w in _WORD.finditer(self.doc.text, since, pos)):
            return None  # the reply's own line (`“…, I shall tell my mother,”`) is no narration
        return key

    def _sentence_opener(self, gender: Gender, pos: int) -> int | None:
        """The person whose name opens the pronoun's own sentence, when nobody else it could
        mean is a subject there before it (`Sen. Claire McCaskill scolded him: “…,” she said.`,
        `Clinton says she appreciated Machado’s courage through what she calls “…”`).

        Edge cases: the name must be the sentence's first words (`Asked about Clinton, she
        said` opens with no name), and not after a preposition (`Like Makaeff, Roffman…`);
        two names joined by `and` are two subjects; a lone capitalised word nobody is known
        by is no one, unless it is also named mid-sentence (a proper name); a he or she that
        opens the main clause after an opening `When…` clause (see clause_opener)."""
        key = self._opener(self.sentence_at(pos), pos, gender)
        return key if key is not None else self.clause_opener(gender, pos)

    def clause_opener(self, gender: Gender, pos: int) -> int | None:
        """`When the Courier’s Bernadette Kowalski-Amadi visited in May, she declared…`: the
        one person of the pronoun's gender an opening `When`/`After`/`As`… clause names, when
        the pronoun opens the main clause right after its comma."""
        start = self.sentence_at(pos)
        found = _CLAUSE_THEN_PRONOUN.match(self.doc.text, start)
        if found is None or found.end() != pos:
            return None
        keys = {mm.key for mm in self.people.between(start, found.end())
                if self.people.compatible(mm.key, gender)}
        key = keys.pop() if len(keys) == 1 else None
        return key if key is not None and self.people.entities[key].gender == gender else None

    def topic(self, gender: Gender, pos: int) -> int | None:
        """`As for Trump, he said…`: the person the sentence opens on with `As for`, for a
        he/she right after that phrase's comma."""
        sentence = self.sentence_at(pos)
        opening = _AS_FOR.match(self.doc.text, sentence)
        if opening is None:
            return None
        here = [m for m in self.people.between(opening.end(), pos) if m.sentence == sentence]
        if not here or here[0].pos != opening.end() or not self.people.compatible(
                here[0].key, gender):
            return None
        comma = self.doc.text.find(",", here[0].pos, pos)
        return here[0].key if comma >= 0 and not self.doc.text[comma + 1 : pos].strip() else None

    def _could_be(self, sentence: int, pos: int, gender: Gender) -> list[Mentioned]:
        """The mentions of the sentence before pos of anyone a he/she of that gender could
        mean."""
        return [m for m in self.people.between(sentence, pos)
                if m.sentence == sentence and self.people.compatible(m.key, gender)]

    def _own_speaker(self, gender: Gender, pos: int) -> int | None:
        """The one person the pronoun's own sentence names before it as the subject of a
        speech verb, when nobody else it could mean is a subject there (`Soon after the
        murder of Father Hamel, Trump asserted that…: “…,” he claimed.`)."""
        sentence = self.sentence_at(pos)
        here = self._could_be(sentence, pos, gender)
        speakers = {m.key for m in here if m.rank == SPEAKER_RANK}
        subjects = {m.key for m in here if m.rank >= SUBJECT_RANK}
        return speakers.pop() if len(speakers) == 1 and subjects == speakers else None

    def _last_opener(self, gender: Gender, pos: int) -> int | None:
        """For `“…,” he said` whose own sentence names nobody: the person whose name opens the
        last sentence before it that names anyone he could mean, when nobody else he could
        mean is a subject there (`Hollande denounced Trump’s remarks as hurtful.` / `“…,” he
        said.`). Only the pronoun's paragraph counts, or the paragraph before when the
        pronoun's names nobody before it.

        A sentence with no subject of its own goes on from the one before, whose opener is
        still the one acting (`Tess looked at the clock. Then at Ms. Adeyemi, who was…` /
        `“It's fine,” she said.`: Tess; see _ELLIPTICAL), and so does a report's sentence
        that opens with a he/she of that gender (see _goes_on).

        Edge cases: in fiction, a he/she in the narration between that sentence and the quote
        that means nobody we know is someone else, so nobody is sure (`The Cat only grinned
        when it saw Alice. It looked good-natured, she thought…` / `“Cheshire Puss,” she
        began`)."""
        sentence = self.sentence_at(pos)
        lo, before = self._paragraph_scope(pos)
        if before is not None:
            lo = before
        for m in self.people.before(pos):
            if m.pos < lo:
                return None
            if self.people.compatible(m.key, gender) and not _ELLIPTICAL.match(
                    self.doc.text, m.sentence) and not self._goes_on(m, gender):
                if m.sentence == sentence or (self.doc.dialogue and self._unknown_pronoun(
                        gender, m.pos, sentence, skip=m.sentence)):
                    return None
                opener = self._opener(m.sentence, m.pos + 1, gender, 1)
                return opener if opener is not None else self._taken_up(m, gender, sentence)
        return None

    def _goes_on(self, m: Mentioned, gender: Gender) -> bool:
        """In a report, m's sentence opens with a he/she of that gender, not with m: it goes
        on about the one before, whom the later pronoun means too (`Sorensen bristled… She
        said that when she founded the company, a mentor had warned her, “…”` / `“…,” she
        said.`: Sorensen, not the mentor)."""
        opening = _opening_pronoun(self.doc.text, m.sentence, gender)
        return not self.doc.dialogue and opening is not None and m.pos > opening.end()

    def _taken_up(self, m: Mentioned, gender: Gender, sentence: int) -> int | None:
        """In a report, the one person of the pronoun's gender that m's sentence names, when
        the next sentence, before the pronoun's own, opens with that he/she (`Last year the
        Rotary Club gave Kowalczyk its award. He did not attend the dinner. “Saturday
        night,” he explained.`), or when a clause after the name in m's own sentence, right
        before the pronoun's, opens with it (`…came to Calder with no experience at all, and
        she prefers it that way.`): the he takes up the only man there. Others it could mean
        count only as subjects (not `its annual Service Above Self award`)."""
        if self.doc.dialogue:
            return None
        could = self._could_be(m.sentence, sentence, gender)
        here = {mm.key for mm in could if self.people.entities[mm.key].gender == gender}
        if not here and len({mm.key for mm in could}) == 1:
            here = {could[0].key}  # `…the Sámi boat pilot Ante Sara, has taken her out… He
            # is a man of few words`: the only one there who may be a he
        key = here.pop() if len(here) == 1 else None
        if key is None or any(mm.key != key and mm.rank >= SUBJECT_RANK for mm in could):
            return None
        block = self.block_at(m.pos)
        ends = self.doc.ends(block)
        k = bisect.bisect_right(ends, m.pos)
        clause = _CLAUSE_PRONOUN.get(gender)
        if clause is not None and k < len(ends) and ends[k] == sentence and clause.search(
                self.doc.text, m.pos, sentence):
            return key  # `Most of the bakers came to Calder with no experience, and she
            # prefers it that way. “…,” she says.`
        if k >= len(ends) or ends[k] >= sentence:
            return None
        opening = _opening_pronoun(self.doc.text, ends[k], gender)
        return key if opening is not None and opening.end() < sentence else None

    def _opener(self, sentence: int, pos: int, gender: Gender, intro_words: int = 0
                ) -> int | None:
        """The person whose name opens the sentence (see _sentence_opener), named before pos;
        with intro_words, one phrase of at least that many words set off by a comma may come
        first (`Just a few months ago, Florida developer Mel Sembler expressed dismay…`)."""
        here = self._could_be(sentence, pos, gender)
        kin = _KIN_OPENER.match(self.doc.text, sentence)
        if kin is not None and here and here[0].pos < kin.end():
            here = [m for m in here if m.pos >= kin.end()]  # `Dr Ferraby’s brother, Michael,`
        if len(here) > 1 and here[0].rank < SUBJECT_RANK and self.people.entities[
                here[0].key].organisation and not self.doc.text[sentence : here[0].pos].strip(
                    OPENING_MARKS + " "):
            here = here[1:]  # `Calderbridge head coach Petra Lindqvist`: the club opening the
            # sentence is no subject (but `To Montclair State University political science
            # professor Brigid Harrison, …` is no sentence of hers)
        if intro_words and here and here[0].rank < SUBJECT_RANK:
            here = self._past_opening_phrase(sentence, here)
        if not here or here[0].rank < SUBJECT_RANK or any(
                m.key != here[0].key and m.rank >= SUBJECT_RANK and not _THAT_BEFORE.search(
                    self.doc.text, max(0, m.pos - 10), m.pos) for m in here):
            return None  # others named only as objects, or as subjects of a `that` clause
            # (`Sorensen bristled at the suggestion that Voltaris was…`), do not compete
        first = _FIRST_WORD.match(self.doc.text, here[0].pos)
        before = self.doc.text[sentence : here[0].pos].strip(OPENING_MARKS)
        if intro_words and (intro := _INTRO_PHRASE.match(before)) and (
                len(intro.group().split()) >= intro_words) and (
                intro.group().split()[0].lower() not in SUBJECT_PRONOUNS):
            before = before[intro.end() :]  # not `She said that when she founded it, a
            # mentor had warned her`: a clause with its own subject
        if not (_role_words(before) or _KIN_OPENER.fullmatch(before)) or (
                first and first.group().lower() in PREPOSITIONS):
            return None  # `Asked about Clinton, she…`, `Like Makaeff, Roffman…` (but `His
            # widow, Anna Ferraby, read her statement`)
        if len(here) > 1 and here[1].key != here[0].key and _JOINED.match(
                self.doc.text, here[0].pos, here[1].pos):
            return None  # `Omar Haddad and Ivan Petrov agreed`: two subjects
        e = self.people.entities[here[0].key]
        return None if e.first == "" and e.gender == "unknown" and not e.titles and (
            e.key not in self.people.mid_sentence) and not self._set_off_as_person(
                here[0].pos) else e.key

    def _past_opening_phrase(self, sentence: int, here: list[Mentioned]) -> list[Mentioned]:
        """The mentions after an opening phrase that starts with a preposition or an -ing
        word and names somebody as its object (`Sitting alongside Mokoena, South Africa
        coach Gerrit Lourens…`: Lourens opens the sentence)."""
        intro = _INTRO_PHRASE.match(self.doc.text, sentence)
        first = _FIRST_WORD.match(self.doc.text, sentence)
        if intro is None or first is None or not (
                first.group().lower() in PREPOSITIONS or first.group().endswith("ing")):
            return here
        return [m for m in here if m.pos >= intro.end()]

    def _set_off_as_person(self, pos: int) -> bool:
        """The lone name at pos is set off by words for a person (`Joshi, the left-arm
        spinner who…,`, `Okafor, a carpenter,`): somebody, though only named so."""
        toks = tokenize(self.doc.text, pos, min(len(self.doc.text), pos + 120))
        return bool(toks) and person_set_off(toks, run_end(toks, 0), the=True)

    def _generic_one(self, m: Mention, head: str, at: int, pos: int) -> bool:
        """The unnamed words at `at` (`a judge`) stand inside a sentence, not opening it,
        after a person holding the role was named in the same paragraph or the one before:
        any such one, talked of (`in case a judge ever threw him out`), not a newcomer."""
        if not self.doc.dialogue:
            return False
        opens = self.doc.text[max(0, at - 3) : at]
        if not opens.strip(" ") or opens.rstrip(" ")[-1:] in ".!?”\"\n":
            return False  # `A judge came in.`: somebody new
        block = self.block_at(at)
        lo = self.doc.bounds[max(0, block - 1)][0]
        holders = set(self._holders(m, head, pos))
        return any(self.people.current(mm.key) in holders
                   for mm in self.people.between(lo, at))

    def _unnamed_before(self, m: Mention, head: str, pos: int) -> tuple[int, int]:
        """Where somebody unnamed with this role was brought in just before (`a second CIA
        officer`, `one Republican aide`), in the narration of the paragraph of pos or the one
        before: `the officer` means them; the last such words' start and end, (-1, -1) for
        nobody. Words opposed to the role's own are somebody else (`a young gentleman` is not
        `the old gentleman`, see _opposed)."""
        lo, before = self._paragraph_scope(pos)
        block = bisect.bisect_right(self.doc.block_starts, lo - 1) - 1
        start = before if before is not None else (
            self.doc.bounds[block][0] if block >= 0 else lo)
        for at, end in reversed(self._fitting_unnamed(m, head, start, pos)):
            if not self._in_quote(at):
                return at, end  # in the narration (`“A cat may look at a king”` is no one)
        return -1, -1

    def _held_nearby(self, keys: list[int], pos: int) -> bool:
        """One of these people is named in the ROLE_REACH characters before pos."""
        return any(m.key in keys for m in self.people.between(pos - ROLE_REACH, pos))

    def _paragraph_scope(self, pos: int) -> tuple[int, int | None]:
        """Where the pronoun at pos looks for who a paragraph is about: the start of its own
        paragraph, and the start of the paragraph before when its own names nobody before
        pos and that one is a paragraph (not a heading), else None."""
        block = self.block_at(pos)
        lo = self.doc.bounds[block][0] if block >= 0 else 0
        if block > 0 and self.doc.article.blocks[block - 1].kind == "paragraph" and (
                not self.people.between(lo, pos)):
            return lo, self.doc.bounds[block - 1][0]
        return lo, None

    def _about(self, pos: int) -> list[Mentioned]:
        """The mentions that say who the text at pos is about: its paragraph's before pos, or
        the paragraph before's when its own names nobody before pos (see _paragraph_scope)."""
        lo, before = self._paragraph_scope(pos)
        return self.people.between(lo, pos) if before is None else self.people.between(before, lo)

    def paragraph_subject(self, key: int, gender: Gender, pos: int) -> bool:
        """The pronoun's pick is named as a subject earlier in the pronoun's own paragraph and
        nobody else it could mean is named there (`Kasich took another tack. “…,” he said.`).
        A paragraph that names nobody before the pronoun (`“…,” he said.` opening it) looks at
        the paragraph before instead (`Sanders wasn't impressed.` / `“…,” he noted.`). Objects
        that nothing shows to be people (see _faceless) do not count, nor objects in the
        opening clause of an earlier sentence whose subject the pick is (`Asked if he will
        miss Frank, Tyler shrugged.` / `“Obviously,” he said.`; in the pronoun's own sentence
        an object may be meant: `telling Trump that whatever he meant`)."""
        here = self._about(pos)
        e = self.people.entities[key]
        led = {m.sentence: m.pos for m in here if m.key == key and (
            m.rank >= SUBJECT_RANK or self._owner_opens(m))}
        if not led or (e.first == "" and e.gender == "unknown" and not e.titles):
            return False  # a lone capitalised word (`Footage of…`, `Things have…`) is no one
        led.pop(self.sentence_at(pos), None)
        cast = self._cast_in_brackets(pos)  # `Harold (Martin Hale)`: the actor is no rival
        return all(m.key == key or not self.people.compatible(m.key, gender) or m.key in cast or (
            m.rank == 0 and (self._faceless(m.key) or m.pos < led.get(m.sentence, -1)))
            for m in here)

    def _owner_opens(self, m: Mentioned) -> bool:
        """In a report, the mention opens its paragraph as the owner of a thing, not of a
        person (`Okafor's approach in rehearsals is unusual. She asks…`: the paragraph is
        about Okafor; not `Trump's lawyer said…`, whose subject is the lawyer)."""
        if self.doc.dialogue or m.pos != self.doc.bounds[self.block_at(m.pos)][0]:
            return False
        end = self.doc.text.find(".", m.pos)
        toks = tokenize(self.doc.text, m.pos, end if end >= 0 else len(self.doc.text))
        own = next((n for n, t in enumerate(toks) if is_possessive(t)), None)
        if own is None or any(not is_cap(t) for t in toks[:own]):
            return False
        head = [t for t in toks[own + 1 : own + 4] if t.text.islower()]
        return bool(head) and not any(person_noun(t) or self._person_noun(t.low) for t in head)

    def _faceless(self, key: int) -> bool:
        """Nothing says the entity is a person: no gender, no title, no known first name
        (`Chez Vachon`, `El Paso` named as objects do not compete with a subject)."""
        e = self.people.entities[key]
        return e.gender == "unknown" and not e.titles and first_name_gender(e.first) == "unknown"

    def _unknown_pronoun(self, gender: Gender, lo: int, hi: int, skip: int = -1) -> bool:
        """The narration of text[lo:hi] has a he/she of that gender that means nobody we know
        (`She said Greta Lind wanted…` after two women were named): it is about someone else.
        Pronouns in the sentence `skip` do not count."""
        known = {m.pos for m in self.people.between(lo, hi)}
        return any(t.start not in known and (p := pronoun_mention(t)) is not None
                   and p.gender == gender and self.sentence_at(t.start) != skip
                   for t in self.doc.narration_tokens(lo, hi))

    def _paragraph_before(self, gender: Gender, pos: int) -> int | None:
        """For a he/she that opens its paragraph (`“…,” he said.`): the person the paragraph
        before was about, when there is exactly one.

        That is the only person there it could mean, a subject or the head of a `who` or
        `whose` clause, with no he/she of its own (`…, with Hillary Clinton — who’s called
        for tax hikes — lambasting Trump’s plan.` / `“…,” she said`); or the one person it
        could mean who is
        named there for the first time in the article, either as the only subject or
        introduced with a description (`…, which concerns Henry Crespo, president of the
        Florida Democratic Black Caucus.` / `“…,” he said.`).

        Edge cases: the person's gender must be known and the pronoun's; a heading or a
        quote in between (anything named earlier in the pronoun's paragraph) gives None.
        """
        lo, before = self._paragraph_scope(pos)
        if before is None:
            return None
        there = [m for m in self.people.between(before, lo)
                 if self.people.compatible(m.key, gender)]
        children = self._children_before(lo) - {
            m.key for m in there if m.rank == SPEAKER_RANK}  # not `Grace, 12, said she…`
        if any(m.key not in children for m in there):
            there = [m for m in there if m.key not in children]  # `Her younger daughter,
            # Sofía, 2, has since been vaccinated.` / `“…,” she said`: the mother
        keys = {m.key for m in there}
        subjects = {m.key for m in there if m.rank >= SUBJECT_RANK}
        if len(keys) == 1 and not self._unknown_pronoun(gender, before, lo) and (
                subjects or self._name_then(_WHO_AFTER_NAME, there)):
            pick = there[0].key
        else:
            new = [m for m in there if self.people.named_at[m.key][0] >= before]
            if len({m.key for m in new}) != 1 or (
                    subjects != {new[0].key}
                    and not self._name_then(_DESCRIBED_NAME, new)):
                return None
            pick = new[0].key
        return pick if self.people.entities[pick].gender == gender else None

    def resolve_it(self, pos: int) -> tuple[int | None, float]:
        """`it said`, `It added`: the organisation that spoke, or was the subject, in the
        sentence before, when it is the only one named there and no person spoke there.

        Edge cases: only the previous sentence (of this paragraph or the one before) counts;
        two organisations there, or a person who spoke, leave the quote with the narrator,
        unless that sentence, right before the one of pos, names a document and one speaker
        (`“…,” Bujnowski wrote in the affidavit. It continued:` is the affidavit, so
        Bujnowski).
        """
        sentence = self.sentence_at(pos)
        if _WHICH_BEFORE.search(self.doc.text, max(sentence, pos - 8), pos):
            return self._relative_it(sentence, pos)
        floor = self.doc.section_start(pos)
        previous: list[Mentioned] = []
        for mm in self.people.before(pos):
            if mm.pos < floor or pos - mm.pos > IT_REACH:
                break
            if mm.sentence == sentence:
                continue
            if previous and mm.sentence != previous[0].sentence:
                break
            previous.append(mm)
        orgs = {mm.key for mm in previous if self.people.entities[mm.key].organisation
                and mm.rank >= SUBJECT_RANK}
        spoke = {mm.key for mm in previous if mm.rank == SPEAKER_RANK}
        if len(orgs) == 1 and not spoke - orgs:
            return orgs.pop(), 0.75
        if not orgs and not spoke and sentence > 0:
            issuer = self._issuer_before(sentence)
            if issuer is None:
                issuer = self._letter_from(sentence)
            if issuer is not None:
                return issuer, 0.75  # `Match referee Derek Osei later released a brief
                # statement.` / `“…,” it read.`: Osei
        if self.doc.dialogue and not orgs:
            return self._creature_it(pos)  # a story's `it said`: a creature's
        if not orgs and not spoke and sentence > 0:
            body = self._body_subject(self.sentence_at(sentence - 1), sentence)
            if body is not None:
                return body, 0.75  # `In a statement, the company said it would seek approval
                # from the Food and Drug Administration.` / `“…,” it said.`: the company
        if previous and len(spoke) == 1 and sentence > 0 and (
                previous[0].sentence == self.sentence_at(sentence - 1)) and (
                _DOCUMENT_NOUN.search(self.doc.text, previous[0].sentence, pos)):
            return spoke.pop(), 0.75  # `…,” Bujnowski wrote in the affidavit. It continued:`
            # (not when a sentence naming nobody comes between: `Later, in a statement, the
            # Morcha’s State unit termed…`)
        return None, 0.0

    def _issuer_before(self, sentence: int) -> int | None:
        """The person who, as the subject of the sentence before the one at `sentence`,
        issues a document there (`Match referee Derek Osei later released a brief
        statement…`, `Through his agent, Mark Tollefsen, he later issued a short message to
        supporters.`): the it of `it read`, `it said` is that document, so its words are
        theirs (see resolve_it)."""
        lo = self.sentence_at(sentence - 1)
        toks = self.doc.narration_tokens(lo, sentence)
        v = next((k for k, t in enumerate(toks) if t.low in ISSUING and any(
            u.low in _ISSUED_THINGS for u in toks[k + 1 : k + 5])), None)
        m = subject_before(toks, v, self.doc.page) if v is not None else None
        if m is None or m.kind not in ("name", "pronoun"):
            return None
        key, conf = self.resolve(m, lo if m.kind == "pronoun" else m.start)  # (his agent, not
        # the he)
        if key is None or conf < 0.7 or self.people.entities[key].organisation:
            return None
        return self.people.current(key)

    def _letter_from(self, sentence: int) -> int | None:
        """The person a letter came from in one of the two sentences before the one at
        `sentence` (`I know because a letter came from him in April… Pavel read it aloud to
        me.` / `“Dear boys,” it began.`): the it is the letter, its words the writer's."""
        lo = self.sentence_at(sentence - 1)
        if lo > 0:
            lo = self.sentence_at(lo - 1)
        found = list(_LETTER_FROM.finditer(self.doc.text, lo, sentence))
        if not found or self._in_quote(found[-1].start()):
            return None
        who = found[-1]
        if who.group(1) in ("him", "her"):
            gender: Gender = "male" if who.group(1) == "him" else "female"
            key, conf = self.resolve(Mention("pronoun", "he" if gender == "male" else "she",
                                             who.start(1), who.end(1), gender=gender),
                                     who.start(1))
        else:
            named = self.people.between(who.start(1), who.end(1))
            key, conf = (named[0].key, 0.8) if named else (None, 0.0)
        if key is None or conf < 0.7 or self.people.entities[key].organisation:
            return None
        return self.people.current(key)

    def _creature_it(self, pos: int) -> tuple[int | None, float]:
        """A story's `it said`: the creature the narration called by its kind last, in this
        paragraph or the one before, as a sentence's subject (`The dragon’s eye filled the
        doorway… When it spoke…` / `“Queen of Veldan,” it said.`), as `said the dragon` would
        be; not a creature named only after a verb (`Dinah was the cat.`)."""
        block = self.block_at(pos)
        lo = self.doc.bounds[max(0, block - 1)][0]
        text = self.doc.text
        seen = [c for c in THE_CREATURE.finditer(text, lo, pos)
                if not self._in_quote(c.start()) and c.group()[0] == "T" and (
                    text[max(0, c.start() - 3) : c.start()].rstrip().endswith(
                        (".", "!", "?", "”", "\"", "’")) or c.start() in self.doc.block_starts)]
        if not seen:
            return None, 0.0
        c = seen[-1]
        head = c.group(1).lower()
        m = Mention("role", f"the {head}", c.start(), c.end(), (), ("the", head), "unknown")
        key, conf = self.resolve(m, c.start())
        return (key, min(conf, 0.75)) if key is not None else (None, 0.0)

    def _relative_it(self, sentence: int, pos: int) -> tuple[int | None, float]:
        """`The UN human rights office said it was concerned by the verdict, which it said
        appeared to “…”`: the `it` of a `which`/`that` clause is the organisation the
        sentence is about, its one organisation subject named before, or the one its kind
        word means (`the ministry`, see _body_subject); else nobody, never simply the
        organisation of the sentence before, as `it said` opening a clause of its own is."""
        here = {self.people.current(mm.key) for mm in self.people.between(sentence, pos)
                if mm.sentence == sentence and mm.rank >= SUBJECT_RANK and mm.pos < pos
                and self.people.entities[mm.key].organisation
                and not _IT_AT.match(self.doc.text, mm.pos)}
        if len(here) == 1:
            return here.pop(), 0.75
        body = self._body_subject(sentence, pos) if not here else None
        return (body, 0.75) if body is not None else (None, 0.0)

    def _body_subject(self, lo: int, hi: int) -> int | None:
        """The organisation a body's kind word means (`the company`), when that word is the
        subject of the sentence text[lo:hi] (see resolve_it)."""
        toks = self.doc.narration_tokens(lo, hi)
        m = main_subject(toks, len(toks), self.doc.page) if toks else None
        if m is None or m.kind != "org" or m.name:
            return None
        key, conf = self.resolve_org(m, m.start)
        return key if key is not None and conf > ORG_KIND_CONFIDENCE else None

    def resolve_kin(self, m: Mention, pos: int) -> tuple[int | None, float]:
        """`his wife`, `her father` (fiction's cues): the nearest person named in this or the
        last KIN_PARAGRAPHS paragraphs who is known to have the kin word's gender and is not
        the one `his`/`her` means.

        The owner's family comes first: the one person of the owner's surname whose
        honorific fits (`her father` of Emma Woodhouse: Mr. Woodhouse; see _family); then
        the person the narration set off after the same words (`his aunt, Mrs. Costello,`;
        see _kin_named).

        Edge cases: `his`/`her` is first the one person of that gender the line itself calls,
        when that person's family is found (a parent speaks to their child: `“Another time,
        Kitty,” said her father`), else the person the pronoun means, else the one the line
        calls (`“My dear Mr. Bennet,” said his lady` on a novel's first page: Mrs. Bennet, see
        _spouse); the nearest person is never one the line calls (`“Sit down, Frank,” said
        his brother`); a heading (a new chapter) ends the search; with nobody like
        that the quote stays with the narrator, as it does for a kin word with no gender (`his
        childhood friend`); the cue's own sentence is skipped. The nearest-person reading is
        a story's only: in a report the woman named last is not `his wife` (`Clinton spoke in
        Ohio. As the crowd cheered Sanders, his wife whispered`).
        """
        if m.gender == "unknown":
            return None, 0.0  # `his childhood friend`: a kin word with no gender fits anyone
        sentence = self.sentence_at(pos)
        gender = _POSSESSIVE_GENDER[m.titles[0]]
        called = self._called_here(gender, pos)  # `“Another time, Kitty,” said her father`
        family = self._family(called, _role_head(m), m) if called is not None else None
        if family is None:
            owner, _ = self.people.resolve_pronoun(pos, gender, sentence, False,
                                                   self.doc.section_start(pos))
            if owner is None:
                owner = called  # `“My dear Mr. Bennet,” said his lady`
            family = self._family(owner, _role_head(m), m) if owner is not None else None
            if family is None and owner is not None and self._is_the_parent(owner, m):
                family = owner  # `Her mother’s mouth twitched.` after Mrs. Okonkwo-Reyes's own
                # line: the her is her daughter's, and the mother is Mrs. Okonkwo-Reyes
        if family is not None:
            e = self.people.entities[family]
            named_so = e.honorific == _PARENT_HONORIFIC.get(_role_head(m)) and bool(e.last)
            return family, 0.9 if named_so else 0.7  # `her mother` of Jada Okonkwo-Reyes is
            # surely the one Mrs. Okonkwo-Reyes, even in a beat (`Her mother’s mouth twitched.`)
        named = self._kin_named(m, pos, owner if family is None else None)
        if named is None and family is None and owner is not None:
            named = self._parent_named(owner, m, pos)
        if named is not None and named not in self._called_in_line(pos):
            return named, 0.7  # `his aunt, Mrs. Costello,` before: `his aunt resumed`
        if not self.doc.dialogue or (owner is not None and self._unnamed_kin(owner)):
            return self._report_kin(m), 0.75  # and `his wife said` of `Their father`, whose
            # wife nothing names: not the woman named last
        block = first = self.block_at(pos)
        blocks = self.doc.article.blocks
        while first > 0 and block - first < KIN_PARAGRAPHS and blocks[first - 1].kind == (
                "paragraph"):
            first -= 1
        lo = self.doc.bounds[first][0]
        recent = itertools.takewhile(lambda mm: mm.pos >= lo, self.people.before(pos))
        calls = self._called_in_line(pos)  # a line is never the one it calls
        spouse = _role_head(m) in _SPOUSES["mrs"] and owner is not None  # a wife takes his
        # name; `her husband` of Jane Bennet is not Mr. Bennet
        sure = [mm.key for mm in recent if mm.key != owner and mm.sentence != sentence
                and self.people.entities[mm.key].gender == m.gender and mm.key not in calls
                and not self._called_otherwise(mm.key, _role_head(m)) and not (
                    spouse and self._other_family(owner, mm.key))]  # `his wife` is not the
        # maid named last (`the door was opened by Hannah, the maid`)
        if not sure:
            called = self._kin_called(m)
            return (called, 0.7) if called is not None else (None, 0.0)
        return sure[0], 0.7

    def _kin_called(self, m: Mention) -> int | None:
        """`said his aunt` when nobody is near: the one person the story calls by that kin
        title and their first name (`“Aunt Hilda, if the key…”` of Mrs. Hilda Bright), when
        it calls nobody else so."""
        head = _role_head(m)
        if head not in _CALLED_KIN:
            return None
        firsts = {c.group(1).lower() for c in _CALLED_KIN[head].finditer(self.doc.text)}
        keys = {e.key for e in self.people.entities if e.first in firsts and e.gender == (
            m.gender) and not e.organisation}
        return keys.pop() if len(firsts) == 1 and len(keys) == 1 else None

    def _is_the_parent(self, key: int, m: Mention) -> bool:
        """key is the one person the kin word m names by family name and honorific (`Mrs.
        Okonkwo-Reyes` for `her mother`), and somebody else of that name is known (her
        child): the her of `her mother` was taken for the mother herself."""
        e = self.people.entities[key]
        honorific = _PARENT_HONORIFIC.get(_role_head(m))
        return honorific is not None and e.honorific == honorific and bool(e.last) and any(
            k.key != key and k.last == e.last and k.first for k in self.people.entities)

    def _other_family(self, owner: int | None, key: int) -> bool:
        """key is known by a surname other than the owner's (or, the owner having one, by a
        single name): not the owner's spouse for sure."""
        if owner is None:
            return False
        a, b = self.people.entities[owner], self.people.entities[key]
        return bool(a.first and a.last) and b.last != a.last

    def _kin_named(self, m: Mention, pos: int, owner: int | None = None) -> int | None:
        """The person the narration of pos's section named in apposition to the same kin
        words (`to present his aunt, Mrs. Costello, to Miss Miller` … `“…,” his aunt
        resumed`): the last such person, when of the kin word's gender; the person named in
        the words set off, never the next name after them (`to Miss Miller`); not when the
        his/her there means somebody else than owner, the one it means here."""
        found = None
        for a in _kin_apposition(m.titles[0], _role_head(m)).finditer(
                self.doc.text, self.doc.section_start(pos), pos):
            if not self._in_quote(a.start()):
                found = a
        if found is None:
            return None
        end = found.end(1) if found.group(1) is not None else found.end(2)
        keys = [mm.key for mm in self.people.between(found.start(), end)]
        if not keys or (m.gender != "unknown" and self.people.entities[keys[-1]].gender not in (
                m.gender, "unknown")):
            return None  # `his aunt` is no man; `my friend` may be anyone
        if owner is not None and not self.doc.dialogue:  # (a story's `His father, Mr.
            there, _ = self.people.resolve_pronoun(  # Vincy,` is the family's all along)
                found.start(), _POSSESSIVE_GENDER[m.titles[0]], self.sentence_at(found.start()),
                False, self.doc.section_start(found.start()))
            if there is not None and self.people.current(there) != self.people.current(owner):
                return None  # `Petrakis and her husband, Nick,` is not `Her husband` of
                # Tamika Wells a page later
        return keys[-1]

    def _parent_named(self, owner: int, m: Mention, pos: int) -> int | None:
        """`said her mother` of Eleanor when the narration brought her in as the mother's
        child (`Mrs. Thornbury sat nearest the fire…; her daughter Eleanor stood by the
        window`): the last person of the parent's gender named before those words in their
        sentence, the one the `her` there means; when the words open their sentence, the one
        the her means from the sentences before, surely."""
        head = _role_head(m)
        if head not in _PARENTS or m.gender == "unknown":
            return None
        e = self.people.entities[owner]
        name = e.first or e.last
        if not name:
            return None
        child = re.compile(r"\b(?:[Hh]is|[Hh]er) (?:daughter|son|child),? " + re.escape(
            name.capitalize()) + r"\b")
        for c in child.finditer(self.doc.text, self.doc.section_start(pos), pos):
            lo = self.sentence_at(c.start())
            fits = [mm.key for mm in self.people.between(lo, c.start()) if self.people.compatible(
                mm.key, m.gender) and self.people.current(mm.key) != self.people.current(owner)]
            gender = _POSSESSIVE_GENDER[c.group()[:3].lower().rstrip()]
            if gender != m.gender:
                continue
            if fits:
                return self.people.current(fits[-1])
            if not self.doc.text[lo : c.start()].strip():  # `The footman withdrew. Her
                # daughter Eleanor…`: the her of the sentences before, Mrs. Pembury
                parent, conf = self.people.resolve_pronoun(c.start(), gender, lo, False,
                                                           self.doc.section_start(pos))
                if parent is not None and conf >= 0.7 and self.people.current(parent) != (
                        self.people.current(owner)):
                    return self.people.current(parent)
        return None

    def _not_acted_on(self, key: int | None, conf: float, gender: Gender, pos: int
                      ) -> tuple[int | None, float]:
        """The nearest pick for the he/she at pos, unless it is named only as the object of
        the last sentence that names anybody, a sentence a he/she of that gender opens
        (`Then he stood up, brushed off his knees, and looked at Barrow.` / `“Herr
        Leutnant,” he said`): that he is not Barrow, so the he/she going on from it is not
        either, but the one before, when that one was a sentence's subject (Dumbo, who came
        in); not an object named as what is written (`a name badge that said ERNEST`)."""
        own = self.sentence_at(pos)
        last = next((mm for mm in self.people.before(pos) if mm.sentence != own), None)
        if key is None or last is None or last.rank != 0 or self._in_quote(last.pos) or (
                self.people.current(last.key) != self.people.current(key)):
            return key, conf
        start = self.sentence_at(last.pos)
        opens = _OPENING_PRONOUN.match(self.doc.text, start, last.pos)
        if opens is None or GENDERED_PRONOUNS.get(opens.group(1).lower()) != gender or any(
                mm.pos < last.pos for mm in self.people.between(start, last.pos)) or (
                    _WRITTEN_NAME.search(self.doc.text, max(start, last.pos - 12), last.pos)):
            return key, conf
        other, other_conf = self.people.resolve_pronoun(
            pos, gender, own, False, self.doc.section_start(pos), frozenset(
                {self.people.current(key)}))
        before = next((mm for mm in self.people.before(pos) if other is not None and (
            self.people.current(mm.key) == self.people.current(other))), None)
        if before is None or before.rank < SUBJECT_RANK:
            return key, conf
        return other, other_conf

    def _called_in_line(self, pos: int) -> set[int]:
        """Whom the line just before pos, in its paragraph, calls by name (see calls), but
        not a name the line gives as its speaker's own (see _names_other)."""
        k = bisect.bisect_left(self.doc.quote_starts, pos) - 1
        if k < 0 or self.doc.quotes[k].block != self.block_at(pos):
            return set()
        q = self.doc.quotes[k]
        line = self.doc.text[q.start : q.end]
        return {c for c in self.calls(q) if self.people.canonical(c) not in line or (
            _names_other(self.people.canonical(c), line))}  # (not `“Grace Adeyemi, duty
        # solicitor,” she said.`: her own name, given for the tape)

    def _whole_named_in_lines(self, pos: int) -> set[int]:
        """In a story, the people the lines of pos's paragraph name by first name and
        surname (`“Tomasz,” she called. “I want to know who Yusra Haddad is.”`): nobody
        speaks of themselves so, so the he or she is not them."""
        if not self.doc.dialogue:
            return set()
        block = self.block_at(pos)
        lines = [self.doc.text[q.start : q.end] for q in self.doc.by_block.get(block, [])]
        return {e.key for e in self.people.entities if e.first and e.last and not (
            e.organisation) and any(_names_other(self.people.canonical(e.key), line)
                                    for line in lines)}

    def _called_here(self, gender: Gender, pos: int) -> int | None:
        """The one person of that gender the line just before pos, in its paragraph, calls
        by name: whose kin a parent's or spouse's cue names (`“Another time, Kitty,” said her
        father`, see resolve_kin), and whom `his`/`her` means in `“My dear Mr. Bennet,” said
        his lady` when the story has named nobody else yet."""
        called = [c for c in self._called_in_line(pos) if self.people.compatible(c, gender)]
        return called[0] if len(called) == 1 else None

    def _family(self, owner: int, head: str, m: Mention, pos: int = -1) -> int | None:
        """The kin of the owner the family name tells: `her father` of Emma Woodhouse is Mr.
        Woodhouse, `his wife` of Mr. Bennet Mrs. Bennet (see _spouse); given where the kin
        word stands, `Kyle's mother` the Teresa Amundsen named just before (see
        _parent_near)."""
        e = self.people.entities[owner]
        honorific = _PARENT_HONORIFIC.get(head)
        if honorific is not None and e.last and not e.organisation:
            kin = [k.key for k in self.people.entities if k.key != owner and k.last == e.last
                   and k.honorific == honorific]
            if len(kin) == 1:
                return kin[0]
            parent = self._parent_near(owner, m, pos) if pos >= 0 else None
            if parent is not None:
                return parent
        if head in _GRANDPARENTS and e.last and not e.organisation:
            return self._grandparent(owner, m)
        return self._spouse(owner, head, m)

    def _parent_near(self, owner: int, m: Mention, pos: int) -> int | None:
        """`Kyle's mother said` of Kyle Amundsen, a paragraph or two after `Teresa Amundsen
        learned about it from a neighbor.`: the one other person of his family name, named in
        full, of the kin word's gender, whom one of the PARENT_REACH paragraphs before names."""
        e = self.people.entities[owner]
        lo = self.doc.bounds[max(0, self.block_at(pos) - PARENT_REACH)][0]
        kin = {self.people.current(k.key) for k in self.people.entities if k.key != owner
               and k.last == e.last and k.first and k.gender == m.gender and not k.kin}
        kin.discard(self.people.current(owner))
        near = {k for k in kin if any(lo <= at < pos for at in self.people.named_at.get(k, []))}
        return near.pop() if len(kin) == 1 and len(near) == 1 else None

    def _grandparent(self, owner: int, m: Mention) -> int | None:
        """`said her grandfather` of Isla Pennock: the one other person of her family name
        and the kin word's gender whom a paragraph naming them calls somebody's grandparent
        (`Walter Pennock has farmed it… he is fairly sure his granddaughter will farm it`)."""
        e = self.people.entities[owner]
        kin = {self.people.current(k.key) for k in self.people.entities if k.key != owner
               and k.last == e.last and k.first and k.gender == m.gender}
        kin.discard(self.people.current(owner))
        if len(kin) != 1:
            return None
        key = kin.pop()
        blocks = {self.block_at(mm.pos) for mm in self.people.mentions
                  if self.people.current(mm.key) == key}
        text = self.doc.text
        return key if any(_GRANDCHILD.search(text, *self.doc.bounds[b]) for b in blocks) else None

    def _spouse(self, owner: int, head: str, m: Mention) -> int | None:
        """`said his lady`, `replied his wife` when the owner is only ever `Mr. Bennet`: Mrs.
        Bennet (and `her husband` of a Mrs. Vale: Mr. Vale), a person of her own; `her
        husband` of Mrs. John Dashwood is John Dashwood."""
        e = self.people.entities[owner]
        other = {"mr": "mrs", "mrs": "mr"}.get(e.honorific)
        if e.first and e.last and head in _SPOUSES["mrs"] and not e.organisation:
            # `his wife` of Josiah Hale is the one Mrs. Hale
            wives = [k.key for k in self.people.entities if k.key != owner and k.last == e.last
                     and k.honorific == "mrs" and not k.first]
            return wives[0] if len(wives) == 1 else None
        if e.first and e.last and head in _SPOUSES["mr"] and not e.organisation and (
                e.gender == "female"):  # `her husband` of Tamika Wells is Andre Wells, the one
            men = [k.key for k in self.people.entities if k.key != owner and k.last == e.last
                   and k.first and k.gender == "male" and self.people.current(k.key) == k.key]
            return men[0] if len(men) == 1 else None  # other man of her name
        if e.wife and head in _SPOUSES["mr"]:
            # `her husband` of Mrs. John Dashwood is John Dashwood
            words = tuple(e.forms[0].split()[1:])
            name = Mention("name", " ".join(words), m.start, m.end, words, (), m.gender)
            return self.people.add(name, m.start).key
        if other is None or head not in _SPOUSES[other] or e.first or not e.last:
            return None
        form = HONORIFIC_FORM[other]
        name = Mention("name", f"{form} {e.last.capitalize()}", m.start, m.end,
                       (e.last.capitalize(),), (other,), m.gender)
        return self.people.add(name, m.start).key

    def resolve_org(self, m: Mention, pos: int) -> tuple[int | None, float]:
        """A speaking organisation: named (`the Justice Department`) or by its kind (`the
        ministry`): the named organisation of that kind the article mentioned last.

        `the group` or `the organization` is the organisation named last (within
        GENERIC_ORG_REACH), `the paper` the newspaper named last.

        Edge cases: `a group`, `some companies` are nobody in particular; a kind that matches
        no named organisation is the one organisation that was a subject just before, or the
        story's own (see _kind_subject), when it may be called so (not a council for `the
        charity`), else (`the company` when only a country was named) it is known by the
        words themselves (`the company`) with ORG_KIND_CONFIDENCE, so the narrator keeps it.
        """
        if not m.definite or _MEMBER_OF.search(self.doc.text, max(0, m.start - 20), m.start):
            return None, 0.0  # `A member of the cycling club muttered, “…”`: not the club
        if m.name:
            return self.people.add(m, pos).key, 0.9
        head = m.titles[-1] if m.titles else ""
        if m.titles[:1] in (("his",), ("her",)) and head in _OWNED_ORGS:
            return self._owned_org(m, head, pos)
        owned = _OWNED_HEAD.search(m.text) is not None
        if owned:
            return self._post_office(m, head, pos)
        if head and self._unnamed_body_opens(head, pos):
            return None, 0.0  # `The foreign ministry of neighbouring Tamaru… struck a more
            # cautious tone. “…,” the ministry said`: no body named, not the bloc before
        subject = self._org_subject(pos)
        for mm in self.people.before(pos):
            e = self.people.entities[mm.key]
            if e.organisation and (head in (e.last, e.first) or head in e.titles or (
                    head in _heads_before_of(e))) and not owned:
                # not `the governor's office` for `Office of Insurance…`; `the college` for
                # `the Royal Welsh College of Music and Drama`
                return self._org_or_subject(e.key, subject, head, pos, 0.85)
        kind = _KIND_WORDS.get(head)
        company = self._company(pos) if kind is COMPANY_ENDS else None
        if company is not None:
            return company, 0.75
        if kind is not None and kind is not COMPANY_ENDS:
            for mm in self.people.before(pos):
                e = self.people.entities[mm.key]
                if pos - mm.pos > GENERIC_ORG_REACH:
                    break
                if e.organisation and (e.last in kind or e.first in kind):
                    return self._org_or_subject(e.key, subject, head, pos, 0.75)
        subject = self._kind_subject(subject, head, pos)
        if subject is not None:
            return subject, 0.75
        said = m.text if head in m.text.lower() else " ".join(m.titles)  # not `statement`
        # for the charity that issued `the statement` (see names.document_issuer)
        words = tuple(w for w in said.split() if w.lower() not in ("the", "this", "that"))
        key = self.people.add(replace(m, name=words or (said,)), pos).key
        return key, (0.75 if words and self._said_so_before(" ".join(words), pos) else (
            ORG_KIND_CONFIDENCE))

    def _post_office(self, m: Mention, head: str, pos: int) -> tuple[int | None, float]:
        """`the governor's office said`: the body named with that post and head before
        (`the Governor’s Office`), else known by its words when a post owns it (`the
        district attorney's office`: one in a story) or see _said_so_before; never
        another office (`the Mayor’s Office`) nor one whose name shares only the head (`the
        Office of Insurance Regulation`)."""
        post = _OWNED_HEAD.search(m.text)
        owner = m.text[: post.start() if post else len(m.text)].split()[-1].lower()
        for mm in self.people.before(pos):
            e = self.people.entities[mm.key]
            words = {w.lower() for f in e.forms for w in re.findall(r"[\w-]+", f)}
            if e.organisation and owner in words and head in words:
                return e.key, 0.85
        said = " ".join(w for w in m.text.split() if w.lower() not in ("the", "this", "that"))
        key = self.people.add(replace(m, name=tuple(said.split())), pos).key
        post_of = owner in ROLE_NOUNS or owner in TITLES
        return key, (0.75 if post_of or self._said_so_before(said, pos) else (
            ORG_KIND_CONFIDENCE))  # `the district attorney's office wrote`: one such office

    def _said_so_before(self, words: str, pos: int) -> bool:
        """The same words for an organisation, with more to them there (a word before, a
        place after), said something in a sentence of the paragraph of pos or the one before
        (`The public prosecutor's office in Portalegre said it had opened an investigation.` /
        `“…,” the prosecutor's office said`): it is known; a bare `the company said` before
        tells no more than the cue."""
        block = self.block_at(pos)
        lo = self.doc.bounds[block - 1][0] if block > 0 else 0
        text = self.doc.text
        for w in re.finditer(rf"\b{re.escape(words)}\b", text[lo:pos], re.IGNORECASE):
            at, start = lo + w.end(), lo + w.start()
            fuller = not text[max(0, start - 4) : start].lower().endswith("the ") or bool(
                _QUALIFIED.match(text, at))  # `the public prosecutor's office in Portalegre`
            if fuller and not self._in_quote(at - 1) and _SAYS_AFTER.match(text, at):
                return True
        return False

    def _company(self, pos: int) -> int | None:
        """`the company said`: the company named last within GENERIC_ORG_REACH (a name that
        ends as a company's does, `Brightline Mobile`, or one set off as a company or a
        startup: see names.org_set_off), unless another is the story's own, named at least
        three times and twice as often before pos (`Ledgerlight` over its investor `Koru
        Capital`, named once in the paragraph before)."""
        counts: collections.Counter[int] = collections.Counter()
        nearest = None
        for mm in self.people.before(pos):
            e = self.people.entities[mm.key]
            if e.organisation and (e.last in COMPANY_ENDS or e.titles & _COMPANY_WORDS):
                counts[e.key] += 1
                if nearest is None and pos - mm.pos <= GENERIC_ORG_REACH:
                    nearest = e.key
        if nearest is None:
            return None
        top, n = counts.most_common(1)[0]
        return top if n >= 3 and n >= 2 * counts[nearest] else nearest

    def _owned_org(self, m: Mention, head: str, pos: int) -> tuple[int | None, float]:
        """`his campaign`, `her administration`: the campaign of the man or woman the his or
        her means, as if the article had written `the Sanders campaign` (one speaker with it),
        and as sure as that pick is (see _resolve_pronoun). Edge cases: the subject of an
        opening clause of the same sentence is meant (`Even before Sanders took the stage,
        his campaign…`; not `Asked about Ted Cruz, his campaign…`)."""
        gender = _POSSESSIVE_GENDER[m.titles[0]]
        owner = self._clause_subject(gender, pos)
        conf = PARAGRAPH_SUBJECT_CONFIDENCE
        if owner is None:
            owner, conf = self._resolve_pronoun(replace(
                m, kind="pronoun", text="he" if gender == "male" else "she", gender=gender), pos)
        if owner is None:
            return None, 0.0
        return self._org_of(owner, m, head, pos), conf

    def _org_of(self, owner: int, m: Mention, head: str, pos: int) -> int:
        """The `<Surname> campaign` of a person: one already named that way (`the Wasserman
        Schultz campaign` for `Debbie Wasserman Schultz`), else a new one."""
        words = max(self.people.entities[owner].forms, key=len).split()
        surname = next(w for w in reversed(words) if w.lower() not in NAME_SUFFIXES)
        if head in _OWNED_AS_POSSESSIVE:
            surname += "’s"  # `her office`: `Ellison’s office`, not `Ellison office`
        ending = f"{surname} {head}".lower().replace("'", "’")
        for e in self.people.entities:
            if e.organisation and any(f" {f.lower()}".replace("'", "’").endswith(f" {ending}")
                                      for f in e.forms):
                return self.people.add(replace(m, name=tuple(max(e.forms, key=len).split())),
                                       pos).key
        return self.people.add(replace(m, name=(surname, head)), pos).key

    def _clause_subject(self, gender: Gender, pos: int) -> int | None:
        """The person of that gender whom an opening clause of pos's sentence opens with
        (`Even before Sanders took the stage, …`), if any (see opening_subordinator)."""
        sentence = self.sentence_at(pos)
        here = self._could_be(sentence, pos, gender)
        if here and opening_subordinator(self.doc.text[sentence : here[0].pos]):
            return here[0].key
        return None

    def _org_or_subject(self, key: int, subject: int | None, head: str, pos: int, conf: float
                        ) -> tuple[int, float]:
        """`the group said` means the organisation whose name or kind says group (key), unless
        the text just before is about another one and does not name key (`The Climate Action
        Alliance called the draft a betrayal. “…,” the group said.`, with the African Group
        named paragraphs before): then that subject (see _org_subject), or the one bare name
        there that says something (see _bare_subject)."""
        if subject == key or any(mm.key == key for mm in self._about(pos)):
            return key, conf
        if subject is None and head in _BUSINESS_KINDS:
            subject = self._bare_subject(pos)  # `Greenpeace called the outcome…`
        return (subject, 0.75) if subject is not None else (key, conf)

    def _spoken_for(self, pos: int) -> int | None:
        """The organisation a spokesperson spoke for in the text just before pos, its name
        capitalised (`A spokesperson for the RNLI said crews had been alerted. “…,” the
        charity said.`; see _paragraph_scope): a body, since what speaks for it is a kind of
        organisation; None when there are two."""
        lo, before = self._paragraph_scope(pos)
        found = {(f.group(1), f.start(1)) for f in _SPOKESPERSON_FOR.finditer(
            self.doc.text, before if before is not None else lo, pos)}
        if len({n for n, _ in found}) != 1:
            return None
        name, at = min(found, key=lambda n: n[1])
        body = Mention("org", name, at, at + len(name), tuple(name.split()))
        known = self.people.find(body, at)
        if name.split()[0].lower() in FEMALE_NAMES | MALE_NAMES or (known is not None and (
                known.female or known.male or known.titles)):
            return None  # `a spokesman for Emma Stone`: a person
        e = self.people.add(body, at)
        e.organisation = True
        return e.key

    def _unnamed_body_opens(self, head: str, pos: int) -> bool:
        """A sentence of pos's paragraph, before pos, opens with a body of that kind that it
        does not name, in lower case and qualified (`The foreign ministry of neighbouring
        Tamaru, which…, struck a more cautious tone.`): `the ministry` is that body."""
        lo = self.doc.bounds[self.block_at(pos)][0]
        opens = re.compile(rf"(?:^|(?<=[.!?] ))The (?:[a-z-]+ ){{0,2}}{re.escape(head)} "
                           r"(?:of|in|for)\b", re.MULTILINE)
        return any(not self._in_quote(o.start()) for o in opens.finditer(self.doc.text, lo, pos))

    def _org_subject(self, pos: int) -> int | None:
        """The one organisation that is a subject in the paragraph of pos before it, or in the
        paragraph before when that one names nobody before pos (`The State Department also
        said…` / `“…,” said the agency`, `The Journal notes that…` / `“…,” the editorial board
        writes`)."""
        here = self._about(pos)
        orgs = {m.key for m in here
                if m.rank >= SUBJECT_RANK and self.people.entities[m.key].organisation}
        return orgs.pop() if len(orgs) == 1 else None

    def _kind_subject(self, subject: int | None, head: str, pos: int) -> int | None:
        """For `the company said` when no organisation of that kind was named: the subject
        just before (see _org_subject), else a bare name there (_bare_subject) or the body a
        spokesperson spoke for (_spoken_for), else the story's own body (_story_body); each
        only when it may be called so (see _fits: not `the charity said` after `Denbigh
        County Council said…`)."""
        def fits(key: int | None) -> bool:
            return key is not None and self._fits(key, head)

        if not fits(subject) and head in _BUSINESS_KINDS:
            subject = self._bare_subject(pos)  # each only when the one before does not fit
            if not fits(subject):
                subject = self._spoken_for(pos)
        if fits(subject):
            return subject
        return self._story_body(head, pos) if head in _STORY_BODY_KINDS else None

    def _fits(self, key: int, head: str) -> bool:
        """An organisation may be called by the kind word head: not `the charity`, `the
        club` or `the company` for a public body (`Denbigh County Council`, `the Ministry of
        Health`), whose name's head word says it is one."""
        e = self.people.entities[key]
        return head not in _NOT_PUBLIC_KINDS or not ({e.last, e.first} | set(
            max(e.forms, key=len).lower().split())) & _PUBLIC_HEADS

    def _story_body(self, head: str, pos: int) -> int | None:
        """For `the charity said` when no organisation's name says charity and none was a
        subject just before: the organisation the story is about, the only one before pos
        that may be called so (`Trussell Vale Food Bank`; not `Denbigh County Council`, see
        _fits), or the one named at least twice and more often than any other
        (`WellSpring International` over `Tiller Foundation`)."""
        counts: collections.Counter[int] = collections.Counter(
            mm.key for mm in self.people.before(pos)
            if self.people.entities[mm.key].organisation)
        fitting = [(n, key) for key, n in counts.most_common() if self._fits(key, head)]
        if len(fitting) == 1 or (len(fitting) > 1 and fitting[0][0] >= 2 and (
                fitting[1][0] < fitting[0][0])):
            return fitting[0][1]
        return None

    def _name_then(self, pattern: re.Pattern[str], there: list[Mentioned]) -> bool:
        """Whether the name of any of these mentions, past its role words, is followed as the
        pattern says (`Jo Hale, 54,`: _DESCRIBED_NAME; `…, who`: _WHO_AFTER_NAME)."""
        return any(pattern.match(self.doc.text, self.people.name_start(m.pos)) for m in there)

    def _bare_subject(self, pos: int) -> int | None:
        """For `the company said` with no organisation known: the one subject of the
        paragraph before pos (see _org_subject) when it is a bare name nothing shows to be a
        person (no known first name, no title, no he or she) and its sentence says what it
        said (`Lime, which runs the scooters, said it backed the ban. “…,” the company
        said.`) or the quote's paragraph opens with a kind of business that says something
        (see _kind_says). It speaks from then on as an organisation."""
        subjects = [m for m in self._about(pos) if m.rank >= SUBJECT_RANK]
        if len({m.key for m in subjects}) != 1:
            return None
        e = self.people.entities[subjects[0].key]
        if e.titles or e.female or e.male or e.teller or first_name_gender(e.first) != "unknown":
            return None
        if not any(_SAYS_AFTER.match(self.doc.text, m.pos) for m in subjects) and not (
                self._kind_says(pos)):
            return None  # `Students gathered at Northfield University.`: nobody saying
        if self._name_then(_WHO_AFTER_NAME, subjects):
            return None  # `Aminata Maïga, who leads the field team, said`: a person
        e.organisation = True
        return e.key

    def _kind_says(self, pos: int) -> bool:
        """The paragraph of pos opens with a kind of business that says something, named by
        nothing else (`Streamline has cancelled…` / `The streaming service confirmed the
        decision… “…,” the company said.`): the bare name before is that business."""
        lo = self.doc.bounds[self.block_at(pos)][0]
        kind = _KIND_OPENS.match(self.doc.text, lo)
        return kind is not None and _SAYS_AFTER.match(self.doc.text, kind.end()) is not None

    def resolve_role(self, m: Mention, pos: int) -> tuple[int | None, float]:
        """Who a role means (see _resolve_role); a story's description that once meant a
        person goes on meaning them (`The old woman set out three cups` after Hilda
        Penrose's line, then `“…,” the old woman said` after a paragraph about somebody else:
        still Hilda, not the other one of the talk). A creature its own sentence calls `its`
        is nobody who talks (`The fox came back the other way with something in its mouth.`;
        a fable's fox is he or she)."""
        head = _role_head(m)
        if head in ANIMALS and _ITS_AFTER.match(self.doc.text, m.end):
            return None, 0.0
        nicknamed = self._nicknamed_the(m, head, pos)
        if nicknamed is not None:
            return nicknamed, 0.8  # `the Kid` of `Kid Harlan`
        introduced = self._introduced_as(head, pos)
        if introduced is not None:
            return introduced, 0.8  # `the captain of the Yarrabin brigade stood at the front…
            # Graham Tully was a wheat and sheep man…`
        words = " ".join([m.text.lower(), *self._mark(m, head)]) if self.doc.dialogue and (
            m.titles[:1] == ("the",) and head in DESCRIBED) else ""  # with what sets the
        # person apart: `the gentleman in the white waistcoat` is not the one in black
        known = self._story_epithets.get(words)
        if known is not None and known[0] < pos:
            return self.people.current(known[1]), 0.75
        key, conf = self._resolve_role(m, pos)
        if words and key is not None and conf >= 0.7:
            self._story_epithets[words] = (pos, key)
        return key, conf

    def _resolve_role(self, m: Mention, pos: int) -> tuple[int | None, float]:
        """`the press secretary`, `the senator`: the person last mentioned with that title,
        preferring the one the nearest sentences are about.

        Edge cases: `a spokesman` is somebody of their own (never merged with anyone);
        `officials` is nobody in particular; a title does not match a lesser one (`the
        president` is not `Vice President Biden`); a capitalised bare title with no match
        (`the Queen` in a novel) becomes a person; the person whose name opens the role's own
        sentence is meant when they hold the title, or when nobody who holds it was named in
        the ROLE_REACH characters before (`Cruz defends his record in an ad: “…,” the senator
        says`), but never for a spokesman or source; with no title match the role is read
        like a pronoun, a little less surely. A role that names a state is nobody known from
        another (see _other_state), and too unsure to voice when no holder is known from it
        (see _from_elsewhere); a report's role whose only holders are first named beyond
        NAMED_AFTER_REACH after it is nobody (see _held_later); in a story a capitalised
        title nobody holds is a character of its own at once (see _titled), and so is a
        family word used as a name (`“No,” Dad said.`, see _family_name). A report's own
        word for somebody (`the elder` after `the Warlpiri elder Aunty Dot Walker`, see
        Page.own_roles) means whoever holds it, else nobody; so does a report's kin word
        (`we met a couple from Leeds. “…,” the husband announced.`, see _unheld_role).
        """
        head = _role_head(m)
        aged = self._aged(m.titles, m.gender, pos) or self._elder_set_off(m, pos)
        if aged is not None:
            return aged, PARAGRAPH_SUBJECT_CONFIDENCE
        kin = self._kin_role(m, head, pos)
        if kin is not None:
            return kin
        owned = self._owned_holder(m, pos)
        if owned is not None:
            return owned, 0.85
        if head in _MANY and not self.doc.dialogue:
            return self._firm_of(m, pos)
        if not m.definite:
            return self._indefinite_role(m, head, pos)
        unnamed = self._unnamed_role(m, head, pos)
        if unnamed is not None:
            return unnamed
        keys = self._qualified(m, head, self._holders(m, head, pos), pos)
        if not keys and (self._held_later(m, head, pos) or _described_only(head, self.doc.page)):
            return None, 0.0  # `the judge` of a report named only a page later, or a word
            # the report described somebody with (`the beekeeper`) whom nobody holds
        titled = self._titled(m, head, keys, pos)
        if titled is not None:
            return titled, 0.8
        near, conf = self._near(m, pos)
        if near is not None and near in keys:
            return near, 0.85
        opener = self._sentence_opener(m.gender, pos) if m.titles[:1] == ("the",) and (
            head not in _SPOKESPEOPLE) else None
        titles = self.people.entities[opener].titles if opener is not None else set()
        if opener is not None and (opener in keys or not self._held_nearby(keys, pos)) and (
                not _not_the_holder(m, head, titles)) and (
                opener in keys or not _not_an_epithet(head)):
            return opener, PARAGRAPH_SUBJECT_CONFIDENCE  # `Cruz defends…: “…,” the senator says`
        if keys:
            return self._holder_pick(m, head, keys, pos)
        described = self._described(m, head, near, pos) if self.doc.dialogue and (
            head in DESCRIBED) else None
        if described is not None and (described[0] is not None or head not in ANIMALS):
            if self._called_otherwise(described[0], head):
                return None, 0.0  # not `the King` for `asked the boy`
            return described  # (a creature that means nobody described is one of its own)
        someone = self._someone_in_scene(m, head, keys, pos)
        if someone is not None:
            return someone
        return self._unheld_role(m, head, near, conf, pos)

    def _elder_set_off(self, m: Mention, pos: int) -> int | None:
        """A story's `said the elder sister` after the narration set `the elder` off after a
        name (`Miss Agnes, the elder, was tall and grey`): the one it named so."""
        if not self.doc.dialogue:
            return None
        words = set(m.text.lower().split()) & _ELDER
        if not words:
            return None
        found = None
        for e in _ELDER_SET_OFF.finditer(self.doc.text, 0, pos):
            if e.group(2).lower() in words and not self._in_quote(e.start()):
                found = e
        if found is None:
            return None
        named = [mm for mm in self.people.between(found.start(1), found.end(1))
                 if not PRONOUN_AT.match(self.doc.text, mm.pos)]
        return self.people.current(named[-1].key) if named else None

    def _widow_in_scene(self, m: Mention, head: str, keys: list[int], pos: int) -> int | None:
        """A story's `said the widow` that nobody holds as a title: the one woman (man, for
        `the widower`) named in its paragraph or the two before (`A woman appeared in the
        corridor… Lady Cray. Lyle went to her at once` / `“Lady Cray. I’m so sorry.”` /
        `“It’s my house,” said the widow.`), but the one who spoke the line before (Lyle), not
        a character of her own (see _someone_in_scene); the same woman from then on (`The
        widow hesitated.`)."""
        if not self.doc.dialogue or keys or head not in _BEREAVED or m.gender == "unknown":
            return None
        if head in self._bereaved:
            return self.people.current(self._bereaved[head])  # `The widow hesitated.` later
        block = self.block_at(pos)
        lo = self.doc.bounds[max(0, block - 2)][0]
        named = {self.people.current(mm.key) for mm in self.people.between(lo, pos)
                 if not PRONOUN_AT.match(self.doc.text, mm.pos)}
        last = self._last_speaker(pos)
        fits = [k for k in named if self.people.entities[k].gender == m.gender
                and not self.people.entities[k].organisation and k != last]
        if len(fits) != 1:
            return None
        self._bereaved[head] = fits[0]
        return fits[0]

    def _holder_pick(self, m: Mention, head: str, keys: list[int], pos: int
                     ) -> tuple[int | None, float]:
        """The holder a role means when nothing nearer tells: the one character a story
        knows only by that word, surely (`The ferryman lifted the lantern` after `“…,” the
        ferryman said`), or the one named holder a cue has already called so (`said the
        Inspector` of Detective Inspector Pellow, then `The Inspector glanced at the
        butler.`) or the story writes the title capitalised, as a name (`The Captain
        coloured.` after `Captain Thorne`), or the title is a rank of the scene's
        (_SCENE_RANKS: `The inspector took the phone back.` after `Detective Inspector Nadia
        Okafor`); else the last holder mentioned, less surely when named elsewhere."""
        one = self.people.entities[keys[0]]
        if len(keys) == 1 and self.people.kinds.get(head) is not None and (
                self.people.current(self.people.kinds[head]) == self.people.current(keys[0])):
            return keys[0], 0.9  # `The badger looked down` after `Old Grimble the badger`
        if len(keys) == 1 and self.doc.dialogue and head not in DESCRIBED and (
                not (one.first or one.last) or f"the {head}" in map(str.lower, one.said_as)
                or (head in one.titles and (head.capitalize() in m.text or (
                    head in _SCENE_RANKS and self.people.first_named(keys[0]) < pos)))):
            return keys[0], 0.9  # and `The Captain coloured.` of the one Captain Thorne
        return self.people.last_mentioned(keys, pos), (
            UNPLACED_HOLDER_CONFIDENCE if self._from_elsewhere(m, keys) else 0.75)

    def _someone_in_scene(self, m: Mention, head: str, keys: list[int], pos: int
                          ) -> tuple[int | None, float] | None:
        """A story's role nobody named before holds: the one person the scene names with it
        later (`the doctor added` before `Dr. Kearsley had been buttoning his coat`, see
        _named_later), else the woman just named whom `said the widow` means (see
        _widow_in_scene), else a passer-by or a bit part of their own (`asked the boy, who…`:
        nobody named), or a creature nothing brought in (`said the serpent`); None when
        none of these."""
        later = self._named_later(m, head, pos, True) if self.doc.dialogue and not keys else None
        if later is not None:
            return later, 0.75
        widow = self._widow_in_scene(m, head, keys, pos)
        if widow is not None:
            return widow, 0.85
        if self._passer_by(m, head) or self._bit_part(m, head, keys) or (
                self.doc.dialogue and not keys and head in ANIMALS and m.titles == ("the", head)):
            return self.people.anonymous(m).key, 0.8  # and `said the serpent` that no `a
        return None  # serpent` brought in: a creature of its own

    def _qualified(self, m: Mention, head: str, keys: list[int], pos: int) -> list[int]:
        """The holders of a report's role that a club's, firm's or body's name qualifies
        (`the Castleford manager`, `the Veldhuis chief executive`): those described with
        the role and that name (`Pieter van der Berg, Veldhuis’s chief executive,` even
        with no title, see _set_off_with), else those not described with it and another
        name (`Blackmoor manager Steve Hartley` is not `the Castleford manager`, nor `Zuri’s
        chief executive, Emeka Nwosu,` the Veldhuis one, even when the report says so only
        later: `Brookfield's captain, Lindqvist,` is not `the Kestrel Vale captain`); one set
        off with the name (see _set_off_with: `Stuart Lomax, whose Fenwick side…`) holds it.
        All the holders when the role has no such name (see _owner_words)."""
        owners = _owner_words(m.name, head)
        if not owners or self.doc.dialogue:
            return keys
        set_off = self._set_off_with(owners, head, pos)
        found = {self.people.current(k) for k in keys} | set_off
        described = {k: self._title_owners(k, head, pos) for k in found}
        own = [k for k in found if described[k] & owners or k in set_off]
        end = len(self.doc.text)  # not one the story calls another club's captain later
        return own or [k for k in keys if not described[self.people.current(k)] and not (
            self._title_owners(self.people.current(k), head, end) - owners)]

    def _set_off_with(self, owners: set[str], head: str, pos: int) -> set[int]:
        """The people named right before a role that one of the owners qualifies, set off
        after the name (`Pieter van der Berg, Veldhuis’s chief executive,`, `Marek Novák,
        the Castleford manager,`), or with their team (`Stuart Lomax, whose Fenwick side were
        beaten…`, the Fenwick manager)."""
        names = "|".join(re.escape(w) for w in sorted(owners))
        return self._named_before(
            rf"(?i:, (?:the )?(?:{names}))(?:['’]s)? (?:[a-z-]+ ){{0,3}}{re.escape(head)}\b"
            rf"|(?i:, whose (?:{names}) (?:side|team|club|squad|firm|company|party))\b", pos)

    def _title_owners(self, key: int, head: str, pos: int) -> set[str]:
        """The capitalised words (lower case) that qualify the role head where the narration
        names the person key before pos: `Blackmoor` of `Blackmoor manager Steve Hartley`,
        `Zuri` of `Zuri’s chief executive, Emeka Nwosu`, `Veldhuis` of `Pieter van der Berg,
        Veldhuis’s chief executive` and of `Ann Lee, manager of Veldhuis` (see
        _owner_words)."""
        role = rf"(?:[a-z-]+ ){{0,3}}{re.escape(head)}"
        before = re.compile(rf"\b([A-Z][\w-]*)(?:['’]s)? {role},? (?:[A-Z][a-z]*\.? )?$")
        lead = re.compile(rf"([A-Z][\w-]*)(?:['’]s)? {role},? (?=[A-Z])")  # the mention's own
        after = re.compile(rf",? (?:the )?(?:([A-Z][\w-]*)(?:['’]s)? {role}\b|{role} (?:of|at|"
                           rf"for) (?:the )?([A-Z][\w-]*))")
        text, words = self.doc.text, set()
        for mm in self.people.before(pos):
            if self.people.current(mm.key) != key or self._in_quote(mm.pos):
                continue
            b = before.search(text, max(0, mm.pos - 80), mm.pos) or lead.match(text, mm.pos)
            named = _NAME_ONLY.match(text, mm.pos)
            a = after.match(text, named.end()) if named else None
            for w in (b and b.group(1), a and (a.group(1) or a.group(2))):
                words |= _owner_words((w,), head) if w else set()
        return words

    def _office_named(self, head: str, pos: int) -> int | None:
        """The one organisation named before pos whose name of two words or more ends with
        the role's head (`the Housing Ombudsman`, `the Information Commissioner`): an office
        the role means when nobody holds it."""
        found = {e.key for e in self.people.entities if e.organisation and (
            self.people.first_named(e.key) < pos) and len(words := self.people.canonical(
                e.key).split()) > 1 and words[-1].lower() == head}
        if found:
            return found.pop() if len(found) == 1 else None
        named = {(f.group(1), f.start(1)) for f in re.finditer(
            r"\b[Tt]he ((?:[A-Z][\w’'-]+ ){1,3}" + re.escape(head.capitalize())
            + r")(?= (?!for |of |and )[a-z])", self.doc.text[:pos])}  # `The Housing Ombudsman
        # has since…`: the office itself (not `the Ogun State Commissioner for Local
        # Government, Alhaji…,`: a person's title)
        if len({n for n, _ in named}) != 1:
            return None
        name, at = min(named, key=lambda n: n[1])
        return self.people.add(Mention("org", name, at, at + len(name), tuple(name.split())),
                               at).key

    def _unheld_role(self, m: Mention, head: str, near: int | None, conf: float, pos: int
                     ) -> tuple[int | None, float]:
        """resolve_role for a role nobody is known to hold: a capitalised title is a
        person of its own, but a report's `the Italian` is somebody named before (see
        _epithet_person); a report's kin word is nobody known; `the lawmaker` the person the
        last sentence opens with; `his valet` nobody, and so is a report's capitalised title
        with no `the` (`said Chief of Staff.`); else read like a pronoun."""
        office = self._office_named(head, pos) if head in _INSTITUTIONS and (
            not self.doc.dialogue) else None
        if office is not None:
            return office, 0.8  # `The Housing Ombudsman has since…` / `the ombudsman said`
        epithet = head in EPITHETS and not self.doc.dialogue
        if (_capital_title(m) and not epithet) or (
                head in _PRESIDING and m.titles[:1] in ((), ("the",))):
            return self._title_person(m, head, pos), 0.8  # `the Speaker said`, `the chair`
        if epithet:
            return self._epithet_person(m, head, pos)
        if head in KIN_WORDS and not self.doc.dialogue:
            return self._kin_epithet(m, head, pos), PARAGRAPH_SUBJECT_CONFIDENCE  # a
            # report's `the husband announced`: somebody's, nobody known
        asides = self._aside_holders(head, pos) if not self.doc.dialogue else set()
        if len(asides) == 1:
            return asides.pop(), PARAGRAPH_SUBJECT_CONFIDENCE  # `Omar al-Mansour, chairman of
            # the water company, said…` … `the chairman said`: not the engineer named between
        if asides:
            return None, 0.0  # two chairmen set off so: either
        other = self._epithet_for_other(m, near, pos) if self.doc.dialogue else None
        if other is not None:
            return other, STORY_PRONOUN_CONFIDENCE  # `Marlon didn’t hurry him.` / `“…,” the
            # old man said`: not Marlon
        if m.titles and m.titles[0] in ("the", "this") and (
                conf * 0.85 < PARAGRAPH_SUBJECT_CONFIDENCE) and head not in _SPOKESPEOPLE:
            about = self._last_opener(m.gender, pos)
            if about is not None and not _cannot_mean(m, head, self.people.entities[about]):
                return self._unless_answering(m, head, about, PARAGRAPH_SUBJECT_CONFIDENCE, pos)
                # `Salceda said … / The lawmaker said`
        if m.titles[:1] in (("his",), ("her",), ("their",)):
            if head in _SPOKESPEOPLE and not self.doc.dialogue:
                words = m.text.lower()  # a report's `her official spokesman said:` is
                if words not in self._spokespeople:  # somebody of their own, the same
                    self._spokespeople[words] = self.people.anonymous(m).key  # each time
                return self._spokespeople[words], 0.85
            return None, 0.0  # `said his valet`, `her manager told her` is not his or hers:
            # nobody known holds the post
        if not self.doc.dialogue and m.text[:1].isupper() and not _OWNER.search(m.text) and (
                not m.titles or m.titles[0] not in _NOT_TITLES) and not _DETERMINER_BEFORE.search(
                    self.doc.text, max(0, m.start - 6), m.start):
            return None, 0.0  # a report's bare title that nobody holds (`said Chief of
            # Staff.`, `said State Treasurer.`): nobody known
        key, conf = self._role_as_pronoun(m, head, near, conf)
        if self._called_otherwise(key, head):
            return None, 0.0  # `asked the boy` is not the one the story calls `the King`
        return self._unless_answering(m, head, key, conf, pos)

    def _epithet_for_other(self, m: Mention, near: int | None, pos: int) -> int | None:
        """A story's described person (`the old man`, a word or more before the noun) right
        after a sentence whose subject is the nearest person named by name (`Marlon didn’t
        hurry him.` / `“I’ll tell you how it went,” the old man said.`): a writer who had
        just named Marlon would name him again, so the words describe the one who spoke the
        line before, when that is somebody else they may mean."""
        if near is None or len(m.titles) < 3 or m.titles[0] != "the" or m.name:
            return None
        start = self.sentence_at(pos)
        if start <= 0:
            return None
        named = [mm for mm in self.people.between(self.sentence_at(start - 1), start)
                 if mm.rank >= SUBJECT_RANK and not PRONOUN_AT.match(self.doc.text, mm.pos)]
        last = self._last_speaker(pos)
        if not named or self.people.current(named[0].key) != self.people.current(near) or (
                last is None or self.people.current(last) == self.people.current(near)):
            return None
        e = self.people.entities[self.people.current(last)]
        return None if e.organisation or not self.people.compatible(e.key, m.gender) or (
            _cannot_mean(m, m.titles[-1], e)) else e.key

    def _aside_title(self, m: Mention, pos: int) -> int | None:
        """A story's `said the Warden` after `Ysolde Brannagh, Warden of the North March,
        rose.`: the one person named before with that word set off after the name between
        commas (a title the text writes as a name, which no title list knows); not a list
        (`a Duck and a Dodo, a Lory and an Eaglet`)."""
        if not self.doc.dialogue or len(m.name) != 1 or m.text[:4].lower() != "the ":
            return None
        e = self.people.find(m, pos)
        if e is not None and "the" not in e.titles:
            return None  # somebody called Warden
        word = re.escape(m.name[0])  # set off, never a list's `a Duck and a Dodo, a Lory`
        asides = self._named_before(rf", (?:the )?{word}(?: of [^,.;:!?]{{1,60}})?,", pos)
        return asides.pop() if len(asides) == 1 else None

    def _held_title(self, m: Mention, pos: int) -> int | None:
        """A story's `The Vicar came blinking out`, nobody known by that name: the one person
        named before with the title (`the Reverend Ambrose Tillotson`, who is the vicar too:
        see People.describe), or named later in the same section (see _named_later); a
        report's title in capitals (`the ASG said`, `the MP claimed`: see People.describe for
        initials) is the holder named last before it."""
        the = m.text[:4].lower() == "the " or self.doc.text[max(0, m.start - 4) : m.start] in (
            "The ", "the ")
        initials = not self.doc.dialogue and m.name[0].isupper() and len(m.name[0]) <= 4
        if len(m.name) != 1 or not ((the and self.doc.dialogue) or initials):
            return None
        known = self.people.find(m, pos)
        if known is not None:
            known = self.people.entities[self.people.current(known.key)]
        if known is not None and (known.first or known.titles or known.organisation or len(
                known.forms) > 1):
            return None  # somebody called so, not only a title met as a name
        head = m.name[0].lower()
        keys = [e.key for e in self.people.entities if _holds(m, head, e) and e.first and (
            self.people.first_named(e.key) < pos) and (
                not initials or head in TITLES or head in e.initials)]  # not `the EFF` for
        # `EFF councillor Lonwabo Mfundisi`: a party's name, no title
        if len(keys) == 1 and not initials:
            return keys[0]
        if keys and initials:
            key = self.people.last_mentioned(keys, pos)
            last = next((mm.pos for mm in self.people.before(pos) if mm.key == key), 0)
            unnamed = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:{_UNNAMED_WORD} ){{0,3}}?"
                                 rf"{re.escape(m.name[0])}\b")
            return None if unnamed.search(self.doc.text, last, pos) else key  # not for
            # `One Liberal MP from Toronto said…` / `the MP said`: that MP
        if keys:
            return None
        return self._named_later(m, head, pos) if self.doc.dialogue else None

    def _aside_holders(self, head: str, pos: int) -> set[int]:
        """The people a report named before pos with the role set off right after the name
        (`Omar bin Khalid al-Mansour, chairman of the state water company,`): asides do not
        make titles (see attribute._named_role), but a role nobody holds means them (a
        story's capitalised title set off so: see _aside_title)."""
        return self._named_before(
            rf", (?:the |a |an )?(?:[a-z-]+ ){{0,2}}{re.escape(head)}\b", pos)

    def _children_before(self, pos: int) -> set[int]:
        """The people named with a child's age before pos (`Sofía, 2,`; see _CHILD_AGE): the
        text is searched once, and each place looked at once, so a novel's every he/she does
        not search all the text before it again."""
        if self._child_ages is None:
            self._child_ages = {w.start(): None for w in re.finditer(_CHILD_AGE, self.doc.text,
                                                                     re.MULTILINE)}
        found: set[int] = set()
        for at in self._child_ages:
            if at >= pos:
                break
            key = self._child_ages[at]
            if key is None:
                key = self._child_ages[at] = self._named_right_before(at)
            if key >= 0:
                found.add(self.people.current(key))
        return found

    def _named_right_before(self, at: int) -> int:
        """The person named right before the comma at `at` (`Ahmad Faizal, 52,`), or -1."""
        named = [mm for mm in self.people.between(max(0, at - 60), at)
                 if _NAME_ONLY.fullmatch(self.doc.text, mm.pos, at)]
        if named and not self.people.entities[named[-1].key].organisation:
            return self.people.current(named[-1].key)
        return -1

    def _named_before(self, pattern: str, pos: int) -> set[int]:
        """The people named right before each comma the pattern matches from, before pos
        (`Ahmad Faizal, 52,`, `Omar al-Mansour, chairman of…`; see _aged, _aside_holders)."""
        found = {self._named_right_before(w.start())
                 for w in re.finditer(pattern, self.doc.text[:pos], re.MULTILINE)}
        return found - {-1}

    def _epithet_person(self, m: Mention, head: str, pos: int) -> tuple[int | None, float]:
        """A report's `the Italian`, `the Dutchman`, `the Texan` (see names.EPITHETS): the
        person whose name opens the last sentence before it, as for `the lawmaker` (`Max
        Verhagen won in Monaco.` / `“…,” the Dutchman said.`); with nobody there, nobody
        known, but a short text's `“…,” said the Frenchman.` is somebody of his own."""
        about = self._last_opener(m.gender, pos)
        if about is not None and not _cannot_mean(m, head, self.people.entities[about]):
            return about, PARAGRAPH_SUBJECT_CONFIDENCE
        if m.gender != "unknown":
            return self._title_person(m, head, pos), 0.8
        return None, 0.0

    def _unless_answering(self, m: Mention, head: str, key: int | None, conf: float, pos: int
                          ) -> tuple[int | None, float]:
        """(key, conf), unless in a report or a short scene not read as a story a word for
        any person (see DESCRIBED) would so be the one who spoke the line just before: it
        answers them, and is nobody we know rather than them (`“Good morning,” said Tom.` /
        `“Have you any tea?” asked the old gentleman.`); but a cue that goes on (`the lady
        added`) or describes someone known (`said the man who built…`) may be them."""
        answers = key is not None and not self.doc.dialogue and head in DESCRIBED and (
            m.titles[:1] == ("the",) and key == self._last_speaker(pos)) and not (
            _GOES_ON.search(self.doc.text, m.start, m.end + 20)
            or _WHO_FOLLOWS.match(self.doc.text, m.end))
        return (None, 0.0) if answers else (key, conf)

    def _unnamed_spans(self, head: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Where text[lo:hi] brings somebody in with this role unnamed (see
        _unnamed_pattern), in order; the whole text is searched once per role."""
        spans = self._unnamed_at.get(head)
        if spans is None:
            spans = [f.span() for f in _unnamed_pattern(head).finditer(self.doc.text)]
            self._unnamed_at[head] = spans
        return spans[bisect.bisect_left(spans, (lo, -1)) : bisect.bisect_left(spans, (hi, -1))]

    def _fitting_unnamed(self, m: Mention, head: str, lo: int, hi: int
                         ) -> list[tuple[int, int]]:
        """The unnamed people with this role brought in within text[lo:hi] (see
        _unnamed_spans) whose words are not opposed to the role's own (`a young gentleman`
        is not `the old gentleman`, see _opposed)."""
        own = _own_words(m, head)
        return [(at, end) for at, end in self._unnamed_spans(head, lo, hi)
                if not _opposed(own, set(self.doc.text[at:end].lower().split()))]

    def _brought_in(self, head: str, pos: int) -> bool:
        """pos's section brought somebody in unnamed with this role (`An old gentleman came
        into the shop.`; one set off with a name is that person, found first: see
        _unnamed_role)."""
        return bool(self._unnamed_spans(head, self.doc.section_start(pos), pos))

    def _named_by(self, m: Mention, head: str, pos: int) -> int | None:
        """The person named with the last words of this role in pos's section that fit it
        (`Mr. Dale, an old gentleman with a cane,` … `asked the old gentleman` paragraphs
        later; `said Rosa Diaz, a teacher` … `said the teacher`; see _named_with): not words
        opposed to the role's own (`a young gentleman`), nor a past role (`Ben Jealous, a
        former NAACP leader` is not `the Senate Democratic leader`)."""
        for at, end in reversed(self._fitting_unnamed(m, head, self.doc.section_start(pos),
                                                      pos)):
            if not set(self.doc.text[at:end].lower().split()) & NO_LONGER:
                return self._named_with(at, end)
        return None

    def _introduced_as(self, head: str, pos: int) -> int | None:
        """A story's role that a sentence opens with, which the next sentence names in full
        for the first time with a word that tells of them (`Inside, the captain of the
        Yarrabin brigade stood at the front… Graham Tully was a wheat and sheep man…`): that
        person from then on. Only a post or trade (not `The door banged open.`), each role
        once, and only a name of a fitting gender the text knows as a person."""
        if not self.doc.dialogue:
            return None
        if self._introductions is None:
            self._introductions = {}
            text = self.doc.text
            for f in _INTRODUCED.finditer(text):
                word = f.group("role").lower()
                gender = _noun_gender(word)
                if word in self._introductions or self._in_quote(f.start()) or text.find(
                        f.group("name")) < f.start("name") or not (
                            word in ROLE_NOUNS or word in STORY_ROLES) or (
                                gender and first_name_gender(f.group("first").lower()) not in (
                                    gender, "unknown")):
                    continue
                self._introductions[word] = (f.start(), *f.span("name"))
        found = self._introductions.get(head)
        if found is None or pos < found[0]:
            return None
        key = self.people.person_in(found[1], found[2])
        return key if key is not None and not self.people.entities[key].organisation else None

    def _nicknamed_the(self, m: Mention, head: str, pos: int) -> int | None:
        """A story's capitalised `the Kid` when the narration before pos names one person with
        that word before a surname (`a young cowhand everybody called Kid Loomis`): him."""
        words = m.text.split()
        if not self.doc.dialogue or len(words) != 2 or words[0].lower() != "the" or not (
                words[1][:1].isupper()) or head in TITLES:
            return None  # (`the Colonel` is a title's, see _holders)
        keys = {self.people.current(mm.key) for w in re.finditer(
                    rf"\b{re.escape(words[1])} [A-Z][\w’'-]+", self.doc.text[:pos])
                for mm in self.people.between(w.start(), w.end())
                if not self.doc.in_quote(w.start())
                and not self.people.entities[mm.key].organisation}
        return keys.pop() if len(keys) == 1 else None

    def _family_name(self, m: Mention, head: str, pos: int) -> int:
        """`said Mum`, `Dad said`: a family word used as a name is one person of their own,
        the same each time, never the child named before (see _title_person), or the one
        the narration names as the teller's kin (see name_family_words)."""
        own = [k for k in self._title_people if head in self.people.entities[k].titles]
        if own:
            return own[-1]
        named = [k for k in self.people.by_last.get(head, []) if self.people.entities[k].first]
        if named:  # `Dad` of `My father, Leonard Shaw,` (see name_family_words)
            return self.people.current(named[0])
        return self._title_person(m, head, pos)

    def _kin_role(self, m: Mention, head: str, pos: int) -> tuple[int | None, float] | None:
        """`his wife` (see resolve_kin), `the undertaker's wife` (see _kin_of_holder), `Dad`
        (see _family_name); None for other roles."""
        if head in FAMILY_NAMES and not m.titles and m.text[:1].isupper():
            return self._family_name(m, head, pos), 0.8
        if m.titles and m.titles[0] in _POSSESSIVE_GENDER and head in _KIN:
            return self.resolve_kin(m, pos)
        named = self._kin_of_named(m, head, pos)
        if named is not None:
            return named
        kin = self._kin_of_holder(m, head, pos)
        if kin is None and not self.doc.dialogue and head in KIN_WORDS and m.titles[:1] == (
                "the",) and _OWNER.search(m.text):
            return self._report_kin(m), 0.75  # `the man's daughter said`
        return (kin, 0.75) if kin is not None else None

    def _unnamed_kin(self, key: int) -> bool:
        """key is somebody's relative nobody named (`Their father`, see _story_relative)."""
        return self.people.current(key) in {
            self.people.current(k) for k in self._spokespeople.values()}

    def _report_kin(self, m: Mention) -> int:
        """A report's relative whom nobody known is (`the man's daughter said`, `His son
        said:`, `Lucy's mother` with no Mrs. of Lucy's name): somebody of their own, with the
        kin word's gender, the same each time the report writes the same words (as `her
        official spokesman` is, see _unheld_role), never the person who spoke before."""
        words = m.text.lower()
        if words not in self._spokespeople:
            self._spokespeople[words] = self.people.anonymous(m).key
        return self._spokespeople[words]

    def _kin_of_named(self, m: Mention, head: str, pos: int) -> tuple[int | None, float] | None:
        """`Lucy's mother`: never Lucy; the one her family name tells (see _family), else in a
        story a person of her own, the same each time the story says it (in a report,
        nobody known); when the owner is nobody known (`Jayden's mother said`, Jayden named
        nowhere else), somebody of their own, the same for the same words. None when the
        words name no owner."""
        owner_word = m.name[-1] if head in _KIN and m.name else ""
        if owner_word[-2:] not in ("'s", "’s"):
            return None
        owner = self.named_in_line(owner_word[:-2], pos)
        if owner is None:
            return (self._report_kin(m), 0.75) if m.gender != "unknown" else None
        family = self._family(owner.key, head, m, pos)
        if family is None:
            family = self._kin_set_off(owner.key, head, m, pos)
        if family is not None:
            return family, 0.75
        if not self.doc.dialogue:
            return self._report_kin(m), 0.75
        key = self._kin_people.get((owner.key, head))
        if key is None:
            key = self._kin_people[(owner.key, head)] = self.people.anonymous(m).key
        return key, 0.75

    def _kin_set_off(self, owner: int, head: str, m: Mention, pos: int) -> int | None:
        """`Kemi's mother` after `Kemi laid the table. Her mother, Siobhan, at the end`: the
        person the section named, set off after the same kin word, with a his/her that
        means the owner (or the owner's own name); the last such, when of the kin word's
        gender (see _kin_of_named)."""
        found = None
        for a in _kin_set_off(head).finditer(self.doc.text, self.doc.section_start(pos), pos):
            if self._in_quote(a.start()):
                continue
            word = a.group(1).lower()
            if word in _POSSESSIVE_GENDER:
                means, _ = self.people.resolve_pronoun(a.start(), _POSSESSIVE_GENDER[word],
                                                       self.sentence_at(a.start()))
            else:
                named = self.named_in_line(a.group(1)[:-2], a.start())
                means = named.key if named is not None else None
            if means == owner:
                found = a
        if found is None:
            return None
        keys = [mm.key for mm in self.people.between(found.start(2), found.end(2))]
        if not keys or self.people.entities[keys[-1]].gender not in (m.gender, "unknown"):
            return None
        return keys[-1]

    def _firm_of(self, m: Mention, pos: int) -> tuple[int | None, float]:
        """A report's role of several people (`the officials said`, `the analysts`) is no
        one person; but the analysts of a firm write for it (`Cobham Bank analysts said`,
        `the bank's analysts wrote`): the organisation, as `the bank said` would be."""
        words = m.titles[:-1]
        if m.name:
            org = replace(m, kind="org", text=" ".join(m.name), name=tuple(
                re.sub(r"[’']s$", "", w) for w in m.name), titles=(), definite=True)
            e = self.people.find(org, pos)
            return (e.key, 0.8) if e is not None and e.organisation else (None, 0.0)
        if words[:1] == ("the",) and len(words) == 2 and words[1] in _BUSINESS_KINDS:
            key, conf = self.resolve_org(replace(
                m, kind="org", text=f"the {words[1]}", titles=words), pos)
            return (key, conf) if conf > ORG_KIND_CONFIDENCE else (None, 0.0)
        return None, 0.0

    def _owned_holder(self, m: Mention, pos: int) -> int | None:
        """`Zarand’s deputy ambassador said` after `Zarand’s deputy ambassador, Hossein
        Mirzaei-Rad,`: the person set off after the same words, an owner's name and its
        role, the last time the narration wrote them (not whoever holds an ambassador's
        title last)."""
        if not _OWNED_ROLE.match(m.text):
            return None
        found = None
        for a in re.compile(rf"\b{re.escape(m.text)}, (?=({_NAME_AT}),)").finditer(
                self.doc.text, 0, pos):
            if not self._in_quote(a.start()):
                found = a
        if found is None:
            return None
        keys = [mm.key for mm in self.people.between(found.start(1), found.end(1))
                if not self.people.entities[mm.key].organisation]
        return self.people.current(keys[-1]) if keys else None

    def _kin_of_holder(self, m: Mention, head: str, pos: int) -> int | None:
        """`the undertaker's wife` when one named person holds the role (`Mr. Sowerberry, the
        undertaker,`): his wife, as `his wife` would be (see _family); with two holders,
        nobody known."""
        if head not in _KIN or len(m.titles) < 3:
            return None
        owner = replace(m, titles=m.titles[:-1])
        keys = self._holders(owner, m.titles[-2], pos)
        return self._family(keys[0], head, m) if len(keys) == 1 else None

    def _role_as_pronoun(self, m: Mention, head: str, near: int | None, conf: float
                         ) -> tuple[int | None, float]:
        """A role with no holder read like a pronoun, a little less surely: the nearest
        person, unless that is somebody unnamed (`a spokesman for X` is only `the
        spokesman`), the role is a spokesman's (never the person he speaks for), the person
        holds another office (`Mayor Tom Ruiz spoke.` then `the senator said`), or the role
        is somebody they meet (`critics`, `his opponent`, `the officer`; see
        _not_an_epithet)."""
        if near is None:
            return None, 0.0
        e = self.people.entities[near]
        if not e.last or head in _SPOKESPEOPLE or _cannot_mean(m, head, e):
            return None, 0.0
        return near, conf * 0.85

    def _titled(self, m: Mention, head: str, keys: list[int], pos: int) -> int | None:
        """A story's character known by a capitalised title: `the Queen` goes on speaking
        after `the Queen of Hearts` is named, and `the King` whom nobody holds the title of
        is a character of his own, not the last one who spoke."""
        own = [k for k in keys if k in self._title_people]
        if own:
            return self.people.last_mentioned(own, pos)
        if self.doc.dialogue and not keys and _capital_title(m, bare=True):
            later = self._named_later(m, head, pos)
            return later if later is not None else self._title_person(m, head, pos)
        return None

    def _named_later(self, m: Mention, head: str, pos: int, subject: bool = False
                     ) -> int | None:
        """A story's `said the Colonel` before the same section names `Colonel Aldous
        Wrexham`: the one person so named later in it (not `General Perovski` of a later
        chapter, nor either of two colonels); with subject, also one named by title and
        surname only, first as a sentence's subject (`the doctor said` before `Dr. Kearsley
        buttoned his coat`; not `the memoirs of General Perovski`)."""
        section = self.doc.section_start(pos)
        later = [e.key for e in self.people.entities if _holds(m, head, e) and (
            e.first or (subject and self._named_as_subject(e.key))) and (
            self.people.first_named(e.key) > pos)]
        if len(later) != 1 or self.doc.section_start(self.people.first_named(later[0])) != (
                section):
            return None
        return later[0]

    def _titled_surname(self, head: str) -> tuple[str, ...]:
        """The one surname the text writes after the capitalised title anywhere from its
        first paragraph on, its lines included (`“Of Colonel Dacre,” returned Mrs. Pembury`
        for a story's `the Colonel` whom the narration never names): the title and that
        name, else ()."""
        if not head:
            return ()
        body = next((lo for (lo, _hi), b in zip(self.doc.bounds, self.doc.article.blocks,
                                                 strict=True) if b.kind == "paragraph"), 0)
        dot = r"\.?" if head in ABBREVIATIONS else ""  # `Col. Dacre`; not `Sorry, Mum. Starving.`
        found = {f.group(1) for f in re.compile(
            rf"\b{re.escape(head.capitalize())}{dot} ([A-Z][a-z]+)\b").finditer(
                self.doc.text, body)}  # not the headline's `What Grandpa Kept`
        found -= {w for w in found if w.lower() in NOT_NAMES or w.lower() in TITLES}
        return (head.capitalize(), found.pop()) if len(found) == 1 else ()

    def _named_as_subject(self, key: int) -> bool:
        """The narration first names key as a sentence's subject."""
        first = self.people.first_named(key)
        return any(mm.key == key and mm.rank >= SUBJECT_RANK
                   for mm in self.people.between(first, first + 1))

    def _title_person(self, m: Mention, head: str, pos: int) -> int:
        """A capitalised title nobody holds (`the Queen`, `the King`) as a person of its own;
        so is a presiding role in lower case (`the chair`, called `Chair`)."""
        person = replace(m, kind="name", titles=(*m.titles, head) if head else m.titles,
                         name=self._titled_surname(head) or m.name or (head.capitalize(),))
        if person.gender == "unknown":
            person = replace(person, gender=self._called_as(head))
        key = self.people.add(person, pos).key
        self._title_people.add(key)
        return key

    def _called_as(self, head: str) -> Gender:
        """The gender the text's calls give a title nobody holds by name: `Mr Speaker` in
        the lines makes the Speaker a man (`The Speaker then called Lucy Hartigan…` / `“…,”
        she said` is Lucy's), `Madam Chair` a woman; unknown when none or both are found."""
        if not head:
            return "unknown"
        word = head.capitalize()
        text, found, at = self.doc.text, set(), self.doc.text.find(word)
        while at >= 0:  # (str.find: this reads the whole text, once per title)
            c = _CALLED_AS.search(text, max(0, at - 8), at)
            if c is not None and not text[at + len(word) : at + len(word) + 1].isalpha():
                found.add(c.group(1).lower().rstrip("."))
            at = text.find(word, at + len(word))
        genders: set[Gender] = {"male" if w in ("mr", "mister") else "female" for w in found}
        return genders.pop() if len(genders) == 1 else "unknown"

    def _holders(self, m: Mention, title: str, pos: int) -> list[int]:
        """The people who hold the role's title (else its first one: `the senator and
        candidate`), not under a greater title than the role's (see _lesser_title); in a
        story only those named before pos (or never, for one made from a cue: `the General`
        on a first page is not the `General Perovski` of a later one), while a report may
        name its `the judge` after quoting him, within NAMED_AFTER_REACH (`… the judge
        exclaimed. Here was Judge Richard Berman…`)."""
        keys = [e.key for e in self.people.entities if _holds(m, title, e)
                and self.people.first_named(e.key) < (
                    pos if self.doc.dialogue else pos + NAMED_AFTER_REACH)
                and not self._described_otherwise(m, title, e, pos)]
        if not keys and "and" in m.titles and title != m.titles[m.titles.index("and") - 1]:
            return self._holders(m, m.titles[m.titles.index("and") - 1], pos)
        return keys

    def _described_otherwise(self, m: Mention, title: str, e: Entity, pos: int) -> bool:
        """A word for any person whose own words say it is not e (see DESCRIBED): a word
        opposite to one e was described by (`the short man` is not `the tall man`), or any
        word of its own when e is known only by a cue's words (`the old gentleman` is not
        `the gentleman in the white waistcoat`, see _marked, nor `another gentleman` of an
        earlier chapter or more than NEWCOMER_REACH before, see _indefinite_role); `the
        pale young man` may still be the young man who came in, `the young stranger` the
        stranger at the door of the same scene, and `the tall old lady` Lady Ash."""
        if title not in DESCRIBED:
            return False
        own = _own_words(m, title)
        words = set(self.people.canonical(e.key).lower().split()) | e.titles
        if _opposed(own, words):
            return True
        at = self._one_offs.get(e.key, pos)
        known_so = e.key in self._described_only or at < max(
            self.doc.section_start(pos), pos - NEWCOMER_REACH)
        return known_so and bool(own - words)

    def one_off(self, key: int) -> bool:
        """key is somebody of their own a cue brought in (`a reporter asked`, see
        _indefinite_role)."""
        return key in self._one_offs

    def _near(self, m: Mention, pos: int) -> tuple[int | None, float]:
        """The person a role would mean if it were a he/she (see People.resolve_pronoun), but
        not one from another state than the role names (`Sen. Joni Ernst, R-Iowa, spoke.` /
        `The Florida senator told…`)."""
        near, conf = self.people.resolve_pronoun(pos, m.gender, self.sentence_at(pos), False,
                                                 self.doc.section_start(pos))
        if near is not None and (_other_state(m, self.people.entities[near].titles) or (
                self._called_otherwise(near, _role_head(m)))):
            return None, 0.0  # nor `the King` for `the boy`
        return near, conf

    def _called_otherwise(self, key: int | None, head: str) -> bool:
        """The story calls key by a kin word or a rank other than the role's head (`Grandma`
        for `his mother`, `the King` for `the boy`; a Magister is no `boy`): key is that,
        not this one."""
        if key is None:
            return False
        e = self.people.entities[key]
        word = (e.first or e.last).lower()
        if word in _KIN_ADDRESS:
            return _KIN_ADDRESS[word] != head
        if _too_grown(head, e):
            return True  # `said the boy at the bottom` is not Magister Iolo Garnet
        return word in HONORIFIC_GENDER and word != head

    def _from_elsewhere(self, m: Mention, keys: list[int]) -> bool:
        """The role names a state none of its holders is known from (`the Florida senator`,
        and the senators named are `Sen. Bernie Sanders` and `Sen. Joni Ernst, R-Iowa`): the
        senator may be one the article never called so (`Marco Rubio`)."""
        here = state_of(m.titles)
        return here is not None and all(
            state_of(self.people.entities[k].titles) != here for k in keys)

    def _indefinite_role(self, m: Mention, head: str, pos: int) -> tuple[int | None, float]:
        """`a spokesman` is somebody of their own (never merged with anyone), unless the words
        after give their name (`a church volunteer who gave her name only as Marites`, see
        GAVE_NAME), and so is the writer's `my mother` (see _tellers_own); `officials` is
        nobody in particular."""
        if m.titles[0] in ("a", "an", "one", "another") and not head.endswith("s"):
            body = self._body_spoken_for(m, head, pos)
            if body is None:
                body = self._for_the_kind(m, head, pos)
            self._body_voices.pop(head, None)
            if body is not None:
                self._body_voices[head] = body  # and `the spokesperson added` after it
                return body, 0.8  # `The Home Office said the flight was off. A spokesperson
                # said: ‘…’`: the Home Office's
            given = self._gave_name(m.end, m.start)
            if given is not None:  # `said a church volunteer who gave her name only as
                return given, 0.85  # Marites`: Marites from then on
            key = self.people.anonymous(m).key
            self._one_offs[key] = m.start
            return key, 0.85
        if m.titles[0] in _TELLERS and head in OWN_NOUNS:
            return self._tellers_own(m, pos), 0.8
        return None, 0.0

    def _kin_epithet(self, m: Mention, head: str, pos: int) -> int | None:
        """A report's `the grandmother` or `the mother` after a sentence whose subject is a
        named person of that gender (`Parveen Bibi said she did not know… “…,” the
        grandmother said.`, `Outside court, Jane Rowe wept. “…,” the mother said.`): that
        person, whom the word describes (see _last_opener), when named in the kin word's
        own paragraph; else nobody known, as a report's `the husband` after `a couple from
        Leeds` is somebody's, and `the mother of the victim` is."""
        said = _noun_gender(head)
        if said is None or m.titles[:1] != ("the",) or _OF_AFTER.match(self.doc.text, m.end):
            return None
        key = self._last_opener(said, pos)
        last = next((mm for mm in self.people.before(pos) if mm.key == key), None)
        if last is None or last.pos < self.doc.bounds[self.block_at(pos)][0] or next(
                self._unnamed_between(last.pos, pos), None) is not None or _SOME_PEOPLE.search(
                    self.doc.text, last.pos, pos):
            return None  # only in its own paragraph, with nobody brought in unnamed since
            # (`Tom Hale met a couple from Leeds. “…,” the husband said.`)
        return key

    def _gave_name(self, end: int, at: int) -> int | None:
        """The person somebody unnamed is, brought in at `at`, when the words from `end` give
        their name (`a church volunteer who gave her name only as Marites`: see GAVE_NAME),
        with the gender those words tell."""
        given = GAVE_NAME.match(self.doc.text, end)
        if given is None:
            return None
        words = given["name"]
        e = self.people.add(Mention("name", words, given.start("name"), given.end("name"),
                                    tuple(words.split())), at)
        if given["own"]:
            e.vote(_POSSESSIVE_GENDER[given["own"]], 2)
        return e.key

    def _body_spoken_for(self, m: Mention, head: str, pos: int) -> int | None:
        """A report's `a spokesperson` (or `a department spokesman`: words in lower case
        only) that says for whom nowhere, when one organisation is the subject just before
        (see _org_subject): that organisation, whose words the spokesperson speaks."""
        if self.doc.dialogue or head not in _BODY_VOICES or m.text[1:] != m.text[1:].lower() or (
                _SET_OFF_AFTER.match(self.doc.text, m.end)):
            return None
        body = self._org_subject(pos)
        kinds = [w for w in m.titles[1:-1] if w in ORG_HEADS]
        if body is None or not kinds:
            return body
        e = self.people.entities[body]
        words = {w.lower() for f in e.forms for w in re.findall(r"[\w-]+", f)}
        return body if all(w in words or (w in _BUSINESS_KINDS and self._fits(body, w))
                           for w in kinds) else None  # not `A council spokesman` for a
        # company

    def _for_the_kind(self, m: Mention, head: str, pos: int) -> int | None:
        """A report's `a spokesperson for the company` (or the council, the trust): the
        organisation `the company` means there (see resolve_org) when it is known by a name,
        as `a spokesperson for Castlegate Homes` is; else None (somebody of their own)."""
        kind = _FOR_THE_KIND.match(self.doc.text, m.start + len(m.text.split(" for ")[0]))
        if self.doc.dialogue or head not in _BODY_VOICES or kind is None:
            return None
        at = kind.start(1)
        body = Mention("org", f"the {kind[1]}", at - 4, at + len(kind[1]), (),
                       ("the", kind[1].lower()))
        key, conf = self.resolve_org(body, at)
        return key if key is not None and conf >= 0.75 and self.people.entities[
            self.people.current(key)].organisation and any(
                w[:1].isupper() for w in self.people.entities[key].forms[0].split()) else None

    def _writers_own_subject(self, gender: Gender, pos: int) -> int | None:
        """A he/she nobody named answers to: somebody the writer knows that a sentence of its
        paragraph brings in before it, as its subject or anywhere in it (`My mother joined
        WhatsApp in March… “…,” she wrote`, `My editor was unmoved. “…,” she said`, `I called
        my mother to discuss it. “…,” she said`, `I stood next to my dad`), or the paragraph
        before when the pronoun's opens with the line; the last such one whose gender fits
        (an editor's is any). Not when those paragraphs name somebody before the pronoun,
        nor in quoted words."""
        block = self.block_at(pos)
        lo = self.doc.bounds[block][0]
        found = self._own_in(lo, pos, gender)
        told = self.doc.first_person or self.doc.dialogue
        if found is None and block > 0 and (self.doc.text[lo : pos].lstrip()[:1] in _OPENERS or (
                told and self._keeps_in_view(block, gender))):
            found = self._own_in(self.doc.bounds[block - 1][0], lo, gender)
            back = block - 1
            while found is None and back > 0 and block - back < OWN_PARAGRAPHS and (
                    self._keeps_in_view(back, gender)):
                back -= 1
                found = self._own_in(self.doc.bounds[back][0], self.doc.bounds[back][1], gender)
        if found is None:
            return None
        named = _OWN_NAMED.match(self.doc.text, found.end())
        if named is not None:  # `My neighbour on plot 12, Frank, swears by beer traps.`
            name = named.group(1)
            return self.people.add(Mention("name", name, named.start(1), named.end(1),
                                           name=tuple(name.split()), gender=gender), pos).key
        own = 1 if found.group(1) else 2
        words = (found.group(own).lower(), *found.group(3).split(), found.group(4))
        m = Mention("role", self.doc.text[found.start(own) : found.end()], found.start(own),
                    found.end(), titles=words, gender=_person_noun_gender(words[-1]) or "unknown")
        return self._tellers_own(m, pos)

    def _family_called(self, noun: str, pos: int) -> int | None:
        """The one person a story or a first-person piece names before pos by a family word
        for noun (`Mum`, `Mamá` for `my mother`; `Dad`, `Papa` for `my father`; see
        FAMILY_CALLS; `Abuela` for `my grandmother`, see HOME_CALLS), whom the teller's `my
        mother` means."""
        calls = {unaccented(w) for w in (*FAMILY_CALLS.get(noun, ()), *HOME_CALLS.get(noun, ()))}
        if not calls or not (self.doc.dialogue or self.doc.first_person):
            return None
        keys = {self.people.current(e.key) for e in self.people.entities
                if not e.organisation and not e.first and unaccented(
                    self.people.canonical(e.key).lower()) in calls
                and (self.people.first_named(e.key) < pos or self.doc.told_by_i)}
        return keys.pop() if len(keys) == 1 else None  # (in the teller's own piece `Mum`
        # may come later: `said my mother` … `Mum smiled`)

    def _keeps_in_view(self, block: int, gender: Gender) -> bool:
        """Paragraph block names nobody who may be of gender (but the writer's own people)
        and its narration speaks of a he/she of gender (`“Why don't you ever say goodbye?” I
        asked her once.`): the writer's own person named before it is still the one a he/she
        after it means (see _writers_own_subject)."""
        lo, hi = self.doc.bounds[block]
        if any(self._names_somebody(mm.key, gender) for mm in self.people.between(lo, hi)):
            return False
        words = _HIM if gender == "male" else _HER
        return any(not self._in_quote(w.start()) for w in words.finditer(self.doc.text, lo, hi))

    def _names_somebody(self, key: int, gender: Gender) -> bool:
        """The entity key is a person who may be of that gender and none of the writer's own
        people (see _own_in)."""
        return not self.people.entities[key].organisation and self.people.compatible(
            key, gender) and key not in {k for _words, k in self._teller_people}

    def _own_in(self, lo: int, hi: int, gender: Gender) -> re.Match[str] | None:
        """The last `My mother`-like phrase in text[lo:hi] (see _writers_own_subject), or None
        when that text names a person who may be of that gender, other than in a speaker's
        label opening it (`Dara Kinsella: My mother came to my first show…`); a boy named
        there does not keep `My mother thanked him` from her `she said`."""
        label = _LABEL.match(self.doc.text, lo, hi)
        named = [mm for mm in self.people.between(label.end() if label else lo, hi)
                 if self._names_somebody(mm.key, gender)]
        if any(not PRONOUN_AT.match(self.doc.text, mm.pos) for mm in named):
            return None
        found = None
        for w in _MY_OWN.finditer(self.doc.text, lo, hi):
            noun = w.group(4)
            if noun in OWN_NOUNS and not self._in_quote(w.start()) and (
                    _person_noun_gender(noun) in (gender, None)):
                found = w
        if found is None or any(mm.pos < found.end() for mm in named):
            return None  # (but a he/she after the phrase that the narration took for somebody
            # names nobody: `My mother picked me up. She didn’t say anything…`)
        return found

    def _tellers_own(self, m: Mention, pos: int) -> int:
        """`my mother said`, `our guide said`: somebody the writer knows: the one the
        narration named after the same words (`My aunt Ilinca, who…`, see _kin_named), else a
        person of their own and the same each time (`my older brother` is `my brother`
        later), but not one whose other words differ (`my younger brother`)."""
        named = self._kin_named(m, pos)
        if named is None:
            named = self._family_called(m.titles[-1], pos)
        if named is not None:
            return named  # `My aunt Ilinca, who…` before: `said my aunt`; `Mamá` for `my
            # mother`
        words = frozenset(m.titles[1:])
        for own, key in reversed(self._teller_people):
            if own <= words or words <= own:
                return key
        key = self.people.anonymous(m).key
        self._teller_people.append((words, key))
        return key

    def _held_later(self, m: Mention, title: str, pos: int) -> bool:
        """In a report, somebody holds the role's title but is first named beyond
        NAMED_AFTER_REACH after it: the role is most likely them, so it is nobody nearer
        (`Tom Brady's lawyers argued… “…,” the judge said.` … `Judge Richard Berman`)."""
        return not self.doc.dialogue and any(
            _holds(m, title, e)
            and self.people.first_named(e.key) >= pos + NAMED_AFTER_REACH
            for e in self.people.entities)

    def _unnamed_role(self, m: Mention, head: str, pos: int) -> tuple[int | None, float] | None:
        """A role that means somebody met without a name: in a story, one set apart by what
        they wear or where they sit (see _marked); one brought in just before (`A second CIA
        officer backed Bob's account. … the officer said`): nobody named, but in a story a
        character of their own (`A small boy came… / said the boy`, see _newcomer; `A beggar
        sat by the door.` / `said the beggar`, see _bit_part) unless the words are set off
        with a name (`A juror, Mr. Blunt, rose`, see _named_with), and in a report too when
        the role is a passer-by's (`A man in the audience shouted at her. “…?” the man
        said.`, see _passer_by) or the words open a sentence (`A senior aide said…` / `the
        aide said`, see _unnamed_source); a report's `the spokesperson` after `a spokesperson`
        who spoke for a body is that body (see _indefinite_role). None: go on as for any
        role."""
        if m.titles == ("the", head) and head in self._body_voices:
            return self._body_voices[head], 0.8  # `A spokesperson for the company said…`
            # / `the spokesperson added`: the company's still
        mark = self._mark(m, head)
        if mark:
            return self._marked(m, head, mark, pos), REPLY_CONFIDENCE
        at, end = self._unnamed_before(m, head, pos) if head else (-1, -1)
        if at >= 0 and not at < m.start < end and self._generic_one(m, head, at, pos):
            at, end = -1, -1  # `Judge Adaeze Okafor's chambers… in case a judge ever threw
            # him out.` / `the judge said`: Okafor, not the judge of his joke
        if at < m.start < end:  # `“…,” another New Hampshire Republican added`: the
            words = self.doc.text[at : max(end, m.end)]  # cue's own words, somebody new
            return self._indefinite_role(replace(
                m, text=words, start=at, titles=tuple(words.lower().split())), head, pos)
        if at < 0:
            named = self._named_by(m, head, pos)
            if named is None and head in _GENERIC_SOURCES and not self.doc.dialogue:
                return self._generic_source(m, pos)  # `said a longtime adviser…` / `the person`
            return (named, REPLY_CONFIDENCE) if named is not None else None
        named = self._named_with(at, end)
        if named is not None:  # `Mr. Dale, a lawyer from the town, sat down`
            self.people.describe(named, (head, *self.doc.text[at:end].lower().split()[1:]))
            return named, REPLY_CONFIDENCE
        if head in _GENERIC_SOURCES and not self.doc.dialogue:
            source = self._unnamed_source(m, head, end)  # `A person close to him said…`
            return (source if source is not None else self._brought_in_key(m, at, end)), 0.8
        if self._passer_by(m, head) or self._bit_part(m, head, []):
            return self.people.anonymous(m).key, 0.8  # `A man in the audience shouted.`
        newcomer = self._newcomer(m, head, pos) if (
            self.doc.dialogue and head in DESCRIBED) else None
        if newcomer is None and not self.doc.dialogue and (m.titles[:1] == ("the",) or (
                self.doc.text[max(0, m.start - 4) : m.start].lower() == "the ")):
            source = self._unnamed_source(m, head, end)  # `A senior aide said… / the aide`,
            # `One Liberal MP from Toronto said… / the MP`
            return (source, 0.8) if source is not None else (None, 0.0)
        return (newcomer, REPLY_CONFIDENCE) if newcomer is not None else (None, 0.0)

    def _brought_in_key(self, m: Mention, at: int, end: int) -> int:
        """The somebody unnamed whom text[at:end] brings in (`said a person familiar with the
        talks`, `a separate intelligence source familiar with the investigation did so`): the
        one a cue there made (see _indefinite_role), else one of their own."""
        key = next((k for k, start in self._one_offs.items() if start == at), None)
        if key is None:
            key = self._unnamed_keys.get(at)
        if key is None:
            words = self.doc.text[at:end]
            intro = replace(m, text=words + _whose(self.doc.text, end), start=at, end=end,
                            titles=tuple(words.lower().split()))
            key = self._unnamed_keys[at] = self.people.anonymous(intro).key
        return key

    def _generic_source(self, m: Mention, pos: int) -> tuple[int | None, float]:
        """A report's `the person`, `the insider`, `the source` (see _GENERIC_SOURCES): the
        unnamed somebody who spoke last, in this paragraph or the one before (`“…,” said a
        longtime adviser to both Clintons, who… / “…,” the person added`), else the unnamed
        somebody by a role that opens a sentence there (`One operative inside Trump Tower
        tried to downplay… / “…,” the insider said`); nobody when the last to speak there
        has a name, or nobody was brought in unnamed."""
        block = self.block_at(pos)
        lo = self.doc.bounds[block - 1][0] if block > 0 else 0
        for q, d in reversed(self.decided.items()):
            if q.end < lo:
                break
            if q.start < pos and d.speaker is not None:
                e = self.people.entities[d.speaker]
                unnamed = not (e.first or e.last or e.organisation)
                return (d.speaker, 0.8) if unnamed else (None, 0.0)
        text = self.doc.text
        for w in reversed(list(_SOMEONE_ANY.finditer(text, lo, pos))):
            if w.group(1) not in ROLE_NOUNS or w.group(1).endswith("s") or self._in_quote(
                    w.start()) or text[self.sentence_at(w.start()) : w.start()].strip(
                        OPENING_MARKS):
                continue
            key = self._unnamed_keys.get(w.start())
            if key is None:
                intro = replace(m, text=w.group(0), start=w.start(), end=w.end(),
                                titles=tuple(w.group(0).lower().split()))
                key = self._unnamed_keys[w.start()] = self.people.anonymous(intro).key
            return key, 0.8
        return None, 0.0

    def _unnamed_source(self, m: Mention, head: str, end: int) -> int | None:
        """The one somebody a report brought in unnamed as the subject that opens a
        sentence, in the paragraph of the words ending at text[end] (`A senior Democratic
        aide said…`; `A nurse who worked there said staffing was often one nurse for 40
        residents.` is `A nurse`, not `one nurse`), the same for every `the aide` that means
        them; None when those words open no sentence (`the state needs a senator who
        listens` brings nobody in)."""
        lo = self.doc.bounds[self.block_at(end - 1)][0]
        opening = [(a, z) for a, z in self._fitting_unnamed(m, head, lo, end)
                   if self._opens_sentence(a, z) and not self._in_quote(a)]
        if not opening:
            return None
        at, end = opening[-1]
        key = self._unnamed_keys.get(at)
        if key is None:
            words = self.doc.text[at:end].strip(" ,") + _whose(self.doc.text, end)
            intro = replace(m, text=words, start=at, end=end)
            key = self._unnamed_keys[at] = self.people.anonymous(intro).key
        return key

    def _opens_sentence(self, at: int, end: int) -> bool:
        """text[at:end] is its sentence's subject: the sentence opens with it, or with a
        phrase set off before it (`In Ankara, a Turkish foreign ministry official said…`,
        `Asked about the deal, a U.S. official said…`; see main_subject), or with a
        conjunction (`But a Democratic strategist… was more candid.`, `Then a man at the back
        of the room was on his feet.`)."""
        start = self.sentence_at(at)
        lead = self.doc.text[start:at].strip().strip(OPENING_MARKS)
        if not lead or lead.rstrip(",") in _SENTENCE_LINKS:
            return True  # `But a Democratic strategist…, was more candid.`
        toks = tokenize(self.doc.text, start, end)
        subject = main_subject(toks, len(toks), self.doc.page) if toks else None
        return subject is not None and subject.start == at

    def scene_break(self, block: int) -> bool:
        """The block is a heading or a scene break (`*   *   *`), or a scene break the reader
        kept out of the blocks follows it: a conversation does not go on across it."""
        lo, hi = self.doc.bounds[block]
        after = self.doc.bounds[block + 1][0] if block + 1 < len(self.doc.bounds) else hi
        return self.doc.article.blocks[block].kind != "paragraph" or bool(
            self.doc.text[hi:after].strip()) or not any(
                c.isalnum() for c in self.doc.text[lo:hi])

    def _described(self, m: Mention, head: str, near: int | None, pos: int
                   ) -> tuple[int | None, float] | None:
        """A story's `the child demanded`, `said the boy` whom nobody holds as a title: the
        one person the line before called by name (`“…? Randolph, what mountain are we going
        over?”` / `“Going where?” the child demanded`); else somebody the narration brought
        in unnamed (see _newcomer); not the person who spoke the line before (`“Tell me
        your name, my boy,” he said.` / `said the boy`), but the other one of that gender in
        the conversation (see _partner: `said Randolph.` / `rejoined the young man` is
        Winterbourne), or nobody when there is no such one or when the cue goes on (`added
        the young man` may be the one who just spoke); somebody of their own when placed by
        another (`said the woman next to her`, see _BESIDE_ONE); None: go on as for any
        role."""
        called = self._called_before(m.gender, pos)
        if called is not None:
            return called, REPLY_CONFIDENCE
        newcomer = self._newcomer(m, head, pos)
        if newcomer is not None:
            return newcomer, REPLY_CONFIDENCE
        if _BESIDE_ONE.match(self.doc.text, m.end) and not self._line_is_a_name(m.start):
            return self._other_newcomer(m), REPLY_CONFIDENCE  # `said the woman next to her`
        if self._described_apart(m, head, pos):
            return None, 0.0  # `said the short man` before he is known: nobody named nearby
        if near is not None and near == self._last_speaker(pos) and self._other_kind(near, head):
            return self.people.anonymous(m).key, REPLY_CONFIDENCE
        if near is not None and near == self._last_speaker(pos):
            partner = self._partner(m.gender, pos) if m.gender != "unknown" and not (
                _GOES_ON.search(self.doc.text, max(0, m.start - 20), m.end + 20)) else None
            return (partner, PARTNER_CONFIDENCE) if partner is not None else (None, 0.0)
        return None

    def _line_is_a_name(self, pos: int) -> bool:
        """The line right before the cue at pos is a name and nothing else (`“Detective
        Sergeant Thomas Okafor,” said the man beside her`): the man is who it names, not
        somebody new."""
        k = bisect.bisect_left(self.doc.quote_starts, pos) - 1
        if k < 0:
            return False
        q = self.doc.quotes[k]
        return _NAME_LINE.fullmatch(self.doc.text[q.start : q.end].strip("“”\"‘’' ,.")) is not (
            None)

    def _other_kind(self, key: int, head: str) -> bool:
        """The unnamed last speaker at key is known by words none of which fits head (`“Move
        along,” said a carter.` / `“Sorry,” the boy said.`: the boy is not the carter, but
        a character of the story's own; see _described)."""
        e = self.people.entities[key]
        words = e.titles - {"a", "an", "the", "one"}
        return not (e.first or e.last) and bool(words) and not any(_fits(w, head) for w in words)

    def _mark(self, m: Mention, head: str) -> list[str]:
        """In a story, what sets a described person apart (`the gentleman in the white
        waistcoat`: `white`, `waistcoat`); not how they speak (`in a gruff voice`)."""
        if not (self.doc.dialogue and head in DESCRIBED and m.titles[:1] == ("the",)):
            return []
        mark = _qualifier(self.doc.text, m.end, ("the",))
        return mark if mark and mark[-1] not in _MANNER else []

    def _came_in(self, gender: Gender, pos: int) -> bool:
        """A story brought in somebody unnamed of that gender who arrives, in pos's paragraph
        or the one before (`At that moment the door opened and a young man in a crumpled
        linen suit came in.` / `“I'm so sorry,” he said`), or who then acts as a he or she
        before the line (see _acts_on): the he/she at pos is them."""
        acting = _last(i for i in self._intros(lambda noun: _noun_gender(noun) in (
            gender, None), pos, self._acting_nouns) if (
                self._acts_on(i, gender, pos)))
        if acting is not None:
            return True
        intro = _last(self._intros(lambda noun: _noun_gender(noun) == gender, pos))
        if intro is None or self.block_at(intro[0]) < self.block_at(pos) - 1:
            return False
        text = self.doc.text
        stop = min((k for k in (text.find(c, intro[2], pos) for c in ".!?;") if k >= 0),
                   default=pos)
        return bool(_ARRIVES.search(text, intro[2], stop) or _LET_IN.search(
            text, max(0, intro[0] - 40), intro[0])) or self._opens_sentence_before(
                intro[0], pos)

    def _acts_on(self, intro: tuple[int, str, int], gender: Gender, pos: int) -> bool:
        """The newcomer brought in by intro opens its sentence, in pos's paragraph or the one
        before, and the narration after it goes on with a he/she of the gender before the
        line at pos, with nobody of that gender named since (`A deckhand in an orange vest
        waved the cars aboard. When it was our turn he leaned down to June’s window.` / `“…,”
        he said`): the he/she at pos is the newcomer (see _came_in)."""
        at, _noun, end = intro
        if self.block_at(at) < self.block_at(pos) - 1 or not self._opens_sentence(at, end):
            return False
        named = [mm for mm in self.people.between(at, pos) if not PRONOUN_AT.match(
            self.doc.text, mm.pos)]  # names, not the he/she that followed somebody
        if any(not e.organisation and e.gender == gender for e in (
                self.people.entities[self.people.current(mm.key)] for mm in named)):
            return False
        k = bisect.bisect_left(self.doc.quote_starts, end)
        stop = self.doc.quote_starts[k] if k < len(self.doc.quote_starts) else pos
        told = [w.lower() for w in PRONOUN_AT.findall(self.doc.text, end, min(stop, pos))]
        return any(w in ("he", "she") for w in told) and "him" not in told and all(
            GENDERED_PRONOUNS[w] == gender for w in told)  # `set it in front of him`: him
        # is somebody else

    def _opens_sentence_before(self, at: int, pos: int) -> bool:
        """The newcomer at `at` is the subject that opens (after a phrase of place and its
        comma, or one of _SENTENCE_LINKS, at most) the sentence right before pos's, in
        its paragraph, with nobody named between (`In the second row of the gallery, a woman
        in a green coat leaned toward the man beside her. “He’s going to fall apart,” she
        whispered.`), or ends the paragraph before (see _ends_paragraph_before): the one the
        he/she at pos goes on with (see _came_in)."""
        start = self.sentence_at(at)
        own = self.sentence_at(pos)
        if self.block_at(at) != self.block_at(pos) or own <= start or self.sentence_at(
                own - 1) != start or self.people.between(start, pos):
            return self._ends_paragraph_before(at, pos)
        lead = self.doc.text[start:at].strip()
        return not lead or lead.rstrip(",") in _SENTENCE_LINKS or (
            lead.endswith(",") and len(lead.split()) <= 8 and (
                lead.split()[0].lower() in PREPOSITIONS))

    def _ends_paragraph_before(self, at: int, pos: int) -> bool:
        """The newcomer at `at` is the subject of the last sentence of the paragraph before
        pos's, after a fronted phrase of place or time at most (`At the stop on Maryhill
        Road, where the 38 would normally have come through every ten minutes, an elderly
        man with a tartan shopping trolley had not heard about the strike until a reporter
        told him.`), the paragraph at pos opens with the line the he/she cues, and nobody
        is named between: the one the he/she goes on with (see _opens_sentence_before)."""
        block = self.block_at(pos)
        lines = self.doc.by_block.get(block, [])
        lo, hi = self.doc.bounds[block - 1] if block else (0, 0)
        start = self.sentence_at(at)
        if not lines or lines[0].start != self.doc.bounds[block][0] or not (
                lines[0].end <= pos <= lines[0].end + 40) or not lo <= at < hi or (
                    self.sentence_at(hi - 1) != start) or self.people.between(start, pos):
            return False
        lead = self.doc.text[start:at].strip()
        return not lead or self._scene_set(lead)

    def _scene_set(self, lead: str) -> bool:
        """lead is a fronted phrase of place or time that holds no person (`At the stop on
        Maryhill Road, where the 38…,`; not `By the second shock the anaesthetist had
        arrived,`, whose newcomer is the anaesthetist described)."""
        return bool(_FRONTED_SCENE.fullmatch(lead)) and not any(
            self._person_noun(w.lower()) for w in re.findall(r"[A-Za-z][a-z-]+", lead))

    def _intros(self, fits: Callable[[str], bool], pos: int,
                nouns: frozenset[str] | None = None) -> Iterator[tuple[int, str, int]]:
        """Where the narration of pos's section brought somebody in unnamed with a noun that
        fits (`a small boy came walking…`, `It was a man, older,`), in the NEWCOMER_REACH
        characters before pos (not one it only thinks of, see _NOT_BROUGHT_IN): offset, noun,
        where the noun ends."""
        lo = self.doc.section_start(pos)
        for found in _NEWCOMER.finditer(self.doc.text, max(lo, pos - NEWCOMER_REACH), pos):
            noun, end = _intro_noun(found, DESCRIBED if nouns is None else nouns)
            if noun and fits(noun) and not self._in_quote(found.start()) and (
                    not _NOT_BROUGHT_IN.search(self.doc.text, max(lo, found.start() - 40),
                                               found.start()) or _PRESENTED.search(
                        self.doc.text, max(lo, found.start() - 12), found.start())) and (
                    not _A_WORK_ABOUT.search(self.doc.text, found.start(), end)) and (
                    not _ANYONE_WHO.match(self.doc.text, end)) and not (
                        found.group().startswith("The ") and " who " in found.group() and (
                            self._named_in_rest(end))):
                yield found.start(), noun, end

    def _named_in_rest(self, pos: int) -> bool:
        """The rest of pos's paragraph names somebody (`The man who came in was broad and
        grey-bearded… Bertrand Osgood, Earl of Amersey, did not look at…`): the one who came
        is who it names, no newcomer (see _NEWCOMER)."""
        return any(not PRONOUN_AT.match(self.doc.text, mm.pos) for mm in self.people.between(
            pos, self.doc.bounds[self.block_at(pos)][1]))

    def _newcomer(self, m: Mention, head: str, pos: int) -> int | None:
        """`The third gentleman now stepped forth.` … `said the gentleman`; `a small boy came
        walking along the path` … `said the child`: the last person the narration brought in
        unnamed (see _intros) and not described otherwise (`A tall man and a short man came
        in.` / `said the short man`, see _opposed: then, once the other has spoken, a
        character of their own, see _other_newcomer), unless somebody who may be of that
        gender (or of unknown gender) was first named since (the newcomer may have got a
        name; but another newcomer is no such name). The newcomer is a
        character of their own, voiced as the role names them, and the role is theirs from
        then on (`the boy` again is them). Words set off after a name describe that person
        (`Mr. Dale, an old gentleman, came in`, see _named_with): the role and the
        words are theirs, so `the young gentleman` is not Mr. Dale."""
        intros, fitting = self._fitting_intros(m, head, pos)
        intro = _last(fitting)
        if intro is None:
            met = any(i[0] in self._newcomers for i in intros)
            return self._other_newcomer(m) if met else None
        at, noun, end = intro
        named = self._named_with(at, end)
        if named is not None:  # `Mr. Dale, an old gentleman, came in`: no newcomer, Mr. Dale
            self.people.describe(named, (head, *self.doc.text[at:end].lower().split()[1:]))
            return named
        if at in self._newcomers:
            key = self.people.current(self._newcomers[at])
            self.people.describe(key, (head,))  # `the boy` who came is `the child` now too
            return key
        gender = _noun_gender(noun) or m.gender
        unnamed = {self.people.current(k) for k in (*self._newcomers.values(),
                                                      *self._others.values())}
        for mm in self.people.between(at, pos):
            e = self.people.entities[mm.key]
            if (self.people.named_at[mm.key][0] >= at and not e.organisation
                    and mm.key not in unnamed
                    and (gender == "unknown" or e.gender in (gender, "unknown"))):
                if self._name_given(mm.pos):
                    self.people.describe(mm.key, (head,))  # `A girl … was stacking chairs.
                    return mm.key  # Her name, I found out later, was Bex Adeyinka.`: Bex
                return None  # but `the young man` is no name `the old man` got
        return self._new_newcomer(m, _as_described(m), at, noun)

    def _named_with(self, at: int, end: int) -> int | None:
        """The person whose name the words text[at:end] are set off with: after it (`Mr.
        Dale, an old gentleman with a cane, came in`, `came in with Mr. Fox, a young
        gentleman from town`, `Martin, who was a tutor,`; not a name that ends a sentence's
        opening clause or phrase, `When he saw Tom, a young man came out`, `Beside Tom, a
        young man sat`) or before it (`A juror, Mr. Blunt, rose`): they describe that
        person, who came in under a name; so do words that give the name (`A fox named
        Juniper lived`, see _NAMED_AS). Not an item of a list: a name inside its sentence
        whose words go on with `, and`, after a colon or before a name (`three persons: Tom,
        an old man with a beard, and a little girl`, `In the parlour were Tom, a stranger …,
        and Mary`); but `Mr. Dale, an old gentleman, and his friend, Mr. Fox, came in`, `Mr.
        Lorry, an old gentleman, and Jerry Cruncher, a porter,` and `At the gate stood
        Joseph, an old servant, and a young groom` describe him."""
        after = _SET_OFF_NAME.match(self.doc.text, end) or _NAMED_AS.match(self.doc.text, end)
        g = next((i for i in (1, 2) if after and after.group(i)), 1)
        named = self.people.between(after.start(g), after.end(g)) if after else []
        if named:
            return self.people.current(named[0].key)
        opening = _FIRST_WORD.search(self.doc.text, self.sentence_at(at), at)
        word = opening.group() if opening else ""
        if opening_subordinator(word) or word.endswith("ing"):
            return None  # `When he saw Tom, a young man…`, `Seeing Mr. Ross, a young man…`
        phrase = word.lower() in PREPOSITIONS | {"unlike"}
        for mm in reversed(self.people.between(at - 60, at)):
            if phrase and opening and not self.doc.text[opening.end() : mm.pos].strip():
                return None  # `Beside Tom, a young man sat` (but `At the door stood Tom, …`)
            if _SET_OFF_AFTER_NAME.fullmatch(self.doc.text, mm.pos, at):
                before = self.doc.text[self.sentence_at(at) : mm.pos]
                more = _IN_A_LIST.match(self.doc.text, end)
                listed = more is not None and before.strip(OPENING_MARKS + " \n") != "" and (
                    more.group(1).isupper() or ":" in before)
                return None if listed else self.people.current(mm.key)
        return None

    def _described_apart(self, m: Mention, head: str, pos: int) -> bool:
        """Everybody the narration brought in who fits the role is described otherwise (`A
        tall man and a short man came in.` / `said the short man` before the tall man has
        spoken): the role means somebody unnamed, never a named person nearby."""
        intros, fitting = self._fitting_intros(m, head, pos)
        return bool(intros) and not fitting

    def _fitting_intros(self, m: Mention, head: str, pos: int
                        ) -> tuple[list[tuple[int, str, int]], list[tuple[int, str, int]]]:
        """The intros whose noun fits the role (see _intros), and those of them not
        described opposite to its own words (`a tall man` is not `the short man`)."""
        own = _own_words(m, head)
        intros = list(self._intros(lambda noun: _fits(noun, head), pos))
        return intros, [i for i in intros if not _opposed(
            own, set(self.doc.text[i[0] : i[2]].lower().split()))]

    def _other_newcomer(self, m: Mention) -> int:
        """Somebody described as the opposite of the newcomer who came in (`A tall man and a
        short man came in.` / `said the short man`): a character of their own, found again
        by the same words."""
        name = _as_described(m)
        if name.lower() not in self._others:
            self._others[name.lower()] = self.people.anonymous(replace(m, text=name)).key
        return self.people.current(self._others[name.lower()])

    def _pronoun_newcomer(self, m: Mention, pos: int) -> int | None:
        """`She went by once more and I caught her eye, and she came over…` after `a girl` was
        brought in: a `she said` nobody named answers is that newcomer (see _newcomer), when
        no other woman was named since (one of unknown gender is not taken for her, see
        described_since; a he/she taken for somebody else is no name given); or somebody
        brought in by a role word who then acts as that he/she (see _acts_on)."""
        intro = _last(i for i in self._intros(
            lambda noun: _noun_gender(noun) in (m.gender, None), pos, self._acting_nouns)
            if (i[1] in _PRONOUN_NEWCOMERS and (_noun_gender(i[1]) == m.gender or (
                self._gendered_after(i[2], m.gender)))) or self._acts_on(i, m.gender, pos))
        if intro is None:
            return None
        at, noun, end = intro
        named = self._named_with(at, end)
        if named is not None:
            return named  # `The jury also heard from Kerensa Hosking, a barmaid at the Star
            # Inn, who…` / `“…,” she said`: the words describe her, no newcomer
        newcomer = self.people.current(self._newcomers[at]) if at in self._newcomers else None
        for mm in self.people.between(at, pos):
            if PRONOUN_AT.match(self.doc.text, mm.pos):
                continue  # a he/she taken for somebody before is no name given since
            e = self.people.entities[mm.key]
            if newcomer is None and not e.organisation and e.gender in (m.gender, "unknown") and (
                    self._name_given(mm.pos)):
                return mm.key  # `A girl … Her name, I found out later, was Bex Adeyinka.`
            if mm.key != newcomer and not e.organisation and e.gender == m.gender:
                return None
        if newcomer is not None:
            return newcomer
        given = self._name_given_next(m.gender, pos)
        if given is not None:
            return given  # `A man at the bar… “…,” he said.` / `His name was Ernest,`
        found = _NEWCOMER.match(self.doc.text, at)
        words = found.group(1).split() if found else [noun]
        age = [w for w in words[: words.index(noun)] if w in _AGE] if noun in words else []
        name = " ".join(["the", *age, noun])  # `a beautiful young lady`: `the young lady`
        role = _ROLE_SET_OFF.search(self.doc.text, max(0, at - 40), at)
        if role is not None:  # `The driver, an older man with a cap,`: `the driver`
            name = f"the {role.group(1)}"
        return self._new_newcomer(Mention("role", name, m.start, m.end, titles=("the", noun),
                                          gender=m.gender), name, at, noun)

    def _gendered_after(self, end: int, gender: Gender) -> bool:
        """The sentence after a newcomer brought in with a noun of no gender (`A nurse came by
        with a trolley.`) opens with a he/she or his/her of the gender (`Her badge said
        BISI.`): the newcomer is of that gender (see _pronoun_newcomer)."""
        stop = self.doc.text.find(".", end)
        nxt = _PRONOUN_OPENS.match(self.doc.text, stop + 1) if stop >= 0 else None
        return nxt is not None and GENDERED_PRONOUNS.get(nxt.group(1).lower()) == gender

    def _name_given_next(self, gender: Gender, pos: int) -> int | None:
        """The person the paragraph after pos's opens by naming as the one just brought in
        (`His name was Ernest, and he told me…`), when of that gender or none known."""
        block = self.block_at(pos) + 1
        if block >= len(self.doc.bounds):
            return None
        lo = self.doc.bounds[block][0]
        for mm in self.people.between(lo, lo + 40):
            e = self.people.entities[mm.key]
            if not e.organisation and e.gender in (gender, "unknown") and self._name_given(
                    mm.pos):
                return self.people.current(mm.key)
        return None

    def _name_given(self, pos: int) -> bool:
        """The name at pos is the one the narration gives the person just brought in (`Her
        name, I found out later, was Bex Adeyinka.`, `His name was Henryk Sobczak`)."""
        return _NAME_WAS.search(self.doc.text, max(0, pos - 60), pos) is not None

    def _new_newcomer(self, m: Mention, name: str, at: int, noun: str) -> int:
        """The entity of the newcomer brought in at `at` as `a <noun>`, named name; the
        noun and the role's head are their role words from then on."""
        e = self.people.anonymous(replace(m, text=name))
        self.people.describe(e.key, (noun, _role_head(m)))
        gender = _noun_gender(noun) or m.gender
        if gender != "unknown":
            e.vote(gender, 2)
        self._newcomers[at] = e.key
        bisect.insort(self._newcomer_ats, at)
        return e.key

    def _marked(self, m: Mention, head: str, mark: list[str], pos: int) -> int:
        """`said the gentleman in the white waistcoat`: the newcomer brought in with those
        words (`a gentleman in a white waistcoat said he was a fool`), else a character of
        their own by them (`the gentleman in the high chair`), found again by them only."""
        name = f"{_as_described(m)} in the {' '.join(mark)}"
        intro = _last(i for i in self._intros(lambda noun: _fits(noun, head), pos)
                      if set(mark) <= set(_qualifier(self.doc.text, i[2])))
        if intro is not None:
            at, noun, _end = intro
            if at not in self._newcomers:
                self._described_only.add(self._new_newcomer(m, name, at, noun))
            return self.people.current(self._newcomers[at])
        key = " ".join([head, *mark])  # `the old gentleman in the high chair` is the same
        if key not in self._marks:
            self._marks[key] = self.people.anonymous(replace(m, text=name, titles=())).key
        return self._marks[key]

    def _name_newcomer(self, key: int, pos: int) -> None:
        """A person whose first line under a name comes after the narration brought somebody
        in unnamed is that somebody (`a small boy` … `said the child` … `“I’m going up the
        Alps,” replied Randolph`): one character from then on, under the name, and their
        lines so far are the name's. Only when the name first comes in a line since the
        newcomer came in (`“Randolph, what are you doing?”`, `“Georgette. How are you
        called?”`, `“Anne Shirley,” faltered the owner of that name`; for a newcomer of an
        earlier chapter, a line of this chapter: `“My sister Martha,” said he` in chapter I
        names nobody who speaks in chapter II) or in this cue's own paragraph (only for a
        newcomer of this chapter: `“Where is the boy?” said Rachel Lynde` opening chapter II
        is not the child of chapter I): a person the narration brings in by name (`Mr. Peck
        came in out of the rain`) is somebody else. Not when two newcomers could be meant,
        when the genders differ, when a child is named as a Mr. or Mrs., when the newcomer
        has no line in the NEWCOMER_REACH characters before the name first appears,
        or when the newcomer's own lines name the person other than to say who they are
        (`“Now, if Mr. M’Choakumchild,” said the gentleman`: someone else), or when the line
        just before is the newcomer's (`“The boy is a fool,” said the gentleman…` / `“I am
        not, sir,” cried Oliver`: an answer, by somebody else) and no line has said the name
        (`“You're Rosie, aren't you?”` / `“Yes,” said the girl.` / `…said Rosie` goes on).
        Nor when a line of the chapter called them by the name, set off, before the newcomer
        came in (`“Grandpa,” said Tamsin…` … `A man in a Hawaiian shirt turned round.` …
        `said Grandpa`: somebody there already; a name only spoken of may well be the
        newcomer's)."""
        if key in self._named_lines:
            return
        self._named_lines.add(key)
        e = self.people.entities[key]
        if not (e.first or e.last):
            return  # `The abbot was not asleep.` names nobody: not the man at the gate
        first = self.people.named_at.get(key, [pos])[0]
        if self._arrives_named(first) or self._named_with_post(first):
            return  # `Anselm Gray, the shift supervisor, came in with a coffee`, `his
            # spokeswoman, Tamika Reese, said`: somebody new
        ats = self._newcomer_ats
        section = self.doc.section_start(pos)
        fits = []
        for at in ats[: bisect.bisect_right(ats, first)]:
            n = self._newcomers[at]
            newcomer = self.people.entities[n]
            if (self.people.current(n) == n and n != key
                    and (e.gender == newcomer.gender or "unknown" in (e.gender, newcomer.gender))
                    and not (e.honorific in ("mr", "mrs")
                             and newcomer.titles & (_FITTING[0] | _FITTING[1]))
                    and ((at >= section and first >= self.doc.block_starts[self.block_at(pos)])
                         or self._said_since(e, max(at, section), first))
                    and self._spoke_lately(n, first) and not self._names_in_lines(n, e, at)
                    and (self._last_speaker(pos) != n or self._said_since(e, at, first))
                    and not self._named_beside(key, at)
                    and not self._called_earlier(key, section, at)):
                fits.append((at, n))
        if len(fits) == 1:
            self._merge_newcomer(*fits[0], key)

    def _called_earlier(self, key: int, lo: int, hi: int) -> bool:
        """A line between lo and hi calls key by one of their names, set off (`“Grandpa,”`,
        `, Grandpa.`; a family word too, which State.calls leaves out; see _name_newcomer)."""
        forms = "|".join(re.escape(f) for f in self.people.entities[key].forms)
        if not forms:
            return False
        call = re.compile(rf"(?:[“\"]|, )(?:{forms})[,.!?]")
        k = bisect.bisect_left(self.doc.quote_starts, lo)
        return any(call.search(self.doc.text, q.start, q.end) for q in itertools.takewhile(
            lambda q: q.start < hi, self.doc.quotes[k:]))

    def _named_beside(self, key: int, at: int) -> bool:
        """The narration names the person in the sentence that brings the newcomer in at
        `at`, before it (`there was Dad in his good coat with Gram on his arm, and behind them
        a tall woman in a green wool coat`): Gram is somebody beside the woman, not her (see
        _name_newcomer). The person's names are all of theirs, a nickname merged into a
        name included."""
        lo = self.doc.bounds[self.block_at(at)][0]
        stop = max((m.end() for m in _SENTENCE_STOP.finditer(self.doc.text, lo, at)),
                   default=lo)
        return any(stop <= p < at and not self._in_quote(p)
                   for p in self.people.named_at.get(self.people.current(key), []))

    def _named_with_post(self, at: int) -> bool:
        """The name at `at` comes with somebody's post set off before it (`his spokeswoman,
        Tamika Reese,`) or a post at a place after it (`Leah Brandt, a political scientist at
        Ohio University`): a person a report brings in by name and post, not a newcomer met
        before (see _name_newcomer)."""
        text = self.doc.text
        if _OWNED_ROLE_BEFORE.search(text, max(0, at - 60), at):
            return True
        m = _NAME_RUN.match(text, at)
        post = _POST_AFTER.match(text, m.end()) if m is not None else None
        return post is not None and (post.group(1) in ROLE_NOUNS or post.group(1) in TITLES
                                     or post.group(1) in STORY_ROLES)

    def _arrives_named(self, at: int) -> bool:
        """The narration names somebody at `at` as they arrive, in the rest of its sentence
        (`Anselm Gray, the shift supervisor, came in with a coffee in each hand`): a person
        brought in by name, not the newcomer met unnamed before (see _name_newcomer)."""
        if self._in_quote(at):
            return False
        stop = _SENTENCE_STOP.search(self.doc.text, at)
        return _ARRIVES.search(self.doc.text, at, stop.start() if stop else len(
            self.doc.text)) is not None

    def _named_after_dash(self, pos: int) -> None:
        """`the man in the hat — Drill Sergeant Okafor, according to the nametape —`: the
        newcomer the narration brought in unnamed with a noun that fits (`a man in a round
        brown hat`) is the person named right after the dash, and so are their lines (done
        before pos's name looks for a newcomer of its own, see _name_newcomer)."""
        if self._dashes is None:
            self._dashes = [f for f in _DESCRIBED_DASH.finditer(self.doc.text)
                            if not self._in_quote(f.start())]
        while self._dashes and self._dashes[0].end() <= pos:
            found = self._dashes.pop(0)
            named = [m.key for m in self.people.between(found.end(), found.end() + 1)]
            intro = _last(self._intros(functools.partial(_fits, head=found.group(1)),
                                       found.start()))
            if not named or intro is None or intro[0] not in self._newcomers:
                continue
            newcomer, key = self._newcomers[intro[0]], self.people.current(named[0])
            if self.people.current(newcomer) == newcomer != key:
                self._merge_newcomer(intro[0], newcomer, key)

    def _merge_newcomer(self, at: int, newcomer: int, key: int) -> None:
        """The newcomer brought in at `at` is the person key from now on, and so are their
        lines so far (for the turns)."""
        self.people.merge(newcomer, key)
        for q, d in reversed(self.decided.items()):
            if q.end < at:
                break
            if d.speaker == newcomer:
                self.decided[q] = replace(d, speaker=key)

    def revealed_later(self) -> None:
        """A speaker known only by their words (`“I'm her uncle!” shouted a man at the
        back.`) whom the narration later says was somebody named in full (`The man at the
        back, it turned out, was Izzy's uncle Ray, her mother's younger brother, Raymond
        Doyle,`; a report's `The man, who later identified himself as Ray Dunlevy,`): that
        person, lines included (done once every line is decided). Not an owner's name
        (`Izzy's`), nor a name of another gender."""
        text = self.doc.text
        for found in _DESCRIBED_WAS.finditer(text):
            if self._in_quote(found.start()):
                continue
            stop = _SENTENCE_STOP.search(text, found.end())
            hi = stop.start() if stop else len(text)
            named = [mm for mm in self.people.between(found.end(), hi)
                     if not _NAME_OWNS.match(text, mm.pos)]
            full = [mm for mm in named if self.people.entities[mm.key].first and (
                self.people.entities[mm.key].last)]
            words, noun = found.group(1), found.group(2)
            if not full or not (noun in _WAS_NOUNS or found.group("sure") or found.group(
                    "who")):
                continue  # not `The clerk was a thin young rating…`
            unnamed = [k for k in {self.people.current(d.speaker) for d in self.decided.values()
                                   if d.speaker is not None}
                       if not (self.people.entities[k].first or self.people.entities[k].last)]
            labels = {k: re.sub(r"^(?:an?|the) ", "", self.people.canonical(k).lower())
                      for k in unnamed}
            who = [k for k in unnamed if labels[k] == words] or [
                k for k in unnamed if labels[k].split(" ")[0] == noun or labels[k].startswith(
                    words + " ")]  # `The woman with the leaking gym roof turned out to be…`:
            # the one woman known only so; `The young man turned out to be Tom Lubega` of `a
            # young man near the front`
            if len(who) != 1:
                continue
            said = next((mm for mm in full if mm.pos == found.end()), full[-1])  # `was Priya
            # Raman, 26, …, who built the model that Luis Ferreira…`: the name `was` names
            key = self.people.current(said.key)
            e, n = self.people.entities[key], self.people.entities[who[0]]
            if "unknown" not in (e.gender, n.gender) and e.gender != n.gender:
                continue
            self.people.merge(who[0], key)

    def named_his_name(self) -> None:
        """A story's sentence that gives a his or her name (`His name is Gene Hartwig, and he
        was the elevator's last foreman.`) after lines, or any text's `He was X,` (`She
        introduced herself as X`, `gave her name as X`) where X is first named (`A man at the
        side of the room… raised a hand. “…,” he said.` / `He was Jas Bhamra, who ran a
        Manchester hosting company`): the last speaker before it whom the pronoun fits, when
        the narration knew them only by their words (`the man`), is that person, lines
        included (done once every line is decided, as revealed_later). Not a name that has
        spoken before that sentence, nor a speaker of unknown gender."""
        gave = _GAVE_ONLY.finditer(self.doc.text) if "name only as" in self.doc.text or (
            "name simply as" in self.doc.text or "name just as" in self.doc.text) else ()
        for found in itertools.chain(_HIS_NAME_IS.finditer(self.doc.text), gave):
            if found.group("was") and (self.doc.text.find(found.group("name")) < found.start(
                    "name") or self.doc.text[found.end() : found.end() + 1] not in ",.;"):
                continue  # `He was X,` names somebody new only where X is first named
            if not (self.doc.dialogue or found.group("was")):
                continue
            key = self.people.person_in(*found.span("name"))
            if key is None and found.re is _GAVE_ONLY and not self._in_quote(found.start()):
                # `He gave his name only as Ray.`: a name, whatever the scan made of one
                # capitalised word (added only where it is used, never inside a line)
                key = self.people.add(Mention("name", found.group("name"), found.start("name"),
                                              found.end("name"), (found.group("name"),)),
                                      found.start("name")).key
            whole = bool(self.people.entities[key].first and self.people.entities[key].last
                         ) if key is not None else False
            if key is None or self._in_quote(found.start()) or (
                    not whole and found.re is not _GAVE_ONLY):
                continue
            gender = "male" if (found.group("pro") or found.group("was")) in (
                "His", "He") else "female"
            fits = [(q.start, self.people.current(d.speaker)) for q, d in self.decided.items()
                    if q.start < found.start() and d.speaker is not None and self.people.entities[
                        self.people.current(d.speaker)].gender == gender]
            last = max(fits)[1] if fits else None  # (in reading order, whatever order the
            # lines were decided in)
            spoke = {self.people.current(d.speaker) for q, d in self.decided.items()
                     if d.speaker is not None and q.start < found.start()}  # (his lines
            # after the sentence that names him are his)
            if last is not None and key not in spoke and not (
                    self.people.entities[last].first or self.people.entities[last].last):
                self.people.merge(last, self.people.current(key))

    def named_by_other(self, quote: Quote, speaker: int) -> None:
        """Somebody known only by their words (`“I'll shift them,” said a young man by the
        door.`) whom the next paragraph's line, another's, opens by naming in full (`“That's
        Gary Firth,” Ivy said, to the room in general.`): that person from then on, lines
        before included. Not somebody named already, nor a name that has spoken, nor one of
        another gender, nor after a question (the answer names somebody else)."""
        found = _THATS_NAME.match(self.doc.text, quote.start, quote.end)
        before = self.doc.by_block.get(quote.block - 1, []) if quote.block else []
        d = self.decided.get(before[0]) if before and found is not None else None
        if found is None or d is None or d.speaker is None or self.people.current(
                d.speaker) == self.people.current(speaker) or "?" in self.doc.text[
                    before[-1].start : before[-1].end]:
            return  # (not `“Who's that at the door?” asked the porter.` / `“That's Gary…”`)
        other = self.people.current(d.speaker)
        e = self.people.entities[other]
        if e.first or e.last or e.organisation or e.teller:
            return
        at = next((q.start for q, dd in self.decided.items() if dd.speaker == other),
                  before[0].start)
        self._named_as(at, other, found.start(1), found.end(1), full=True)

    def named_by_call(self, quote: Quote, speaker: int) -> None:
        """Somebody known only by their words, the one speaker of the paragraph before
        (`“We've rescued about 1,400 fish,” said a man in waders.`, `The engineer… “If it was
        up to me…,” he says.`), whom the next paragraph's line, another's, calls by a first
        name set off at its edge (`“And some we didn't, Geoff,” the woman said`, `“Go on,
        Ray,” says Tierney.`): that person from then on, lines before included, when the name
        has not spoken yet (else it is somebody else called across them). So too for
        somebody known by a post or a family word written as a name (`said Gran` / `“Not for
        eleven years, Peggy,” said Tom.`). Not one of another gender, nor when the paragraph
        before has more than one speaker."""
        before = self.doc.by_block.get(quote.block - 1, []) if quote.block else []
        lines = self.doc.by_block.get(quote.block, [])
        if not before or not lines or lines[0] != quote:
            return
        said = {self.people.current(d.speaker) if d.speaker is not None else None
                for q in before if (d := self.decided.get(q)) is not None}
        other = said.pop() if len(said) == 1 else None
        if other is None or other == self.people.current(speaker):
            return
        e = self.people.entities[other]
        if e.first or e.organisation or e.teller or (e.last and e.last not in (
                TITLES | ROLE_NOUNS | STORY_ROLES | FAMILY_NAMES)):
            return  # (but a post or family word written as a name is no name: `Doc`, `Mum`)
        text = self.doc.text
        for c in self._call_matches(quote):
            word = c.group(2)
            ends = not text[c.end() : quote.end].strip(" ,.!?”\"’")  # `“…, Geoff,”`
            commas = text[max(0, c.start(2) - 3) : c.start(2)].rstrip()[-1:] == "," or (
                text[c.end(2) : c.end(2) + 1] == ",")
            answer = self._after_question(quote) and not (
                text[quote.start : c.start()] + text[c.end() : quote.end]).strip(
                    " ,.!?;:—–-“”‘’'\"")  # `“How are you called?”` / `“Jacob,” said he.`
            if c.group(1) or " " in word or answer or not commas or not (
                    ends or self._set_off_call(quote, c)) or first_name_gender(word) == "unknown":
                continue  # (not `“You know his son, though. Craig.”`: no call)
            known = self.named_in_line(word, c.start(2))
            if known is not None and self.has_spoken(known.key):
                return  # `“Thank you, Ann,”`: Ann, who has spoken, is somebody else
            at = next((q.start for q, d in self.decided.items() if d.speaker == other),
                      before[0].start)
            self._named_as(at, other, c.start(2), c.end(2))
            return

    def _named_as(self, at: int, who: int, lo: int, hi: int, full: bool = False) -> None:
        """Somebody known only by their words (brought in at `at`) is the person text[lo:hi]
        names (a full name only, with full), from then on and in their lines so far: not
        when the words make no name, the name has spoken already (`“My name is Tom Hale”`
        when Tom Hale has spoken: a liar, or a namesake), or its gender differs (see
        self_named, named_by_other)."""
        toks = tokenize(self.doc.text, lo, hi)
        m = whole_name(toks, 0, len(toks), self.doc.page)
        if m is None or (full and len(m.name) < 2):
            return
        known = self.people.find(m, lo)
        gender = self.people.entities[who].gender
        if (known is not None and self.has_spoken(known.key)) or (
                "unknown" not in (gender, m.gender) and gender != m.gender):
            return
        self._merge_newcomer(at, who, self.people.add(m, lo).key)

    def self_named(self, quote: Quote, speaker: int) -> None:
        """A newcomer (see _newcomer), or anybody known only by a role, who says their name
        is that person from then on, and so are their lines so far (`“Travellers,” the
        ferryman said.` … `“Brannock’s my name.”`, `“Mr. Thaddeus Sholto,” said the little
        man, still jerking and smiling. “That is my name.`, `“My name is Tom Giles,” said
        the stranger`, a line that is only `“It's Jack.”`), or whom the next sentence names
        (`“I did,” said a thin young man… This was Owen Briggs`). Only for somebody who has
        no name yet (`“And my name is King George,” said Harris` is a joke), for a line that
        opens with the name, or a name
        alone in the line before `That is my name.` (not `“Mr. Holmes,” said the little man.
        “Come in.”`, a call, nor `That is my name too`), and not for somebody who has spoken
        already or whose gender differs (`“My name is Hale, my child. I am your
        grandmother.”`)."""
        ats = [at for at, n in self._newcomers.items() if n == speaker]
        e = self.people.entities[speaker]
        if not ats:
            self._full_name_given(quote, speaker)
        if not ats and not (e.first or e.last or e.organisation or e.teller):
            ats = [next((q.start for q, d in self.decided.items() if d.speaker == speaker),
                        quote.start)]  # a bit part (`“Travellers,” the ferryman said.` …
            # `“Brannock’s my name”`)
        if not ats:
            return
        text = self.doc.text
        found = _MY_NAME_IS.match(text, quote.start, quote.end) or self._answers_who(
            quote) or self._revealed(quote) or _ITS_ME_ALONE.fullmatch(
                text, quote.start, quote.end) or self._introduces_self(quote)
        if found is None and _THAT_IS_MY_NAME.match(text, quote.start, quote.end):
            before = [q for q in self.doc.by_block.get(quote.block, []) if q.end <= quote.start]
            if before:
                found = NAME_ALONE.fullmatch(text, before[-1].start, before[-1].end)
        if found is None:
            return
        g = 1 if found.group(1) else 2
        self._named_as(ats[0], speaker, found.start(g), found.end(g))

    def _full_name_given(self, quote: Quote, speaker: int) -> None:
        """A speaker known by one word that begins or ends the first name, or by a family
        word, who gives their full name (`“I'm Mateo Ruiz,” said Teo`, Nana's `“I'm Philomena
        Castellano, this is my sister…”`): that person from then on, lines before included
        (and one voice with them, if that name has spoken too), or answers `“Name?”` with it
        (`“Abernathy. Leonard Abernathy.”`, see _answers_who); not a name of another gender."""
        e = self.people.entities[speaker]
        found = next((f for q in self.doc.by_block.get(quote.block, []) if q.start >= quote.start
                      and (d := self.decided.get(q)) is not None and d.speaker == speaker
                      and (f := _FULL_NAME_SAID.search(self.doc.text, q.start, q.end))), None)
        if found is None:  # `“Name?”` / `“Abernathy. Leonard Abernathy.”`
            answer = self._answers_who(quote) or self._answer_goes_on(quote)
            found = answer if answer is not None and " " in answer.group(1) else None
        if found is None or e.first or e.organisation or e.teller or not e.last:
            return
        first = found.group(1).split()[0].lower()
        if not first.startswith(e.last) and not first.endswith(e.last) and (
                e.last not in OWN_NOUNS):
            return  # `“I'm Mateo Ruiz,” said Teo`; not `“I'm Tom Hale,” said Fred`
        toks = tokenize(self.doc.text, found.start(1), found.end(1))
        m = whole_name(toks, 0, len(toks), self.doc.page)
        known = self.people.find(m, found.start(1)) if m is not None else None
        if m is None or (known is not None and known.key == speaker) or (
                "unknown" not in (e.gender, m.gender) and e.gender != m.gender):
            return
        self.people.merge(speaker, self.people.add(m, found.start(1)).key)

    def _introduces_self(self, quote: Quote) -> re.Match[str] | None:
        """A line that opens with a name and what it is `of`, as one introduces oneself
        (`“Delorme. Captain Henri Delorme, of the Marguerite.”`, `“Lieutenant Arthur
        Pennick,” said the officer, “of His Majesty’s sloop Thrush.”`): the name, in group 1."""
        text = self.doc.text
        if SPEAKS_TO.search(text, quote.start, quote.end):
            return None  # `“Julian Ashby, of Gray's Inn. You are younger than your letters.”`:
            # the name on a card, read to its owner
        found = _NAME_OF.match(text, quote.start, quote.end)
        if found is not None:
            return found
        alone = NAME_ALONE.fullmatch(text, quote.start, quote.end)
        k = bisect.bisect_right(self.doc.quote_starts, quote.start)
        nxt = self.doc.quotes[k] if k < len(self.doc.quotes) else None
        if alone is not None and nxt is not None and nxt.block == quote.block and (
                _OF_NEXT.match(text, nxt.start)):
            return alone
        return None

    def _revealed(self, quote: Quote) -> re.Match[str] | None:
        """The sentence right after the line's own names who said it (`“I did,” said a thin
        young man in a cricket jumper. This was Owen Briggs, the…`): the name in group 1."""
        ends = [e for e in self.doc.ends(quote.block) if e >= quote.end]
        return _REVEALED.match(self.doc.text, ends[0]) if ends else None

    def _answers_who(self, quote: Quote) -> re.Match[str] | None:
        """A line that is a name alone answering a line that asks who (`“Who—” Zara began.`
        / `“Juniper,” said the fox.`), or a name given to a line that asks it (`“What is
        your name, Sergeant?”` / `“Holm, my lady. Gedde Holm.”`): the name, in group 1, is
        the speaker's own."""
        found = NAME_ALONE.fullmatch(self.doc.text, quote.start, quote.end)
        k = bisect.bisect_left(self.doc.quote_starts, quote.start)
        if k == 0:
            return None
        asked = self.doc.quotes[k - 1]
        name_asked = any(NAME_ASKED.search(self.doc.text, q.start, q.end) is not None for q in (
            self.doc.by_block.get(asked.block, [asked])))  # (`“What's your name, ma'am?”
        # Farrow asked… “You speak English better than I do.”`)
        if found is None and name_asked:
            found = _FULL_NAME_GIVEN.search(self.doc.text, quote.start, quote.end) or (
                _NAME_GIVEN.match(self.doc.text, quote.start, quote.end))  # `“What is your
            # name, Sergeant?”` / `“Holm, my lady. Gedde Holm.”`
            return found if found is not None and found.group(1).split()[0].lower() not in (
                self.doc.page.common) else None
        return found if found is not None and (name_asked or _WHO.match(
            self.doc.text, asked.start, asked.end)) else None

    def _answer_goes_on(self, quote: Quote) -> re.Match[str] | None:
        """The line opening its paragraph answers a line that asks a name, and the next line
        of the paragraph opens with a whole name (`“And you'd be?”` / `“His daughter,” Mom
        said. “Marisol Ruiz. Can you fix a head gasket?”`): the name, in group 1 (see
        _full_name_given)."""
        lines = self.doc.by_block.get(quote.block, [])
        k = bisect.bisect_left(self.doc.quote_starts, quote.start)
        if len(lines) < 2 or lines[0] != quote or k == 0:
            return None
        asked = self.doc.quotes[k - 1]
        if NAME_ASKED.search(self.doc.text, asked.start, asked.end) is None:
            return None
        found = _NAME_GIVEN.match(self.doc.text, lines[1].start, lines[1].end)
        return found if found is not None and " " in found.group(1) and (
            found.group(1).split()[0].lower() not in self.doc.page.common) else None

    def _names(self, e: Entity, lo: int, hi: int) -> bool:
        """text[lo:hi] names e (by surname or first name)."""
        words = {w for w in (e.first, e.last) if w}
        return bool(words & {w.lower() for w in _WORD.findall(self.doc.text, lo, hi)})

    def _said_since(self, e: Entity, lo: int, hi: int) -> bool:
        """A line between lo and hi names e (see _names)."""
        k = bisect.bisect_left(self.doc.quote_starts, lo)
        for q in self.doc.quotes[k:]:
            if q.start >= hi:
                return False
            if self._names(e, q.start, q.end):
                return True
        return False

    def _spoke_lately(self, speaker: int, pos: int) -> bool:
        """speaker has a line in the NEWCOMER_REACH characters before pos."""
        for q, d in reversed(self.decided.items()):
            if q.end < pos - NEWCOMER_REACH:
                return False
            if d.speaker == speaker and q.start < pos:
                return True
        return False

    def _names_in_lines(self, speaker: int, e: Entity, since: int) -> bool:
        """A line given to speaker since `since` names e (by surname or first name), other
        than to say who they are (`“Georgette. How are you called?”`, `my name is
        Georgette`)."""
        for q, d in reversed(self.decided.items()):
            if q.end < since:
                return False
            own = _OWN_NAME.match(self.doc.text, q.start, q.end)
            if d.speaker == speaker and self._names(e, own.end() if own else q.start, q.end):
                return True
        return False

    def _last_speaker(self, pos: int) -> int | None:
        """Who spoke the last line before the paragraph of pos (None: the narrator)."""
        block = self.block_at(pos)
        k = bisect.bisect_left(self.doc.quote_starts, self.doc.block_starts[block]) - 1
        d = self.decided.get(self.doc.quotes[k]) if k >= 0 else None
        return d.speaker if d is not None else None

    def _bit_part(self, m: Mention, head: str, keys: list[int]) -> bool:
        """In a story, `said the surgeon`, `replied the nurse` when nobody holds the title: a
        character of their own, met without a name (`the surgeon` again is the same one,
        since the title is theirs from then on); but `the boy`, `the young lady`, `the
        gentleman` describe the story's people, who may have names (see DESCRIBED), and `the
        King` written as a name is a character by that name."""
        return (self.doc.dialogue and not keys and not m.name and m.titles[:1] == ("the",)
                and bool(head) and head not in DESCRIBED and not _plural(head))

    def _passer_by(self, m: Mention, head: str) -> bool:
        """`the boy`, `the woman`: a person the report met without naming (see _PASSERS_BY),
        and any other word for a person when the text brought somebody in so (see DESCRIBED
        and _brought_in: in a short scene not read as a story, `An old gentleman came in.` …
        `asked the old gentleman`), unless the cue goes on (`the lady added`: who just
        spoke); `said the gentleman` that nothing brought in may be Mr. Knightley, who spoke
        before (see _unless_answering). Not `the mayor’s right-hand woman` (somebody's) or `the
        man who built…` (a description of someone known), and not in fiction, where `the
        boy` is a character the story has been following."""
        if self.doc.dialogue or m.titles[:1] != ("the",) or not (head in _PASSERS_BY or (
                head in DESCRIBED and not _GOES_ON.search(self.doc.text, m.start, m.end + 20)
                and self._brought_in(head, m.start))):
            return False
        return not re.search(r"[’']s\s", m.text) and not _WHO_FOLLOWS.match(self.doc.text, m.end)


ROLE_REACH = 800
"""How far back (characters) someone holding a title counts as in view for `the senator`."""
GENERIC_ORG_REACH = 1500
"""How far back (characters) `the group said` looks for the organisation it means."""
_GROUP_WORDS = word_set(
    "group foundation organization organisation association coalition alliance committee "
    "council union federation fund institute network league pac society movement")
"""Head words of a group's name (`the group` is not `Temple University` or `Civic Center`)."""
_NEWS_WORDS = word_set(
    "times post journal news tribune herald guardian telegraph globe chronicle gazette star sun "
    "examiner inquirer observer independent mail express standard economist atlantic")
"""Last words of a newspaper's name: `the paper said` means the newspaper named last."""
_UNION_WORDS = word_set("union association federation brotherhood guild teamsters")
"""Head words of a labour union's name (`Association of Flight Attendants`)."""
_KIND_WORDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("organization", "organisation", "group"), _GROUP_WORDS),
    **dict.fromkeys(("newspaper", "paper", "tabloid", "magazine"), _NEWS_WORDS),
    "union": _UNION_WORDS,
    **dict.fromkeys(("company", "firm", "carmaker", "startup", "start-up", "airline",
                     "retailer", "insurer", "lender", "broadcaster"), COMPANY_ENDS),
}
"""Kinds that fit organisations of other names: `the group said` is the group named last
(within GENERIC_ORG_REACH), `the paper` the newspaper, `the union` the union."""


_OWNED_HEAD = re.compile(r"[’']s\s+\w+$")
"""An organisation word owned by somebody (`the governor's office`): that one's, not an
organisation whose name shares the word (`the Office of Insurance Regulation`)."""
_QUALIFIED = re.compile(r"\s+(?:in|of|for|at|on)\s")
"""A place or an owner after an organisation's words (`the office in Portalegre`)."""
_SAYS_AFTER = re.compile(r"[^.!?;“”\"\n]{0,90}?\b(?:said|says|announced|confirmed|stated|called"
                         r"|described|warned|welcomed|acknowledged|admitted|apologi[sz]ed"
                         r"|disclosed|denied|insisted)\b")
"""A name's sentence goes on to say what it said (`Lime, which runs the scooters, said`)."""
_SPOKESPERSON_FOR = re.compile(
    r"\b[Ss]pokes(?:man|woman|person|people) for (?:the )?(" + _BODY_NAME + ")")
"""A spokesperson and the organisation they speak for, group 1 (see State._spoken_for)."""
_KIND_OPENS = re.compile(
    r"[“\"]?The (?:[a-z-]+ ){0,2}(?:company|firm|service|network|streamer|studio|platform|"
    r"broadcaster|retailer|airline|carmaker|bank|label|startup|start-up|chain|group)\b")
"""A paragraph that opens with a kind of business (see State._kind_says)."""
_BUSINESS_KINDS = word_set(
    """company firm group organisation organization charity club agency bank airline carmaker
    retailer chain business startup start-up insurer lender broadcaster""")
"""What `the … said` may call an organisation that was named bare (see State._bare_subject)."""

_STORY_BODY_KINDS = word_set("charity club trust")
"""Kinds by which a story calls its own organisation whatever its name (see
State._story_body): a charity's name need not say charity, a club's need not say club."""
_NOT_PUBLIC_KINDS = word_set(
    """charity club trust company firm business startup start-up retailer chain bank airline
    carmaker insurer lender broadcaster""")
"""Kinds that a public body is not (see State._fits)."""
_PUBLIC_HEADS = word_set(
    """council government ministry department police constabulary court parliament assembly
    senate congress cabinet legislature administration embassy army navy kremlin pentagon
    statehouse secretariat university college school hospital""")
"""Name words of a public body (`Denbigh County Council`, `Ministry of Health`), or of a
university, school or hospital: no `the charity` nor `the company` (`the charity` after `a
molecular oncologist at Leeds` is not the University of Leeds)."""

_MANY = frozenset(w for w in ROLE_NOUNS if w.endswith("s") and w[:-1] in ROLE_NOUNS) | {
    "spokespeople", "congressmen"}
"""Role words for several people (`officials`, `analysts`, `residents`; see _firm_of)."""
_COMPANY_WORDS = (_BUSINESS_KINDS - word_set(
    "group organisation organization charity club agency bank")) | word_set(
    "maker manufacturer supermarket corporation conglomerate supplier provider platform")
"""Words a report sets off after a company's name (`Ledgerlight, a London startup,`)."""
_POSSESSIVE_GENDER: dict[str, Gender] = {"his": "male", "her": "female"}
"""The gender a possessive pronoun says (`his campaign`, `Her statement was read…`)."""
_CLAUSE_PRONOUN = {g: re.compile(rf"(?:,|;|—) (?:and |but |so |yet )?{p} [a-z]") for g, p in (
    ("female", "she"), ("male", "he"))}
"""A clause of a sentence that opens with a he/she (`, and she prefers`; see _taken_up)."""
_SPOUSE = {"wife": "husband", "husband": "wife"}
"""The other spouse's word (see State._spouse_named_before)."""
_PARENTS = word_set("mother father mamma papa mama mum mom dad")
"""Kin words for a parent (see State._parent_named)."""
_TELLERS = word_set("my our")
"""A role owned by the writer (`my mother`, `our guide`): somebody of their own."""
_MY_OWN = re.compile(r"(?:(?:(?<=\n)|(?<=[.!?”\":] )|^)(My|Our)|\b(my|our)) "
                     r"((?:[a-z-]+ ){0,2}?)([a-z-]+)\b", re.MULTILINE)
"""Somebody the writer knows, opening a sentence or anywhere in one (`I called my mother`,
`I stood next to my dad`, `every time I try to pin down my dad's dal`; see
State._writers_own_subject)."""
OWN_SUBJECT_CONFIDENCE = 0.8
_OWN_NAMED = re.compile(r"(?: [a-z0-9]+){0,4}, ([A-Z][a-z]+(?: [A-Z][a-z]+)?),")
"""The name set off after somebody the writer knows (`My neighbour on plot 12, Frank,`)."""
_LABEL = re.compile(r"[*_]{0,2}[A-Z][\w’'. -]{0,40}:[*_]{0,2} +")
"""A speaker's label opening a paragraph (`**Dara Kinsella:** `, `Q: `): segment's
_TURN_LABEL, which finds a transcript's turns, with bold marks allowed and any words after."""
_OPENERS = "“\"‘'"
"""Marks that open a paragraph's line (see State._writers_own_subject)."""
OWN_PARAGRAPHS = 4
"""How many paragraphs back a he/she may find the writer's own person (_writers_own_subject)."""
_NAME_ONLY = re.compile(r"[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|(?:al|el)-[A-Z][\w’'.-]*|bin|"
                        r"binti|ibn|al|van|von|der|den|de|da|del|la|le|dos|das))*")
"""A name and nothing else up to a comma (`Ahmad Faizal bin Rahman`; not `President Obama's
final State of the Union address`; see State._named_before)."""
_AGE_WORD = re.compile(r"\d{1,3}-year-old")
"""An age as a word for a person (`the 52-year-old`; see State._aged)."""
_AGED_OPENS = re.compile(rf"(?:[^,.“”\"\n]{{0,40}}, )?[Tt]he ({_AGE_WORD.pattern})\b")
"""A sentence that opens with an age, maybe after a short phrase (see State._aged_opener)."""
_ROLE_SET_OFF = re.compile(r"(?:^|(?<=[.!?”] )|(?<=\n)|(?<=, ))[Tt]he ([a-z]+), $", re.MULTILINE)
"""A role a newcomer's words are set off after, opening a sentence or after a comma (`The
driver, an older man…`, `The second time, the examiner, a tired man…`; not `In the
canteen, a woman…`)."""
_HIM = re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE)
_HER = re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)
"""A he or a she in a paragraph that keeps the writer's own person in view (_keeps_in_view)."""
_KIN = word_set(
    """wife husband father mother son daughter brother sister aunt uncle niece nephew cousin
    lady lord master mistress friend companion guest host grandfather grandmother""")
KIN_PARAGRAPHS = 3
_CALLED_KIN = {head: re.compile(rf"\b(?:{words}) ([A-Z][a-z]+)\b(?! [A-Z])") for head, words in (
    ("aunt", "Aunt|Auntie"), ("uncle", "Uncle"))}
"""A kin title before a first name alone (`Aunt Hilda`, not `Aunt Hilda Bright`): what a
story's nephew calls her (see State._kin_called)."""
"""How many paragraphs back `his wife said` looks for the person it means."""


_PASSERS_BY = word_set(
    """boy girl man woman child kid teenager teen stranger passerby voter resident protester
    protestor heckler questioner caller customer attendee onlooker bystander""")
"""People a report meets without naming: `the boy` whom no named person is known as is
somebody of their own, never the person the paragraph is about; but `the man who built his
career on…` describes someone the reader knows."""

DESCRIBED = word_set(
    """boy girl child kid man woman lady gentleman youth maiden fellow creature person
    stranger visitor guest host friend companion lad lass baby infant""") | ANIMALS
"""Role words a story uses for its own people (`the child declared`, `said the young lady`),
who need not be anyone new."""
_PRONOUN_NEWCOMERS = DESCRIBED | STORY_ROLES | word_set(
    "nurse doctor waiter waitress porter receptionist cashier clerk officer guard paramedic "
    "teacher neighbour neighbor")
"""Nouns a story brings somebody in with whom a he/she may then mean (`A nurse came by…
Her badge said BISI.` / `She turned to me.`; see State._pronoun_newcomer)."""
_ACTING_NEWCOMERS = _PRONOUN_NEWCOMERS | ROLE_NOUNS | word_set(
    "deckhand farmhand stagehand trooper sexton")
"""Nouns a story brings somebody in with who then acts as a he or she before a line (see
State._acts_on)."""
_PERSON_NOUNS = DESCRIBED | ROLE_NOUNS | STORY_ROLES
"""The nouns of a newcomer's role words (`man` of `the old man`; see State.note_newcomers)."""
_LEAVES = re.compile(r" +(?:had +)?(?:[a-z]+ed +and +)?(?:ran|run|went|gone|left|walked|hurried|"
                     r"fled|departed|withdrew|disappeared|vanished)\b")
"""A newcomer's leaving right after their role words (`The footman bowed and withdrew.`): no
mention of them (note_newcomers)."""
QUESTION_WORDS = 20
"""The longest paragraph that is the writer's one question (to the last speaker, see
State.questioned; `I asked her…`, see attribute.rule_asked_them)."""
_NOT_WORDS = " “”\"‘’',.!?;:—–-"
"""Marks and stops around a line's words."""
_CALL_AFTER = re.compile(r", +[A-Z][a-z]+[,.!?”]")
"""A word set off right before a name that is the call (`“Copy, Bell,”`, see
State._storyteller): that word is no call."""
_NAME_OF = re.compile(r"[“\"](?:[A-Z][a-z]+(?:, [a-z]+)?\. )?((?:[A-Z][\w’'-]+ ){1,3}"
                      r"[A-Z][\w’'-]+), of (?:the|His|Her|[A-Z]|nobody)")
"""A line that opens with a name of two words or more and what it is of, maybe after one
word or two (`“Well, well. Jack Farrow, of the Long Meadow Farrows.”`; see
State._introduces_self)."""
SPEAKS_TO = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours)\b")
"""A line that speaks to somebody (see State._introduces_self, attribute._name_said_twice)."""
_OF_NEXT = re.compile(r"[“\"]of (?:the|His|Her|[A-Z]|nobody)")
"""A line's second part that goes on with what the name before was of."""
NAME_ALONE = re.compile(r"[“\"]((?:[A-Z][a-z]*\.?\s){0,2}[A-Z][a-z]+),[”\"]")
"""A line that is a name alone (`“Mr. Thaddeus Sholto,”`), the name in group 1 (see also
attribute._name_said_twice)."""
NAME_ASKED = re.compile(
    r"\b(?:[Ww]hat(?:’s|'s| is) your name|[Yy]our name\b[^.!?“”\"]*\?|[Ww]ho are you\b|"
    r"[Ww]ho is it\?|[Aa]nd you are\b|(?:were|been|being) (?:properly )?introduced|"
    r"[Ii]ntroduce yourself|(?:[Ss]tate|[Gg]ive|[Ss]pell|need|have|take|get) +your +"
    r"(?:full +)?name|"
    r"[Yy]ou[’']d be\?)"
    r"|[“\"](?:And +)?[Nn]ame\?")
"""A line that asks the one spoken to for their name or who they are (`“What is your name,
Sergeant?”`, a clerk's `“Name?”`, `“And you are Elsie—?”`, `“Who is it?”`, `“I don’t
believe we were properly introduced, my dear.”`, `“…would you state your name for the tape,
please.”`, `“And you'd be?”`, `“Ma'am, I need your name for the record.”`; see
State._answers_who and attribute._name_answered)."""
_FULL_NAME_GIVEN = re.compile(r"(?:[“\"]|[.!?] +)([A-Z][a-z]+ [A-Z][a-z]+)[.!]?[”\"]")
"""A line that ends with a sentence of two capitalised words (`“Holm, my lady. Gedde
Holm.”`): a full name given, in group 1."""
_NAME_GIVEN = re.compile(r"[“\"]([A-Z][a-z]+(?: [A-Z][a-z]+)?)[,.!]")
"""A line that opens with one capitalised word set off (`“Tom,” the boy said.`), or two
(`“Anneke Visser. I teach English.`, answering `“What's your name, ma'am?”`)."""
_FULL_NAME_SAID = re.compile(
    r"(?:[“\"]|(?<=[.!?] ))(?:(?:Hello|Hi)[,.!] +)?(?:I[’']m|I am|My name is|My name[’']s) +"
    r"([A-Z][a-z’'-]+ +[A-Z][\w’'-]+)(?=[,.!;—–”\"])")
"""A sentence of a line that gives the speaker's full name (`“I'm Mateo Ruiz,”`, `“Our brother
is turning ninety on Saturday. I'm Philomena Castellano, this is…`; see
State._full_name_given)."""
_MEMBER_OF = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) +(?:[a-z]+ +)?members? +of +$|\b[Oo]ne +of +$")
"""Words before a body that make the speaker one of its people, not the body (`A member of
the cycling club muttered`; see resolve_org)."""
_GIVING_NAME = re.compile(r"(?:[Ss]he|[Hh]e) +said, +(?:before +)?giving +(?:her|his) +"
                          r"(?:first +|full +)?name +(?:only +)?as +")
"""A cue's he or she who gives their name right after (`she said, before giving her name as
Maureen Tully`; see _resolve_pronoun)."""
_THAT_IS_MY_NAME = re.compile(
    r"[“\"]?(?:That|This) is my name[.!]|[^”\"]*\byou (?:should|ought to|had better|might as"
    r" well) know my name[.!]")
"""A line that says the name just said is the speaker's (not `That is my name too`), or
that the one spoken to should know it (`“Madame Gosselin,” she said. “Since you are going to
drink my water, you should know my name.”`)."""
_DESCRIBED_WAS = re.compile(
    r"\b[Tt]he ((?:[a-z-]+ ){0,3}?([a-z-]+)(?: (?:at|in|by|with|"
    r"from|near|on) (?:the |a )?[a-z-]+(?: [a-z-]+){0,2})?),? (?:(?:(?:as )?it turn(?:ed|s) "
    r"out,? )?(?:was|is|(?P<sure>turn(?:ed|s) out to be)) |(?P<who>who (?:later |afterwards? )?"
    r"(?:identified (?:himself|herself)|gave (?:his|her) name)(?: later| afterwards?)? as |whose"
    r" (?:real )?name,? (?:(?:as )?it turn(?:ed|s) out,? )?(?:was|is) ))")
"""The narration saying who somebody described was (`The man at the back, it turned out,
was…`, a report's `The man, who later identified himself as Ray Dunlevy, 61,`, `The rancher,
who gave his name afterward as Walt Sorensen`, `The firefighter at the door turned out to be
Watch Manager Lee Hartley`, `the engineer, whose name, it turns out, is Ray Costa,`; see
State.revealed_later)."""
_WAS_NOUNS = frozenset({"man", "woman", "boy", "girl", "lady", "gentleman"})
"""The nouns of a described somebody whom a bare `was` names (`The man at the back, it
turned out, was…`, not `The clerk was a thin young rating…`); any noun may be named by `turned
out to be`, `who gave his name as` or `whose name was` (see State.revealed_later)."""
_HIS_NAME_IS = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?P<pro>His|Her) name (?:is|was)|(?P<was>He|She) (?:was|introduced "
    r"(?:him|her)self as|gave (?:his|her) name as)) (?P<name>(?:[A-Z]"
    r"[\w’'-]+ ){1,2}[A-Z][\w’'-]+)\b(?! [A-Z])", re.MULTILINE)
"""A sentence that opens by giving a his or her name in full (`His name is Gene Hartwig`,
`He was Jas Bhamra, who ran a Manchester hosting company`, `She introduced herself as Anika
Sorensen, a founder of Driftnet`; see State.named_his_name)."""
_CALLED_AS = re.compile(r"\b(Mr\.?|Mister|Madam|Madame|Mrs\.?) \Z")
"""An honorific right before a title (`Mr Speaker`; see State._called_as)."""
_GAVE_ONLY = re.compile(
    r"\b(?P<was>He|She) gave (?:his|her) (?:first )?name,? (?:only|simply|just) as"
    r" (?P<name>[A-Z][\w’'-]+)(?P<pro>)(?=[.,;])")
"""A sentence that gives the one name a he or she would give (`He gave his name only as
Ray.`; see State.named_his_name)."""
_NAME_OWNS = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*[’']s\b")
"""A name that owns what follows (`Izzy's uncle Ray`; see State.revealed_later)."""
_THATS_NAME = re.compile(r"[“\"]That(?:[’']s| is| was) ((?:[A-Z][a-z’'-]+ ){1,2}[A-Z][a-z’'-]+)"
                         r"[,.!]")
"""A line that opens by naming somebody in full (`“That's Gary Firth,”`; see
State.named_by_other)."""
_REVEALED = re.compile(r"\s*(?:This|That) was ((?:[A-Z][A-Za-z’']+ ){0,2}[A-Z][A-Za-z’']+)"
                       r"(?=[.,;])")
"""A sentence that names who spoke the line before (`This was Owen Briggs, the…`)."""
_ITS_ME_ALONE = re.compile(r"[“\"](?:It[’']s|I[’']m) ([A-Z][a-z]+)[.!][”\"]")
"""A line that is only the speaker's own name (`“It's Jack.”`, correcting `Thank you, Jake`;
see State.self_named)."""
_MY_NAME_IS = re.compile(r"[“\"]?(?:(?:My name is|I am) ((?:[A-Z][A-Za-z’']+ ){0,2}"
                         r"[A-Z][A-Za-z’']+)(?:[.,!]| of\b)"
                         r"|(?!(?:That|This|It|What|Which|Here|There)\b)([A-Z][a-z]+)"
                         r"(?:[’']s| is) my name\b(?! too))")
"""A line that opens `My name is Tom Giles.`, `I am Sulwen of the Deep Roads` or `Brannock’s
my name`, the name in group 1 or 2 (not `Say my name is…`)."""
_OWN_NAME = re.compile(r"[“\"]?(?:(?:[A-Z][a-z]*\.?\s){0,2}[A-Z][a-z]+(?:[.!]|,[”\"]?$)|.*?\b"
                       r"(?:[Mm]y name is|I am called|[Cc]all me)\s(?:[A-Z][a-z]+\s?){1,3})")
"""The part of a line that says who the speaker is: the name alone (`“Georgette.`, a line
that is only `“Randolph C. Miller,”`; not `“Peck, will you begin?”`), or `my name is …`."""
_OWNED_ROLE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w’'-]*[’']s) +"
                                r"(?:[a-z-]+ +){0,2}[a-z]+, +$")
"""Somebody's role set off right before a name (`his spokeswoman, Tamika Reese,`): a person
brought in by their name and post (see State._name_newcomer)."""
_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?: +[A-Z][\w’'-]*)*")
"""A run of capitalised words (a name where one starts)."""
_POST_AFTER = re.compile(
    r", +(?:(?:a|an|the) +(?:[a-z-]+ +){0,3}?)?([a-z]+) +(?:at|of|for|with|in) +")
"""A post at a place set off after a name (`, a political scientist at`, `, vicar of St
Mary’s,`; group 1 the role noun, see State._named_with_post)."""
HE_SHE_OPENS = re.compile(r"(?<=[.!?”] )(He|She)\b")
"""A sentence opening with he or she after another (see State._taking_newcomer and
attribute._left_after_line)."""
_SENTENCE_STOP = re.compile(r"[.!?;“\"]")
"""Where the narration's sentence stops (see State._arrives_named)."""
_ARRIVES = re.compile(
    r"\b(?:(?:came|comes|walked|walks|stepped|steps|hurried|hurries|burst|bursts|strode|"
    r"wandered|rushed|leaned|leant|leans|poked|popped)\b[^.!?;]{0,25}?\b(?:in|into|up|over|"
    r"out|through|across|along|round|around|forward)\b|(?:entered|enters|appeared|appears|arrived|"
    r"arrives|approached|approaches)\b|(?:stopped|stops|paused|pauses) (?:at|by|beside) "
    r"(?:the|our|my|his|her|their)\b)")
"""Words of somebody arriving (see State._came_in; `A tall man in a purple coat stopped at the
stall.`)."""
_LET_IN = re.compile(r"\b(?:let|lets|showed|shows|ushered|admitted) in\b[^.!?;]*$|\b[Ii]n "
                     r"(?:came|walked|stepped|strode)\b[^.!?;]*$")
"""Words before somebody who is let in (`The door opened and let in a gust of cold air and a
young constable`)."""

_DESCRIBED_OPENS = re.compile(
    r"(The (?:[a-z]+ ){0,2}?(man|woman|boy|girl|lady|gentleman)) (?:[a-z]+ed|took|sat|stood|"
    r"put|held|came|went|got|gave|made|drew|let|set|shook|began|threw|wore|spat|bent|rose)\b")
"""A sentence that opens with somebody described doing something (`The man took it from his
waistcoat pocket`; see State._described_opener)."""
_NEWCOMER = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he +(?:second|third|fourth|fifth|new)|The(?= +(?:[a-z-]+"
    r" +){0,2}(?:man|woman|boy|girl|lady|gentleman) +who +(?:came|stepped|walked|emerged|"
    r"appeared|climbed|crawled|staggered|limped|rode) +(?:out|in|up|down|through|from|over)\b"
    r"| +(?:[a-z-]+ +){0,2}(?:man|woman|boy|girl|lady|gentleman) +(?:on|at|in|by|from) +the +"
    r"(?:next|other|neighbouring|neighboring|adjoining) +[a-z]+\b))"
    r" +((?:(?!(?:and|or|an?|the)\b)[a-z][a-z-]* +){0,3}(?!(?:and|or|an?|the)\b)[a-z]+)")
"""An indefinite or ordinal noun phrase (`a small boy`, `The third gentleman`), one placed
beside the scene's people (`The man on the next lounger lowered his newspaper.`), or a sentence
that opens with somebody by where they came from (`The man who came out of the bushes was
burnt almost black`), its next four words at most, never past an `and` or an article (`the
door opened a crack and a boy peered out`: the boy; see _intro_noun)."""
_BESIDE_ONE = re.compile(
    r",? +(?:next to|beside|behind|in front of|opposite|across from|beneath|above) +(?:him|her"
    r"|me|us)\b(?!,? +[A-Z])")
"""A described person placed by somebody else (`said the woman next to her`): not that
somebody, but a character of their own (see State._described); not when a name is set off
after it (`said the man across from him, Walt Ferency, 73,`)."""
_NAME_LINE = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)+")
"""A line that is a name of two words or more, titles too (see State._line_is_a_name)."""
PRESENTED_BY = r"\b[Ii]t (?:was|is) +"
"""The words that present somebody (`It was a man, older,`), before the noun phrase."""
_PRESENTED = re.compile(PRESENTED_BY + "$")
"""`It was a man, older, with a hatchet`: somebody brought in, though after `was` (see
State._intros)."""
_WORK_ABOUT = (r"\b(?:book|novel|memoir|film|movie|story|play|song|documentary|biography"
               r"|thriller|poem|article|series|show)s? +(?:about|of)")
"""A work and the words that say what it is about (see _NOT_BROUGHT_IN, _A_WORK_ABOUT)."""
_NOT_BROUGHT_IN = re.compile(
    r"\b(?:(?:is|was|are|were|be|been|being|seemed|became|become|as|like|such|of|than|what|"
    r"quite|rather)(?:\s+(?:he|she|it|they|not|never|only|just|but|[a-z]+ly)){0,2}\s+"
    r"|(?:never|ever|not|no|(?<!\bas )if|whether)\b[^.!?;:]*|(?:every|any)\s+(?:[a-z]+\s+)?"
    rf"|{_WORK_ABOUT}\s+)$", re.IGNORECASE)
_A_WORK_ABOUT = re.compile(_WORK_ABOUT + r"\s")
"""A work and what it is about, inside the words that bring somebody in (`a memoir about a
woman who walks across Spain`): nobody comes (see State._intros)."""
"""Words before `a young man` that make it say what somebody is (`Was she simply a pretty
girl`) or anyone at all (`He had never yet heard a young girl express herself`, `any such
man`; not `where the bus came every ten minutes, an elderly man…`, nor `As if he had been
waiting for his cue, a tall man… appeared`), or is the subject of a work
(`a memoir about a woman who walks across Spain`), not bring anyone in."""
_ANYONE_WHO = re.compile(
    r" +(?:(?:is|was|are|were) +(?:not|never)|can|cannot|could|should|must|may|might|ought"
    r"|who +(?:seldom|never|rarely|always|often|usually|hardly))\b")
"""Words after `a young man` that make him anyone at all (`a young man was not at liberty to
speak to a young unmarried lady`, `a gentleman must…`, `the small silence that falls in a club
when a man who seldom talks seems about to`), not somebody who came in."""
_AGE = word_set("young old little elderly")
"""Words that tell a newcomer's age, kept in the name a `she` gives them (`the young lady`)."""
_NOT_ADJ = word_set("of and or but with who whom that which to in at on for by from")
_FITTING = (word_set("boy child kid lad urchin baby infant"),
            word_set("girl child kid lass baby infant"),
            word_set("man gentleman fellow stranger"), word_set("woman lady stranger"),
            word_set("girl lady maiden"))
"""Words for the same kind of person: `a small boy` is `the child`, `a young lady` `the
girl`, `a tall man` at the door `the stranger`."""


_OPPOSITES = (("tall", "short"), ("old", "young"), ("little", "big"), ("little", "large"),
              ("small", "big"), ("small", "large"), ("fat", "thin"), ("stout", "thin"),
              ("stout", "lean"), ("elder", "younger"), ("older", "younger"), ("dark", "fair"))
_OPPOSITE: dict[str, frozenset[str]] = {
    w: frozenset({b for a, b in _OPPOSITES if a == w} | {a for a, b in _OPPOSITES if b == w})
    for pair in _OPPOSITES for w in pair}
"""Words that describe two different people (see State._described_otherwise)."""


def _own_words(m: Mention, head: str) -> set[str]:
    """The words a role phrase describes its person with, besides its head and article
    (`short` of `the short man`)."""
    return {w for w in m.titles[1:] if w != head and w.isalpha()}


_FEATURES = word_set(
    """bald bearded moustached tall short fat thin stout lean burly stocky skinny wiry plump
    big little small large blind masked hooded one-eyed grey-haired gray-haired white-haired
    red-haired dark-haired fair-haired younger older elder taller shorter""")
"""Words a writer tells two people apart by (`the bald man` and `the younger man`): a role
that has one and a description that has others but not it are two people (see _opposed).
Not `old` or `young`, said of one person in passing (`a tall man` … `the old man`)."""


def _opposed(own: Iterable[str], words: set[str]) -> bool:
    """One of a role's own words is opposite to one of a description's words (`short` and
    `a tall man`; see _OPPOSITE), or the role and the description each have features and
    share none (`the younger man` and `a bald man`, see _FEATURES)."""
    own = set(own)
    if any(_OPPOSITE.get(w, frozenset()) & words for w in own):
        return True
    mine, theirs = own & _FEATURES, words & _FEATURES
    return bool(mine) and bool(theirs) and not mine & theirs


def _plural(noun: str) -> bool:
    """A plural noun, roughly: `clerks`, not `hostess` or `duchess`."""
    return noun.endswith("s") and not noun.endswith("ss")


def _intro_noun(found: re.Match[str], nouns: frozenset[str]) -> tuple[str | None, int]:
    """The person noun of `a small boy came walking` (`boy`, and where it ends): the first
    word of nouns (DESCRIBED but for a he/she's newcomer), after adjectives only, and not a
    possessive (`a boy's`)."""
    for w in _WORD.finditer(found.group(1)):
        if w.group() in nouns:
            end = found.start(1) + w.end()
            if found.string[end : end + 2] in ("'s", "’s"):
                break  # `with a boy's impudence`: nobody brought in
            return w.group(), end
        if w.group() in _NOT_ADJ:
            break
    return None, -1


_IN_THE = re.compile(
    r"\s+in\s+(?P<article>the|a|an)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_NOT_QUALIFIER = _NOT_ADJ | word_set("as when while said says was had")
_MANNER = word_set(
    """voice tone whisper undertone manner way hurry surprise astonishment amazement rage
    fury anger fright terror despair triumph haste breath low loud same end meantime
    moment minute instant morning afternoon evening night dark darkness""")
"""What `said the gentleman in a gruff voice` says of the saying, not of the person."""


def _qualifier(text: str, end: int, articles: tuple[str, ...] = ("the", "a", "an")
               ) -> list[str]:
    """The words of `in the white waistcoat` right after a person noun that ends at end
    (`white`, `waistcoat`), cut before a word that starts something else; only after one of
    these articles (a cue's `cried the child in a moment` says when, not who)."""
    found = _IN_THE.match(text, end)
    if found and found.group("article") not in articles:
        return []
    words: list[str] = []
    for w in found.group(2).split() if found else ():
        if w in _NOT_QUALIFIER:
            break
        words.append(w)
    return words


def _last(intros: Iterable[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    """The last of these introductions (see State._intros), None for none."""
    found = None
    for intro in intros:
        found = intro
    return found


_DESCRIBED_DASH = re.compile(
    r"\b[Tt]he (?:[a-z]+ ){0,2}?([a-z]+)(?: (?:in|with) (?:the|a|an|his|her) (?:[a-z]+ ){0,2}"
    r"[a-z]+)? ?[—–] ?(?:whose name(?:, [^,.;—–]{1,40},)? was )?(?=[A-Z])")
"""Somebody met unnamed, called by their noun, and a dash right before a name (see
State._named_after_dash), or before the name given (`The round man — whose name, Aulus would
learn, was Gnaeus Calpurnius Strabo, and who…`)."""


def _fits(noun: str, head: str) -> bool:
    """`a small boy` may be `the child`, `the boy`, not `the girl` (see _FITTING)."""
    return noun == head or any(noun in g and head in g for g in _FITTING)


def _as_described(m: Mention) -> str:
    """The name of somebody met unnamed: the role as the cue wrote it, after `the`
    (`said this young lady`: `the young lady`; a role of one word: `the boy`)."""
    words = m.text.split()
    return " ".join(["the", *(words[1:] if len(words) > 1 else words)])


_NAMED_INSIDE = re.compile(r"[^.!?\s]\s+[A-Z]")
"""A capital word inside a sentence: a name, roughly (see State._asked_by_name)."""


_BARE_HONORIFICS = word_set(
    """mr mrs ms miss sir madam madame mme mlle monsieur herr frau dame fräulein fraulein
    signorina señorita senorita mademoiselle""")
"""Honorifics that only stand before a name (`Mrs.`), unlike gendered nouns (`his wife`, and
`lady`/`lord`, which names._PERSONAL_HONORIFICS counts as honorifics but `his lady` uses as a
noun)."""


def _one(word: str) -> str:
    """The noun of `one of our gallery guards`: `guard`."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_KIN_ADDRESS = {
    "grandma": "grandmother", "gran": "grandmother", "granny": "grandmother",
    "nan": "grandmother", "nana": "grandmother", "nanna": "grandmother",
    "grandpa": "grandfather", "grandad": "grandfather", "granddad": "grandfather",
    "mum": "mother", "mom": "mother", "mam": "mother", "mama": "mother", "mummy": "mother",
    "ma": "mother",
    "dad": "father", "papa": "father", "daddy": "father", "pa": "father",
    "auntie": "aunt", "aunty": "aunt", "uncle": "uncle"}
"""Words a story calls a relative by, and the kin word each means (see
State._called_otherwise, State._line_tells_of)."""


def _person_noun_gender(word: str) -> Gender | None:
    """The gender a noun for a person says (`woman`, `fisherman`, `grandma`); None for one
    that says none (`visitor`, `nurse`) and for other words; `mother-in-law` is a mother's."""
    word = word.removesuffix("-in-law")
    said = _noun_gender(word)
    if said is not None:
        return said
    if word.endswith("woman") or (word.endswith("man") and len(word) > 5 and (
            word not in _NOT_MEN)):
        return "female" if word.endswith("woman") else "male"
    return None


_NOT_MEN = word_set("german human roman ottoman")


def _heads_before_of(e: Entity) -> set[str]:
    """The lower-cased words right before an `of` in an organisation's names (`college` of
    `Royal Welsh College of Music and Drama`)."""
    words = [f.lower().split() for f in e.forms]
    return {w[n] for w in words for n in range(len(w) - 1) if w[n + 1] == "of"}


_PRONOUN_OPENS = re.compile(r"\s+(He|She|His|Her)\b")
"""A sentence that opens with a he/she or his/her (see State._gendered_after)."""


_SCENE_RANKS = word_set(
    "inspector sergeant constable superintendent detective captain lieutenant major colonel "
    "doctor professor nurse matron")
"""Ranks a story's one named holder is surely meant by (`Detective Inspector Nadia Okafor` …
`The inspector took the phone back.`; see State._holder_pick)."""
_ELDER = word_set("elder younger eldest youngest older")
"""Words that tell siblings apart (see State._elder_set_off)."""
_ELDER_SET_OFF = re.compile(
    r"\b((?:(?:Miss|Mrs|Mr|Ms|Lady|Sir|Dr)\.? +)?[A-Z][a-z]+(?: +[A-Z][a-z]+)?), +the +"
    r"(elder|younger|eldest|youngest|older)\b(?: +(?:sister|brother|daughter|son))?,")
"""A name set off as one of siblings (`Miss Agnes, the elder,`; see State._elder_set_off)."""
_BEREAVED = word_set("widow widower")
"""Roles a story gives somebody it has just named (see State._widow_in_scene)."""
_STATE_AFTER = re.compile(
    r"\s+(?:(?:was|is|were|are)(?! +(?:standing|sitting|waiting|leaning|(?:in|at) the (?:door|"
    r"doorway|gate|window|foot|top|head|end))\b)|had|has|would|used|could|might|must|died|"
    r"worked|lived|never|always|once)\b")
"""What a relative's words open when the sentence tells of a state or a past, not of what
they do in the scene (`Her mother had been a nurse.`; not `Her husband was in the doorway
with a scuttle of coal.`, `was standing`; see State._story_relative)."""


_INTRODUCED = re.compile(
    r"(?:^|(?<=[.!?] ))(?:[A-Z][a-z]+, )?(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir) (?P<role>[a-z]+)"
    r"\b[^.!?“\"\n]*[.!?] (?P<name>(?P<first>[A-Z][a-z]+) [A-Z][a-z]+(?:-[A-Z][a-z]+)?) "
    r"(?:had|was|seldom|never|always|rarely|still)\b", re.M)
"""`Inside, the captain of the Yarrabin brigade stood at the front… Graham Tully was a
wheat and sheep man`: a role that opens a sentence (past an opening word), then a full name
opening the next with a word that tells of its person (see State._introduced_as)."""


def _noun_gender(word: str) -> Gender | None:
    """The gender a lower-case noun says (`wife`, `boy`, `lady`), not a bare honorific's."""
    return None if word in _BARE_HONORIFICS else HONORIFIC_GENDER.get(word)


_SPOUSES = {"mrs": word_set("wife lady"), "mr": word_set("husband")}
"""Kin words that mean the spouse of a man (`his wife`) or of a woman (`her husband`)."""
_GRANDPARENTS = word_set("grandfather grandmother")
_GRANDCHILD = re.compile(r"\b(?:[Hh]is|[Hh]er) +grand(?:daughter|son|child|children|kids)\b")
"""A grandparent's own words for their grandchild (see State._grandparent)."""
_PARENT_HONORIFIC = {"father": "mr", "mother": "mrs"}
"""Kin words whose person a family name and an honorific tell (`her father`: Mr. + surname);
a spouse is _SPOUSES' (`her husband` of Jane Bennet is not Mr. Bennet)."""
PARENT_REACH = 2
"""How many paragraphs before `Kyle's mother said` may name her in full (see
State._parent_near)."""

NAMES_ALONE_WORDS = 15
"""Longest line, in words, whose names of a person say it is not theirs (see
State.names_alone)."""

_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his)\s+$")
"""`the` right before a role's words (`the Republican said`, see State._unheld_role)."""
INTERVIEWEE_LINES = 3
"""How many present-tense lines (`she says`) make somebody a profile's interviewee (see
State._interviewee)."""
_PRESENT_VERBS = word_set("""says adds recalls explains admits insists notes continues laughs
    tells asks writes jokes concedes shrugs""")
"""Present-tense speech verbs a profile cues its interviewee with (see State._interviewee)."""
_PRESENT_CUE = re.compile(r"\s+(?:\w+ly\s+)?(?:" + "|".join(sorted(_PRESENT_VERBS)) + r")\b")
"""A present-tense speech verb right after a he/she (see State._interviewee)."""


def _present_verb(cue: str) -> bool:
    """A cue whose last word is a present-tense speech verb (`Quintero-Haddad says`)."""
    words = cue.split()
    return bool(words) and words[-1] in _PRESENT_VERBS


GAVE_NAME = re.compile(
    r"[^.!?“”\"]{0,40}?\bwho (?:later |only )?(?:(?:gave|gives|(?:would|will) (?:only )?give)"
    r" (?:only )?(?P<own>her|his) (?:first |full )?name(?: only)?(?:,? (?:only |simply |just )?"
    r"as|,)|(?:uses|goes by|is known "
    r"as|posts (?:online )?(?:as|under))(?: the (?:nom de guerre|name|alias|pseudonym|code name|"
    r"call sign|nickname|handle))?) "
    r"(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")
"""After somebody unnamed: the name they gave (`a woman in the third row, who later gives her
name as Ngozi Abara`, `who would give only his first name, Gary,`), and whose it is (see
State._indefinite_role), or the name they go by
(`A commander of the dissident 33rd Front, who uses the nom de guerre Richard,`)."""
_GENERIC_SOURCES = word_set("person insider source")
"""Words a report uses for an unnamed source whatever it first called them (`said a
longtime adviser…` / `the person added`, see State._generic_source)."""
_SOME_PEOPLE = re.compile(r"\b[Aa]n? +(?:[\w'’-]+ +){0,2}?(?:couple|family|pair|group)\b")
"""Several people brought in unnamed (`a couple from Leeds`): whose kin a kin word may be."""
_OF_AFTER = re.compile(r" of\b")
"""A kin word's `of` (`the mother of the victim`): whose relative they are."""
_BODY_VOICES = word_set("spokesman spokeswoman spokesperson")
"""Roles whose words are an organisation's when they say for none (see
State._body_spoken_for)."""
_FOR_THE_KIND = re.compile(r" for the ([a-z]+)\b")
"""`a spokesperson for the company`: the organisation's kind, group 1 (see
State._for_the_kind)."""
_SET_OFF_AFTER = re.compile(r" (?:for|of|at|from|to|with)\b|,")
"""After a role, words that say whose it is or set a name off (`a spokesperson for…`,
`a spokesperson, Jo Hale,`)."""
_SPOKESPEOPLE = word_set(
    """spokesman spokeswoman spokesperson aide adviser advisor official source staffer lawyer
    attorney representative""")
"""Roles that speak for someone else: `the spokesman` is never the person he speaks for."""
_OFFICES = word_set(
    """president senator governor mayor secretary candidate nominee congressman congresswoman
    lawmaker speaker chairman chairwoman judge minister ambassador executive ceo""")


def _owner_words(name: Sequence[str], head: str) -> set[str]:
    """The capitalised words of a role (lower case) that name whose role it is, a club, firm
    or body (`Castleford` of `the Castleford manager`), not a party, a nation or a title
    (`the Democratic senator`, `the French minister`, `the Deputy Mayor`)."""
    return {w.lower().removesuffix("’s").removesuffix("'s") for w in name
            if w.lower() not in ROLE_ADJ and w.lower() != head
            and w.lower() not in TITLES and w.lower() not in ROLE_NOUNS
            and w.lower() not in DETERMINERS and not nation_adjective(w.lower())}


def _other_office(head: str, titles: set[str]) -> bool:
    """The role names an office (`the Republican presidential candidate`) and the person is
    known by other offices only (`Mayor de Blasio`), or speaks for somebody (`said the
    spokesman, Smith.` / `said the mayor`): not the same person. Offices are not
    matched up (`the lawmaker` of a Sen., `the chairman` of a Sen.): `Sen. Tom Rusk grilled
    Rep. Ann Vark` or `the bank leaders` is followed by either's words."""
    offices = {t for t in titles if t in _OFFICES | _SPOKESPEOPLE | _OTHER_PARTY | _LEADERS}
    return head in _OFFICES | _ARTS and bool(offices) and head not in offices


_CLAUSE_THEN_PRONOUN = re.compile(
    r"\s*[“\"‘']?(?:When|After|As|Once|Before|While|Although|Though|Until)\b[^,.;:!?“”\"]{3,140}, "
    r"(?=(?:he|she)\b)")
"""An opening clause up to the comma before the main clause's he or she (see
State.clause_opener)."""
_INSTITUTIONS = word_set("ombudsman auditor commissioner coroner registrar regulator")
"""Offices that are institutions too (`The Housing Ombudsman has since…` / `the ombudsman
said`; see State._office_named)."""
_PRESIDING = word_set("speaker chair")
"""Who presides over a debate or a hearing: somebody of their own, never a debater named
before (`Brad Kowalski could be heard shouting` / `“…,” the Speaker said`), unless they
hold the title. Not `the chairman`, often a company's, who may be the senator named before
(`Sen. Tom Rusk grilled the bank leaders`)."""
_LEADERS = word_set("leader")
"""A role that is somebody's office too (`union leader Owen Prichard` is not `the minister`)."""
_ARTS = word_set(
    """singer songwriter actor actress author novelist poet painter musician composer
    comedian dancer""")
"""Callings that are nobody's office (`the singer` is not `Prime Minister Anil Kapoor`)."""


_OTHER_PARTY = word_set(
    """officer doctor nurse witness prosecutor teacher victim juror policeman detective agent
    guard neighbor neighbour resident driver passenger clerk waiter moderator reporter
    interviewer supporter critic opponent rival colleague activist donor voter protester""")
"""Roles of somebody the person the text is about meets, never another way to call that
person (`Ann Vark testified.` then `the officer said`)."""


CALLINGS = _OFFICES | _SPOKESPEOPLE | _OTHER_PARTY | _ARTS | _LEADERS
"""Words the resolver reads as offices and callings (see _other_office): a report's own
word for somebody (Page.own_roles) is never one of them, so that `Gary Byrne, a former
agent,` is still `the author` of his book."""


def _not_an_epithet(head: str) -> bool:
    """The role is somebody the person a he/she would mean meets, or several of them, never
    another way to call them (`his opponent`, `the critics`, `the officer`; see
    _OTHER_PARTY)."""
    return head in _OTHER_PARTY or (head.endswith("s") and head[:-1] in _OTHER_PARTY)


def _role_head(m: Mention) -> str:
    """The title a role names: `the press secretary` -> secretary; `the Duchess` (a title
    written as a name) -> duchess, and so `the Reverend Mother` -> mother; never a
    determiner (`the` is nobody's title)."""
    head = next((t for t in reversed(m.titles) if t not in _NOT_TITLES), "")
    if (not head or head == "reverend") and len(m.name) == 1:
        head = m.name[0].lower()  # `the Reverend Mother` of a convent is its Mother Cecilia
    return head


_NOT_TITLES = word_set("the a an this that these those")


def _described_only(head: str, page: Page) -> bool:
    """The role word is one only because the report described somebody with it (see
    Page.own_roles): nobody who holds it, nobody it means."""
    return head in page.own_roles and head not in ROLE_NOUNS and head not in page.story_roles


def _holds(m: Mention, title: str, e: Entity) -> bool:
    """The person holds the role's title (or its initials: `the DCI`; or its full form: `the
    Super` of a Detective Superintendent, see TITLE_FULL): not as a lesser form
    (see _lesser_title), nor from another state than the role names (see _other_state)."""
    return (title in e.titles or title in e.initials or TITLE_FULL.get(title, "") in e.titles
            ) and not e.organisation and (
        not _lesser_title(m, e.titles)) and not _other_state(m, e.titles) and not (
        _held_once(m, title, e))


def _held_once(m: Mention, title: str, e: Entity) -> bool:
    """e held the title only in the past (`The former chancellor Lord Pemberton`: not `the
    Chancellor`, but `the former chancellor`; see Entity.past)."""
    return title in e.past and not NO_LONGER & set(m.titles)


def _capital_title(m: Mention, bare: bool = False) -> bool:
    """`the Queen`, `the Mock Turtle`: a role written as a name; with bare, also without
    its `the`, as a cue gives it (`“…,” the King said` names `King`)."""
    return bool(m.name) and m.text.split()[-1][:1].isupper() and (
        bare or m.text[:4].lower() == "the ")


def _cannot_mean(m: Mention, head: str, e: Entity) -> bool:
    """A role nobody holds cannot mean the person e, named before it: e holds another office
    or is from another state (see _not_the_holder), the role is somebody e meets (see
    _not_an_epithet), e held it only in the past (see _held_once), or an age says a person
    and e is a lone word nothing shows to be one (`Kirkfield had led 2-1…` / `“…,” the
    21-year-old said`: a club), or a young person's word means a grown one (see
    _too_grown)."""
    return _not_the_holder(m, head, e.titles) or _not_an_epithet(head) or _held_once(
        m, head, e) or (head.endswith("-year-old") and not e.first and e.gender == "unknown"
                        and not e.titles) or _too_grown(head, e)


def _too_grown(head: str, e: Entity) -> bool:
    """A word for a young person (`the boy`) cannot mean somebody called by a rank or a
    grown person's honorific (Magister Iolo Garnet, Mr. Hale; but `Miss Vane` is `the
    young girl`)."""
    return head in _YOUNG and bool(e.titles & _RANKS or e.honorific in ("mr", "mrs", "ms"))


def _not_the_holder(m: Mention, head: str, titles: set[str]) -> bool:
    """The person cannot be the role: known by other offices only, or from another state."""
    return _other_office(head, titles) or _other_state(m, titles)


def _other_state(m: Mention, titles: set[str]) -> bool:
    """The role names a state and the person is known from another (`the Florida senator` is
    not `Sen. Joni Ernst, R-Iowa`; `the New Jersey governor` is not `Ohio Gov. John
    Kasich`)."""
    here = state_of(m.titles)
    there = state_of(titles) if here is not None else None
    return there is not None and there != here


def _lesser_title(m: Mention, titles: set[str]) -> bool:
    """The entity's title is a lesser form the role does not say (`vice`, `deputy`), or the
    role is a lesser form the entity's title does not say (`the deputy minister` is not the
    minister)."""
    return any((w in titles) != (w in m.titles) for w in LESSER_TITLES)
