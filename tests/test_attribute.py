"""Tests of attribute.py and names.py: who voices each quote, on synthetic sentences."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readaloud.attribute import Doc, _named_runs, attribute, dialogue_style
from readaloud.extract import text_article
from readaloud.model import Article, Attribution, Block
from readaloud.names import (
    People,
    first_name_gender,
    make_page,
    name_mention,
    opening_adverbial,
    opening_clause_end,
    opening_subordinator,
    party_state,
    run_end,
    state_of,
    subject_after,
    subject_before,
    tokenize,
)
from readaloud.segment import find_quotes, segment


def make_article(text: str) -> Article:
    """Blocks from text: paragraphs split on blank lines; the first one is the title."""
    blocks: list[Block] = []
    for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        blocks.append(Block("title" if not blocks else "paragraph", m.start(), m.end()))
    return Article("test", text, "", tuple(blocks))


PIECES = st.sampled_from([
    "“", "”", '"', "‘", "’", "'", " ", "\n\n", ", ", ". ", "said", "she", "he", "Ann Vole",
    "the Owl", "told", "according to", "Mr.", ":", "—", "😀", "中文", "\r", "\x00", "a",
])


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = "".join(draw(st.lists(PIECES, max_size=80)))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    blocks = [Block(draw(st.sampled_from(["title", "heading", "paragraph", "paragraph"])), a, b,
                    quote=draw(st.booleans()))
              for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    return Article("prop", text, "", tuple(blocks))


def run(text: str) -> Attribution:
    article = make_article("Headline\n\n" + text)
    return attribute(article, segment(article))


def voices(text: str) -> list[tuple[str, str | None]]:
    """(quote text without marks, speaker) for every quote, parts of one quote joined."""
    out: list[tuple[str, str | None]] = []
    for s in run(text).segments:
        if s.kind == "quote":
            out.append((s.text.strip("“”\"‘’'.,!?"), s.speaker))
    return out


def who_spoke(text: str) -> list[str | None]:
    """The speaker of every quote (see voices), in reading order."""
    return [who for _line, who in voices(text)]


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the quote segment that contains `words`."""
    for quote, speaker in voices(text):
        if words in quote:
            return speaker
    raise AssertionError(f"no quote with {words!r}")


# --------------------------------------------------------------------------------------------
# Where the cue is
# --------------------------------------------------------------------------------------------

_BUDGET = (
    "Mayor Tom Jones spoke on Monday about the city budget, which passed the council last week"
    " after months of debate over police funding and school repairs.\n\nThe council voted "
    "seven to two for the plan, and the mayor signed it the next morning at City Hall.\n\n")
"""A report's opening, so that the lines after it are read as news, not as a story."""


CUES = [
    ("Omar Haddad said: “The bridge will open in spring.”", "bridge will open", "Omar Haddad"),
    ("“The bridge will open in spring,” Omar Haddad said.", "bridge will open", "Omar Haddad"),
    ("“The bridge will open in spring,” said Omar Haddad, the senator from Ohio.",
     "bridge will open", "Omar Haddad"),
    ("Lena Ortiz arrived late. “We waited for hours,” she said, “and nobody came.”",
     "nobody came", "Lena Ortiz"),
    ("Agriculture ministry spokeswoman Maria Lopez said, “Prices will fall next month.”",
     "Prices will fall", "Maria Lopez"),
    ("Jane Moss, a spokeswoman for the ministry, said, “We have no comment today.”",
     "no comment today", "Jane Moss"),
    ("Paul Arden, who has led the agency since 2019, said, “Budgets are tight this year.”",
     "Budgets are tight", "Paul Arden"),
    # a name right after `his wife` is the relative's: a bare surname is the other person's
    ("Former President Bill Clinton criticized the law during a campaign stop for his wife "
     "Hillary Clinton.\n\nDuring the rally Monday, the former president said premiums were "
     "rising.\n\n“It doesn’t make any sense at all,” Clinton said.", "make any sense",
     "Bill Clinton"),
    ("Donald Trump spoke in Ohio on Monday. Earlier, Trump’s son Eric Trump warmed up the "
     "crowd, and Trump’s son Eric Trump later signed hats.\n\n“We will win this state by a "
     "lot,” Trump said.", "win this state", "Donald Trump"),
    # an aside after the speaker's name whose closing comma is missing
    ("“This new ad raises questions about whether voters can trust him,” Katie Packer, who is "
     "chairman of Our Principles PAC said in a statement.", "raises questions", "Katie Packer"),
    ("Sam Lau, the communications director for the Iowa Democratic Party said in a statement "
     "that the count was final: “There are no paper ballots to recount.”", "no paper ballots",
     "Sam Lau"),
    # an owner before the name only qualifies it (`said CNN’s Jake Tapper`), whether or not
    # the first name is a known one
    ("“The mayor has not been candid,” said CNN’s Jake Tapper.", "not been candid",
     "Jake Tapper"),
    ("“The mayor has not been candid,” said Fox’s Bret Baier.", "not been candid",
     "Bret Baier"),
    ("“Gun owners should leave their weapons at home,” opined Cleveland’s Plain Dealer.",
     "leave their weapons", "Plain Dealer"),
    # ... also with words that describe the name between them, but not across a preposition
    ("“The budget is balanced at last,” said Clinton’s top foreign policy aide Jake Sullivan.",
     "balanced at last", "Jake Sullivan"),
    ("“The budget is balanced at last,” said Clinton’s running mate Tim Kaine.",
     "balanced at last", "Tim Kaine"),
    ("“The budget is balanced at last,” said Clinton’s campaign in Iowa.", "balanced at last",
     "Clinton’s campaign"),
    ("“The budget is balanced at last,” said Clinton’s aide who once served Tim Kaine.",
     "balanced at last", None),
    # lower-case titles before the name are no part of it
    ("“The budget is balanced for the fourth time,” said Cook County treasurer Maria Pappas.",
     "fourth time", "Maria Pappas"),
    # a run of titles that ends in an organisation word is the organisation
    ("In May, the State Department told the group that “no records responsive to your request "
     "were located.”", "no records responsive", "State Department"),
    # a title word that is also a surname is a name after a person's title
    ("“The budget is balanced at last,” Rep. King said.", "balanced at last", "King"),
    (_BUDGET + "“The budget is balanced for the fourth time,” said Mayor Chancellor.",
     "fourth time", "Chancellor"),
    # an unnamed speaker's words keep a word that describes the next one
    ("A lawyer for two unnamed officers said the city was “not going to pay a single dollar "
     "this year.”", "single dollar", "A lawyer for two unnamed officers"),
    ("A spokesman for embattled Acme said the city was “not going to pay a single dollar this"
     " year.”", "single dollar", "A spokesman for embattled Acme"),
    # capitalised titles before the name are no part of it
    ("Cleveland Police Chief Calvin Williams said, “Nobody has been arrested so far.”",
     "Nobody has been", "Calvin Williams"),
    ("County Superintendent Maria Lopez said, “Schools will open on Monday.”", "Schools will",
     "Maria Lopez"),
    # a name set off by dashes after a role, with an aside of its own; `--` is a dash
    ("A former governor — Paul Arden, who led the state until 2019 — said, “Budgets are tight"
     " this year.”", "Budgets are tight", "Paul Arden"),
    ("A former governor -- Paul Arden, who led the state until 2019 -- said, “Budgets are "
     "tight this year.”", "Budgets are tight", "Paul Arden"),
    ("A former governor -- Paul Arden -- said, “Budgets are tight this year.”",
     "Budgets are tight", "Paul Arden"),
    ("According to Ruth Calder, “the harvest was the worst in a decade.”", "harvest",
     "Ruth Calder"),
    ("“We are not selling the farm,” Daniel Wu told Reuters.", "not selling", "Daniel Wu"),
    ("Daniel Wu said in a statement, “We are not selling the farm.”", "not selling",
     "Daniel Wu"),
    ("Karen Blix wrote in an email, “The report is ready for review.”", "report is ready",
     "Karen Blix"),
    ("“The vote was rigged from the start,” Victor Lane tweeted on Sunday.", "vote was rigged",
     "Victor Lane"),
    ("Victor Lane posted: “See you all at the rally tomorrow.”", "See you all", "Victor Lane"),
    ("“Why would anyone agree to that?” asked Nora Quist.", "Why would anyone", "Nora Quist"),
    ("“Nobody asked us,” Sen. Tom Rusk (D-Ohio) said.", "Nobody asked", "Tom Rusk"),
]


CUES += [
    # a name and a colon, transcript style
    ("Rep. Ada Flint (D-Ore.): “Who approved the contract in the first place?”",
     "Who approved", "Ada Flint"),
    # the speaker is the subject of an -ing cue
    ("Omar Haddad answered on Monday, saying: “The bridge will open in spring.”",
     "bridge will open", "Omar Haddad"),
    # …or the person after `with` whose -ing leads to the words, whatever that -ing is
    # (round 17 tried to skip `with` phrases that seemed to set a scene, `with X holding`,
    # `with X standing`; in news they mostly bring in the speaker, so it was taken out)
    ("Ruth Calder criticised the plan on Monday, with Omar Haddad firing back hours later, "
     "writing: “She has never read the bill.”", "never read the bill", "Omar Haddad"),
    ("Ruth Calder criticised the plan, with Omar Haddad holding a press conference hours "
     "later, telling reporters: “She has never read the bill.”", "never read the bill",
     "Omar Haddad"),
    ("Ruth Calder left the room, with Omar Haddad standing by the door and telling "
     "reporters: “She will not resign, whatever they say.”", "not resign", "Omar Haddad"),
    # an inverted cue with an aside before the second part
    ("“In that case,” said Ruth Calder, rising from her chair, “we should vote now.”",
     "we should vote now", "Ruth Calder"),
    # a long quote woven into a report of speech
    ("Omar Haddad said the new bridge would “carry twice the traffic of the old one.”",
     "carry twice the traffic", "Omar Haddad"),
    # the sentence before the quote says who speaks
    ("Ruth Calder disagreed. “The money was never in the budget to begin with.”",
     "money was never", "Ruth Calder"),
    # …or that someone praised or blasted something, the quote a paragraph of its own
    ("Ines Vark praised the mayor’s handling of the flood and his calm in the worst week.\n\n"
     "“We need someone who can keep the whole town calm when the river rises.”",
     "keep the whole town calm", "Ines Vark"),
    # `goes` speaks only when the quote follows at once: the council is no speaker here (and
    # `went on to` still speaks)
    ("The council met on Monday. By contrast, Ines Vark said that once the council goes on "
     "recess, “I intend to do as much as I can, wherever I can be helpful.”",
     "as much as I can", "Ines Vark"),
    ("Tom Rusk said he would back Vark in the race. He went on to call Haddad “the worst "
     "mayor this town has had in fifty years.”", "worst mayor", "Tom Rusk"),
    # `went` speaks only as `went on`: `Rusk went with a willingness “…”` reports nothing
    ("The visit reminds me of the mayor’s trip to the coast in 1985, Ines Vark wrote in her "
     "column, recalling the meeting where Tom Rusk went with a willingness “to build a "
     "friendship between the two towns without giving up anything.”", "build a friendship",
     "Ines Vark"),
    # `the senator` is the sentence's own subject when no senator was named for a while
    ("Sen. Tom Rusk spoke first on Monday.\n\n" + " ".join(
        ["The harbour board met for hours on the dredging budget and the pier repairs."] * 12)
     + " Paul Arden, the harbour master, said the budget was fine.\n\nOmar Haddad defends "
     "his record in an ad on local radio: “Nobody has built more homes in this town than I "
     "have,” the senator says.", "built more homes", "Omar Haddad"),
    # …but not when a senator is named right there
    ("Omar Haddad attacked Sen. Tom Rusk on Monday: “Nobody has built more homes in this "
     "town than I have,” the senator said.", "built more homes", "Tom Rusk"),
    # a question whose cue follows as its own sentence
    ("“Where is the money going?” Ruth Calder asked the council.", "money going",
     "Ruth Calder"),
]


CUES += [
    # an aside's office words before a title and name (`state Sen.`)
    ("“This is a big year for all of us here,” his niece, state Sen. Marcia Price, said.",
     "big year", "Marcia Price"),
    ("“This is a big year for all of us here!” Scott's niece, former state Sen. Marcia "
     "Price, shouted to the crowd.", "big year", "Marcia Price"),
    # `Del.` ends a sentence: a man called Del, or Delaware
    ("“Have you seen my keys anywhere?” asked Del. Mary pointed at the table.",
     "seen my keys", "Del"),
    ("“It was terrifying,” said Mary Lou Hale, 52, of Dover, Del. “The water came up to the "
     "second floor.”", "water came up", "Mary Lou Hale"),
    # the American comma inside the marks, then a short continuation and the cue
    ("“This is the worst flooding we have seen,” since 1993, Mike Fenn, the county's "
     "emergency manager, said on Tuesday.", "worst flooding", "Mike Fenn"),
    ("“I don't know what happened to him,” or why, said Linda Tran, whose son was injured.",
     "what happened", "Linda Tran"),
    # `Soon` and `once` in a name or a description
    ("Willie Soon studies the sun. “The sun drives the climate, and soon you will see it,” "
     "Soon said.", "sun drives", "Willie Soon"),
    ("“We lost the vote and the seat,” said the once powerful chairman Jim Hale.",
     "lost the vote", "Jim Hale"),
    # a woven quote after `with Name -ing` is that name's, not the sentence subject's
    ("Omar Haddad and Paul Arden spoke on Monday. Haddad saw the raid as a sign of disarray, "
     "with Arden noting the absurdity of sending “a couple of hundred men here and a couple "
     "of hundred there.”", "couple of hundred", "Paul Arden"),
    # …but not when the participle after the quote's verb is the subject's own
    ("Mayor Ann Roe, with Gov. Tom Hale standing beside her, opened the session, describing "
     "the vote as “a turning point for this city and its people.”", "turning point",
     "Ann Roe"),
    # a pull quote credited after a dash (vox pops, readers' letters, epigraphs)
    ("“The bus never comes on time and nobody at the council cares.” ― Ines Vark",
     "bus never comes", "Ines Vark"),
    ("“The bus never comes on time and nobody at the council cares.”— Ines Vark, 34, Leeds.",
     "bus never comes", "Ines Vark"),
    # a date before the description (`9/11 widow`) and the gender the description gives
    ("“The rationale for the veto does not hold,” said 9/11 widow Terry Strada.",
     "rationale for the veto", "Terry Strada"),
    ("Terry Strada, a 9/11 widow, wrote to the senators.\n\n“We are tired of waiting for a"
     " vote on this bill,” she said.", "tired of waiting", "Terry Strada"),
    # an aside that goes on to name someone else says nothing of the name's gender
    ("Terry Strada, the son of a 9/11 widow, wrote to the senators.\n\n“We are tired of "
     "waiting for a vote on this bill,” he said.", "tired of waiting", "Terry Strada"),
    # a document speaks for whoever issued it
    ("“The impact remains very unclear for the region,” the IMF report stated.",
     "impact remains", "IMF"),
    ("“The senator has never once told the truth,” Trump’s tweet said.", "never once told",
     "Trump"),
    ("“Jobs are coming back to the valley this year,” the RNC’s new web ad says.",
     "Jobs are coming back", "RNC"),
    # role words before the name and an aside before the verb
    ("Harbour board chair Ruth Calder, at a later press briefing, said, “The pier reopens in "
     "May.”", "pier reopens", "Ruth Calder"),
    # a sentence that ends `says NAME, founder of …` before a whole quote
    ("The answers are “not meeting the demand,” says Omar Haddad, founder and chief of the "
     "Veterans League. “We compare it to the early days of a crisis nobody saw coming.”",
     "We compare it", "Omar Haddad"),
    # a quoted nickname inside the name
    ("“The nation is watching this state tonight,” Marcia “Cia” Price shouted to the crowd.",
     "nation is watching", "Marcia Price"),
    ("Marine John “Tig” Tiegen spoke next.\n\n“Nobody came to help us that night,” he said.",
     "Nobody came to help", "John Tiegen"),
    # a quote that ends in a nested quote, with a space between the marks
    ("\"They ask why they should not vote for the name of 'Clinton,' \" said Bree Maxwell, a "
     "volunteer in the county who often goes to colleges to meet young voters.",
     "should not vote", "Bree Maxwell"),
    # a speech verb used as a noun in the aside (`the states`) is not the cue's verb
    ("“It is an invasion of the state’s domain,” Omar Haddad, the attorney general, one of "
     "the states suing the agency, said at an event.", "an invasion", "Omar Haddad"),
    # `who` after a name is that name
    ("The mayor won an endorsement from Omar Haddad, who declared at the rally, “It is time "
     "for this town to unite behind one plan.”", "time for this town", "Omar Haddad"),
    ("“The town is angry,” said Ruth Calder, who thinks the council "
     "“needs to work with the community far more than it does.”", "needs to work", "Ruth Calder"),
    # a he or she that opens a sentence running up to a colon
    ("“We are closing strong,” Omar Haddad said.\n\nHe also played up his strength in the "
     "general election: “Who gives us the best chance to win in November?”",
     "best chance to win", "Omar Haddad"),
    # a middle initial is part of the name
    ("“The bus never comes on time and nobody cares,” Julie A. Diaz Martinez said.",
     "bus never comes", "Julie A. Diaz Martinez"),
]
CUES += [
    # an aside that opens with an s-apostrophe possessive (`Jones’ campaign manager`)
    ("“The count starts at noon,” Ivo Brandt, Jones’ campaign manager, said in a statement.",
     "count starts", "Ivo Brandt"),
    # a hyphenated capitalised title before the name (`co-Host`)
    ("“That was the first time in years,” Morning Show co-Host Lidia Crane said.",
     "first time in years", "Lidia Crane"),
    # a whole quote after a sentence that ends `…, said NAME.`
    ("Farmers were “deeply worried” about the rain, said farm economist Tomas Reyes. “Half the "
     "crop is still in the field.”", "Half the crop", "Tomas Reyes"),
    # a sentence with a named subject runs up to a colon and the quote completes it
    ("Dara Finch delivered a sharp reply: “Nobody on this council reads the reports.”",
     "Nobody on this council", "Dara Finch"),
    ("Dara Finch has since apologised for the delay: “We should have told the families "
     "sooner.”", "told the families", "Dara Finch"),
    # a past tense without `-ed` is a verb too
    ("Jeb Bush broke down what was wrong with the image to a Dutch newspaper: “What Trump did "
     "was so insensitive.”", "so insensitive", "Jeb Bush"),
    # ... also when a space was lost after the quote before (`!”Former`)
    ("“I love tacos!” he tweeted. “They are the best!”Former governor Jeb Bush broke down what "
     "was wrong with it: “What Trump did was so insensitive.”", "so insensitive", "Jeb Bush"),
    # a `the` role is never a mention of anyone: a he/she after a sentence about somebody
    # unnamed (`The man fled`) is not them, and a name after a role is the person
    ("Sheriff Tom Reyes briefed reporters on Friday.\n\nThe man fled on foot after the crash "
     "and was caught two hours later.\n\n“We will not tolerate this in our county,” he said.",
     "not tolerate", "Tom Reyes"),
    ("Gov. Victor Lane signed the budget on Monday.\n\nThe budget director, Paul Arden, "
     "defended the cuts to schools. “We had no choice this year,” he said.", "no choice",
     "Paul Arden"),
    # ... and `the senator` is not a senator named long before
    ("Sen. Omar Haddad of Ohio spoke to donors on Sunday, and Lena Ortiz thanked him.\n\nThe "
     "race tightened over the weekend. Victor Lane's campaign said it was confident.\n\nPaul "
     "Arden sought to stoke energy at his headquarters in Manchester. Walking into the office "
     "to cheers, the senator said his campaign was closing strong. “It is going to be huge for"
     " all of us,” he said.", "going to be huge", "Paul Arden"),
    # `retired` may stand before a role noun (`the retired neurosurgeon told`)
    ("Trump will help black communities thrive, Ben Carson said Monday.\n\n“They have to stop "
     "and listen to what he is offering,” the retired neurosurgeon told a radio host.",
     "stop and listen", "Ben Carson"),
    # a participle after a definite role subject is the role's (`…, saying … “…”`)
    ("Ben Carson fell to ten percent in the polls.\n\nThe retired neurosurgeon has given no "
     "details about his plans, saying only that he was “refining some operational practices "
     "and streamlining some staff assignments.”", "refining some", "Ben Carson"),
    # an unnamed speaker's words end at a verb after a lower-case noun too
    ("A spokeswoman for the ministry issued a statement on Monday, saying that the agency was "
     "“reviewing every contract signed since 2019.”", "reviewing every contract",
     "A spokeswoman for the ministry"),
    # ... but not at an `-ed` word after `the` (`close to the embattled mayor`)
    ("A person close to the embattled mayor said on Monday that the agency was “reviewing "
     "every contract signed since 2019.”", "reviewing every contract",
     "A person close to the embattled mayor"),
    # a he/she whose nearest candidate is only an object is that person when they are the
    # only subject of the sentences before (`… a defining friendship for Ebeling. “…,” she said`)
    ("Betsy Ebeling is one of the oldest friends of Hillary Clinton.\n\nThe Ebeling friendship"
     " matters to Clinton -- unlike many of her wealthy donor friends, Ebeling lives a quiet "
     "life in Chicago, where she works for the state. She is a grandmother and a former Spanish"
     " teacher. She wears her gray hair short and represents a more relatable image of "
     "Clinton’s life than her summers in the Hamptons. Yet it has also been a defining "
     "friendship for Ebeling. “It has been part of the fabric of my life,” she said.",
     "fabric of my life", "Betsy Ebeling"),
    # a common word (written in lower case elsewhere) before a time adverb is not the
    # subject (`Hours later, …`)
    ("The vote took hours. Hours later, Dara Finch answered the council, telling reporters, "
     "“We will not move the market this year.”", "not move the market", "Dara Finch"),
    # ... and with no lower-case `hours` anywhere in the article
    ("Hours later, Dara Finch returned the compliment, telling Reuters, “We have been friends"
     " for a very long time.”", "friends for a very", "Dara Finch"),
    # an -ing word that opens the sentence is not its subject
    ("Speaking to farmers, Mayor Dara Finch agreed, calling the plan “the best chance this "
     "valley has had in years.”", "best chance", "Dara Finch"),
    # a description that starts with an organisation and ends in a full name
    ("“The vote is a formality,” said Green party boss Ana Lutz, smiling.", "vote is a",
     "Ana Lutz"),
    # a closed quote followed by `Name tweeted, …`
    ("“The bridge stays shut until May” Omar Haddad tweeted, quoting a notice from the "
     "county roads office about the repairs.", "bridge stays shut", "Omar Haddad"),
    # `Name said she thinks …` : the pronoun is the named reporter
    ("Marta Quell, a nurse, said she thinks the ward is “going to close before the winter "
     "comes.”", "going to close", "Marta Quell"),
]
CUES += [
    # a label opens a later sentence of a paragraph that already holds a quote
    ("Omar Haddad: “The road stays shut until spring.” Ruth Calder: “The council will open it "
     "before the snow melts.”", "before the snow", "Ruth Calder"),
    # a party-and-state aside between the subject and the verb of a colon sentence
    ("Senate Majority Leader Omar Haddad, R-Ky., delivered a blunt message to the mayor: “It "
     "is time to stop attacking the people you ran against.”", "stop attacking", "Omar Haddad"),
    ("Senator Omar Haddad (R-Ky.) delivered a blunt message to the mayor: “It is time to "
     "stop attacking the people you ran against.”", "stop attacking", "Omar Haddad"),
    # a `-man` title news also gives women does not outweigh a woman's first name
    ("Omar Haddad spoke first.\n\nMayor spokesman Hope Lind confirmed that the group was "
     "independent. “They are not affiliated with the campaign,” she said.", "not affiliated",
     "Hope Lind"),
    # role words between the opening phrase and the name of the last sentence's opener
    ("“We will win,” said Omar Haddad, who leads the party of Ivan Petrov.\n\nJust a few "
     "months ago, Florida developer Mel Ostrow expressed dismay at the thought of Petrov as "
     "the nominee. “I kept telling myself that will not happen, that cannot happen,” he told "
     "the Tampa Bay Times in February.", "kept telling myself", "Mel Ostrow"),
    # a role word before a name is not part of an organisation or another person's name
    ("Chris Haddad left the race on Monday.\n\n“It was a crowded lane for votes all year,” "
     "said Republican political consultant Chris Ostrow.", "crowded lane", "Chris Ostrow"),
    ("“People feel that they are not wanted in the party,” said Latino Polls researcher "
     "Sylvia Ostrow.", "not wanted", "Sylvia Ostrow"),
    ("Ruth Calder won.\n\n“David is a longtime friend of mine,” said Calder ally James "
     "Ostrow.", "longtime friend", "James Ostrow"),
    # two roles joined by `and`, either matching the person's title
    ("Sen. Omar Haddad responded first. “I have been warning throughout this campaign about "
     "the plan,” the Ohio senator and Republican presidential candidate said.",
     "warning throughout", "Omar Haddad"),
    # a role `of` an office is one role
    ("Former Secretary of State Ruth Calder spoke in Iowa. Omar Haddad attacked her plan. "
     "“It is not going to work for anyone in this state,” the former secretary of state said.",
     "not going to work", "Ruth Calder"),
    # `the statement` is the one its subject released or sent just before
    ("Mayor Omar Haddad released a statement Thursday night condemning the attack. “We stand "
     "with the families of the victims tonight,” the statement said.", "stand with the",
     "Omar Haddad"),
    ("Ruth Calder said in a statement that she was sorry. “After reviewing her email, the "
     "senator believes it was a mistake,” the statement said.", "reviewing her email",
     "Ruth Calder"),
    # an opening phrase that starts with a preposition names no subject
    ("In Washington, Mayor Omar Haddad released a statement Thursday night. “We stand in "
     "solidarity with the families of the victims tonight,” the statement said.",
     "solidarity with", "Omar Haddad"),
    ("In an AP interview Monday, Omar Haddad said the process could be “messy,” adding, "
     "“Democracy is messy and that is fine by me and by all of us.”", "Democracy is messy",
     "Omar Haddad"),
    # `credited` weaves its subject's words in
    ("Omar Haddad credited Ruth Calder’s victory to “a closed primary, something I am not all "
     "that enthusiastic about.”", "closed primary", "Omar Haddad"),
    # an aside between a woven quote's subject and its verb
    ("Dan Ostrow, the conservative attorney and treasurer of the group, has egged on "
     "supporters with pep talks like “we will win the most primaries and can still take the "
     "most delegates.”", "win the most primaries", "Dan Ostrow"),
    # a sentence-opening `Said NAME, who …,`
    ("The home was turned into a museum. Said Dorothy Ostrow, who grew up with the boxer in "
     "the neighborhood, “We were all so proud of him and his family.”", "proud of him",
     "Dorothy Ostrow"),
    # a participle after an inverted cue in a sentence that opens with a quote
    ("“It is not new in Virginia,” said Rep. Bobby Ostrow (D-Va.) at the time, adding that "
     "“we have been electing new people to office for a long time.”", "electing new people",
     "Bobby Ostrow"),
    # an opening `Asked …,` or `Pressed …,` names what was asked, not the subject
    ("Tom Rusk held a rally in the town on Sunday. Asked about it, he demurred: “Whichever "
     "one I am in at the moment, of course.”", "Whichever one", "Tom Rusk"),
    ("Tom Rusk held a rally in the town on Sunday. Pressed by the host, Ines Vark gave in: "
     "“We will know that at the end of the month.”", "We will know", "Ines Vark"),
    # … a speech verb in the question is the question's, and a `which` aside is part of it
    ("Tom Rusk held a rally on Sunday. Asked to respond to what Ann Vark said, he laughed: "
     "“She has never told the truth in her life, not once.”", "never told the truth",
     "Tom Rusk"),
    ("Gov. Tom Rusk met with reporters. Asked if Ann Vark told the truth, Gov. Tom Rusk "
     "laughed: “She has never told the truth in her life, not once.”", "never told the truth",
     "Tom Rusk"),
    ("Gov. Tom Rusk met with reporters. Pressed on what Ann Vark told the committee, Tom Rusk "
     "was blunt: “She has never told the truth in her life, not once.”",
     "never told the truth", "Tom Rusk"),
    ("Tom Rusk held a rally on Sunday. Asked about the plan, which Sen. Ann Vark wrote, he "
     "demurred: “Whichever one I am in at the moment, of course.”", "Whichever one",
     "Tom Rusk"),
    # a time phrase between the subject and the verb
    ("Omar Haddad later Thursday told Fox News: “Both of them are meeting up next week to "
     "talk about these things.”", "meeting up next week", "Omar Haddad"),
    ("Omar Haddad on Thursday said: “Both of them are meeting up next week to talk about "
     "these things.”", "meeting up next week", "Omar Haddad"),
    # a name that opens a bracket, with an aside before its verb
    ("The world knows it (Raphael Ostrow, who coined the word, once said, “It happened so "
     "many times, first to one people and then to others”). However, that is all.",
     "It happened so many", "Raphael Ostrow"),
    # an unnamed person with a qualifier that names someone else
    ("Another intelligence source speaking to Fox News said, “The agents are investigating "
     "the possible intersection of donations and contracts.”", "agents are investigating",
     "Another intelligence source speaking to Fox News"),
    ("The scheduling was so odd that a spokesman for Omar Haddad could only quip: “I guess "
     "they really want nobody at all to watch it.”", "nobody at all", "a spokesman for Omar "
     "Haddad"),
    # `told Politico` names whom they told; `chief of staff` is one role before the name
    ("“Positions will soften on the mayor, whether it is now or later,” California Rep. Tom "
     "Hunter’s chief of staff, Joe Kasper, told POLITICO before the interview.",
     "Positions will soften", "Joe Kasper"),
    ("“Positions will soften,” the chief of staff, Joe Kasper, told the Herald.",
     "Positions will soften", "Joe Kasper"),
    # a document speaks for whoever the sentence before says issued it, even when that is
    # not the sentence's subject (`… became public after Nunberg filed a petition`)
    ("The dispute became public after Sam Nunberg filed a petition on Tuesday in the state "
     "court. The petition accuses the campaign of “attempting to bully Mr. Nunberg into "
     "silence for good.”", "bully Mr. Nunberg", "Sam Nunberg"),
    # an organisation opening the sentence, an aside before its verb
    ("The Harbour Board, in its daily summary on Monday, emailed a note reporting that “the "
     "pier is closed until the end of the month.”", "pier is closed", "Harbour Board"),
    # an inverted cue before a colon, the speaker's role (`moderator`) before the name
    ("It did not help that a biting question came from the crowd. In other words, explained "
     "CBS moderator Nancy Cordes: “What does that have to do with taking big donations from "
     "them?”", "taking big donations", "Nancy Cordes"),
    # `is quoted as saying` is what the subject said
    ("“Our method succeeds where others fail because we seek out likely voters,” Braynard is"
     " quoted as saying. “We are in and out of the field faster than anyone.”",
     "field faster", "Braynard"),
    # an inverted cue set off by commas inside the narration (`…, says X, is that “…”`)
    ("The paradox of the pier, says Carl Anthony, historian at the harbour museum, is that it "
     "was “one of the most loved buildings in the town,” not for its looks (think Ines Vark "
     "and Omar Haddad) but for its “place in the daily life of the town and its harbour.”",
     "place in the daily life", "Carl Anthony"),
    # a hyphenated description between a place and the role before the name
    ("“The biggest worry for me is the next harbour budget,” said Idaho "
     "nutritional-supplement executive Frank VanderSloot, who backed the mayor.",
     "biggest worry", "Frank VanderSloot"),
    # two titles joined by `and` before one name
    ("“That is what he did in both races. He is reprising that role,” said former Ohio Gov. "
     "and Harbour Party Chairman Ed Rendell.", "reprising that role", "Ed Rendell"),
    # `with Name -ing … and asking, “…”`: the name is the participles' subject
    ("Critics were quick to chime in, with Tom Rusk tweeting that it was a “disaster” for the "
     "town and asking, “How can someone with such bad judgement run the harbour board?”",
     "bad judgement", "Tom Rusk"),
    # a colon intro that hands over to someone (`Here’s X in 1992:`, `More from X:`)
    ("The roots go back a long way. Here’s Omar Haddad in December 1992: “Our new direction "
     "must rest on the new realities of the harbour trade.”", "new realities", "Omar Haddad"),
    ("What that means for the race - More from Ines Vark: “The size of the town matters as "
     "much as the number of voters in it.”", "size of the town", "Ines Vark"),
    # a participle may report a clause without `that` (`saying Rusk owes “…”`)
    ("Shortly after the hearing ended, Haddad’s campaign sent out a press release saying "
     "Rusk owes “the town an explanation for voting against the new pier.”",
     "explanation for voting", "Haddad’s campaign"),
    # an unnamed person ends at an adverb (`later`); a name after `A` only qualifies
    ("A Harbor Party official later walked back the remarks, saying that Rusk “did not have a"
     " particular ship in mind when he spoke.”", "particular ship", "A Harbor Party official"),
    ("A Plus reporter Ines Vark asked the mayor about the pier, noting that the town “has "
     "spent more on the pier than on all of its schools.”", "spent more on the pier",
     "Ines Vark"),
    # `one` opens an unnamed person as `a` does
    ("Haddad had run the mill since 2000. “We are shocked, he was a friend to all of us,” one "
     "factory employee told French television station BFMTV.", "friend to all of us",
     "one factory employee"),
    # a short quoted term inside the cue's aside does not end the cue
    ("“We have had more successful conventions than this one,” Texas delegate Bill Ostrow, "
     "wearing a cowboy hat and “Vote Cruz” campaign pins, said matter-of-factly.",
     "more successful conventions", "Bill Ostrow"),
    # `Jun` and `Jan` without a dot are names, not months
    ("Columnist Ai Jun wrote in the paper. “The people also have had enough of politicians "
     "betraying their words,” Jun wrote.", "betraying their words", "Ai Jun"),
    # a role the article never gave anyone is the person the last sentence opened with
    ("“We will win this one easily,” said Ivan Petrov.\n\nOmar Haddad got in on the game, "
     "bashing Petrov at a rally on Monday. “Sometimes I get the feeling that the gentleman "
     "running against her is not serious,” the former president said.", "gentleman running",
     "Omar Haddad"),
    # a lower-case surname particle: `De Blasio` is Bill de Blasio
    ("Mayor Bill de Blasio spoke first. “We are not going to let this stand in our city at "
     "all,” De Blasio said.", "let this stand", "Bill de Blasio"),
    # an organisation between a woven quote's verb and the quote does not own the words
    ("Omar Haddad credited the vote to luck. He commanded the Democratic Party to “do the "
     "right thing and open its doors to all the people.”", "open its doors", "Omar Haddad"),
    # a city at the end of an aside is no person (`…, the state capital, Sacramento, said`)
    ("Michael Ostrow, who lives in an unincorporated area outside of the state capital, "
     "Sacramento, said he still “prays that his candidate ends up the nominee at the "
     "convention.”", "prays that his", "Michael Ostrow"),
    # an unnamed `a king` inside someone's quote does not take `the King`'s words
    ("“Don’t look at me like that!” said the King.\n\n“A cat may look at a king,” said "
     "Alice.\n\n“Well, it must be removed at once,” said the King very decidedly.",
     "must be removed", "King"),
    # `the ad` is the one its subject is releasing, through later `the … ad` sentences
    ("Candidate Omar Haddad is releasing a new 30-second ad that urges voters to act.\n\n"
     "The ad says “nothing will change until we elect candidates who reject that money.”",
     "nothing will change", "Omar Haddad"),
    ("The Omar Haddad campaign is releasing a new online ad Monday.\n\nThe “No Comparison” "
     "ad contrasts his record with Petrov’s.\n\nThe nearly 90-second ad slams Petrov for "
     "his votes.\n\nThe ad claims “Omar is the conservative you can trust in this race.”",
     "conservative you can trust", "Omar Haddad"),
    # `No. 2` inside an aside does not end it
    ("The vote was close. Ruth Calder, the No. 2 in the party, said: “This person will not be "
     "confirmed by the council.”", "will not be confirmed", "Ruth Calder"),
    # `the email` is the one its author `emailed`, or the one sent `from` someone
    ("Ines Vark, the harbour master, emailed the staff on Monday evening, telling them, “I am "
     "proud of this town.”\n\nThe email goes on to say: “We will close the office for good "
     "and move to the coast.”", "close the office", "Ines Vark"),
    ("According to the Herald, an email was sent from the club’s director, Jo Kemp, to the "
     "members. The email said, “We will close the office for good and move to the coast.”",
     "close the office", "Jo Kemp"),
    # … but a medium named after `from` with its owner is not its author
    ("“The ferry stays,” Tom Rusk said.\n\nAn email was sent from Ruth Calder’s old account "
     "to the members. The email said, “We will close the office for good and move.”",
     "close the office", None),
    # a statement `provided` by a name after the subject's verb is that name's
    ("The Herald said Omar Haddad provided a written statement. “After reviewing his email, "
     "the secretary believes it was a mistake,” the statement said.", "reviewing his email",
     "Omar Haddad"),
    # … or, with no author and no earlier statement, the one the sentence before announced
    ("The Harbour Board on Tuesday responded that the pier had moved.\n\n“The board pays "
     "for the new pier out of its own reserves, not from the town,” the statement said.",
     "pays for the new pier", "Harbour Board"),
    # … or the one `released by` someone, though the sentence's subject criticized it
    ("Ruth Calder criticized a statement released by Omar Haddad. “We stand with the "
     "families of the victims tonight,” the statement said.", "stand with the", "Omar Haddad"),
    # in news, a line of its own after a paragraph that ends `…,” X said as …` is more of
    # X's (in a novel it would be a new turn)
    ("Her friends mock him, calling him “an orange buffoon,” Mary Susan said as she turned "
     "around.\n\n“But he is our candidate, and we love him anyway!”", "we love him",
     "Mary Susan"),
    # a name after `since`/`after` opens a clause: it is the subject of the verb after it
    ("What the plan means is left to the voters, since Tom Rusk spoke only in vague phrases "
     "during the interview.\n\n“We have to do something, and it is the only way to stop it.”",
     "only way to stop", "Tom Rusk"),
    ("“It is misleading,” Omar Haddad wrote after Ines Vark argued for the second night that "
     "“if everyone had voted as he voted, we would have lost the harbour.”",
     "we would have lost", "Ines Vark"),
    # `a video that said` speaks for whoever released the video
    ("In selling the flats, Tom Rusk released a glossy video that said, “We are going to have "
     "builders that are absolutely terrific, all of them picked by me.”", "builders that are",
     "Tom Rusk"),
    # a transcript label may carry role words before the name
    ("Rep. Tom Rusk (R-Ohio):\"Who told you that figure? Who told you that?\"\n\nFormer "
     "secretary of state Ines Vark:\"We learned that from the board and their own analysis "
     "of the records.\"", "We learned that", "Ines Vark"),
    # `It continued:` after someone wrote in a document is that document, so its writer
    ("“He grabbed her left arm with his right hand, causing her to turn,” Tom Rusk wrote in "
     "the affidavit. It continued: “Probable cause exists to charge the man with one count of "
     "battery.”", "Probable cause", "Tom Rusk"),
    # `…, Arden said, adding, “…”`: the participle goes on with Arden, not the sentence's
    # first name
    ("“This is still early in the process,” Paul Arden told the Herald.\n\nInes Vark and Tom"
     " Rusk will meet sometime next week, Arden said, adding, “They need to sit down and have "
     "a good long talk.”", "sit down and have", "Paul Arden"),
    # `with X reportedly yelling: “…”`: an adverb may stand between the name and the -ing
    ("At a rally in Ohio on Saturday, some of his supporters punched a protester, with Tom "
     "Rusk reportedly yelling: “Get him the hell out of here right now!”", "Get him the hell",
     "Tom Rusk"),
    # a verb joined by `but`/`and` shares the sentence's subject
    ("Tom Rusk used to back fellow harbour man Paul Arden, but now said Ines Vark had “the "
     "chance and the duty to bring us all together again.”", "the chance and the duty",
     "Tom Rusk"),
    # `by saying` / `, adding` in the sentence before: its subject speaks the bare quote
    ("Tom Rusk distanced himself from the protest by saying he would help the harbour board "
     "if asked. “I am going to back them, and back them with all I have got.”",
     "back them with all", "Tom Rusk"),
    # a present-tense verb counts when an article or possessive follows it
    ("The board met again on Monday.\n\nTom Rusk reveals a few relevant facts: “Of its 900 "
     "members, only 40 have ever come to a meeting.”", "only 40 have", "Tom Rusk"),
    # … and an organisation may speak through a colon in its own sentence
    ("The board met again on Monday.\n\nThe Harbour Board reveals a few relevant facts: “Of "
     "its 900 members, only 40 have ever come to a meeting.”", "only 40 have",
     "Harbour Board"),
    # a he/she opening the main clause after an opening phrase may take a colon quote
    ("Ines Vark spoke to the fishermen on Monday. When she was talking about the new quay, "
     "she offered up this sound bite: “We are going to put a lot of boats out of business.”",
     "put a lot of boats", "Ines Vark"),
    # `The Rusk campaign, …, worded it:` is the campaign, never Rusk
    ("The Rusk campaign, in a note on the ferry contract, worded it more carefully: “Rusk "
     "always wrote to harbour officials on their own accounts, so the emails were kept.”",
     "always wrote to", "Rusk campaign"),
    # a dash before the quote hands over as a colon does
    ("Tom Rusk also backed the longer opening hours -- “I think the market is the heart of "
     "this town and it should stay open.”", "heart of this town", "Tom Rusk"),
    # `X issued a statement …` / a bare quote after it: the statement, so X
    ("The Harbour Board issued a statement apologizing to the fishermen for the delay.\n\n"
     "“On behalf of everyone at the board, we want to offer a sincere apology to the fleet.”",
     "sincere apology", "Harbour Board"),
    # `X’s response was:` / `X’s reply:` hands over to X
    ("Paul Arden emailed her about the storm on Monday. Ines Vark’s response was: “Is the "
     "ferry off the Leeds route or the Hull one?”", "ferry off the", "Ines Vark"),
    # `the boy` whom nobody named is known as is somebody of their own, not the paragraph's
    # subject …
    ("Tom Rusk spoke about the new pier. “It will be as long as it needs to be,” Rusk "
     "said.\n\n“How long is that pier going to be?” asked the boy, who was wearing a red "
     "cap.", "How long is that pier", "the boy"),
    # … but `the man who …` describes someone the reader knows
    ("“It will be as long as it needs to be,” Tom Rusk said.\n\nThe people of the town “"
     "deserve someone who is with them and made of the same stuff,” said the man who built "
     "his career on the harbour.", "deserve someone", "Tom Rusk"),
    # … and so is any word for a person the narration brought in, in a short scene no story
    # cue marks as fiction; one nothing brought in is not the one who spoke before …
    ("An old gentleman came into the shop.\n\n“Good morning,” said Tom Rusk.\n\n“Have you "
     "any tea?” asked the old gentleman.", "Have you any tea", "the old gentleman"),
    ("Tom Rusk opened the shop at nine.\n\n“Good morning,” said Tom Rusk.\n\n“Have you any "
     "tea?” asked the old gentleman.", "Have you any tea", None),
    ("“Who are you?” asked Ann Hale.\n\n“The cabin boy,” said the lad.", "The cabin boy",
     None),
    ("Ann Vark opened the show with a monologue about the harbour.\n\n“Nobody in town cares,” "
     "Vark said.\n\nHer guest, Tom Rusk, agreed.\n\n“They don't,” Rusk said.\n\n“So what do "
     "we do?” the host asked.", "So what do we do", None),
    # … but may be somebody named before (`said the gentleman` is Mr. Knightley)
    ("Mr. Knightley came up to them.\n\n“Miss Woodhouse,” said he.\n\n“You are early, Mr. "
     "Knightley,” said Emma.\n\n“I am always early,” said the gentleman.", "always early",
     "Mr. Knightley"),
    # … and so is one the report brought in just before
    ("Ines Vark spoke in the square on Monday. A man in the crowd shouted at her. “What about "
     "jobs?” the man said.", "What about jobs", "the man"),
    # `Will` is a first name, alone after the verb and before a surname
    ("Ned Rowe and Will Ash walked to town.\n\n“Ten miles,” said Will Ash.\n\n“We will be "
     "late,” said Ned.\n\n“We always are,” said Will.", "We always are", "Will Ash"),
    # a role set off by a full name after the verb is that person
    ("The protest went on for a third day.\n\n“We want our sons back,” said the protester, "
     "Amina Yusuf.", "our sons back", "Amina Yusuf"),
    # a role set off before a report's name is theirs, when somebody else spoke between
    ("The senator, Joan Avery, said she would vote against the bill.\n\n“It is bad for "
     "farmers,” Avery said.\n\nA man in the audience shouted at her. “What about jobs?” the "
     "man said.\n\n“Jobs matter too,” the senator replied.", "Jobs matter", "Joan Avery"),
    # … and after `its` as after `the` or `his`
    ("Acme Corp. reported a loss on Monday, and its chief executive, Mia Shaw, apologised to "
     "investors.\n\n“We let you down,” Shaw said.\n\nAnalyst Ed Lang was not impressed. “This "
     "is the third bad quarter,” Lang said.\n\n“We will do better,” the chief executive said.",
     "We will do better", "Mia Shaw"),
    # … but not a name after an opening clause: the one who met the senator is somebody else
    ("When Tom Rusk saw the senator, Joan Avery, who had been waiting, stood up.\n\n“We will "
     "see about that,” Rusk said.\n\nA man in the audience shouted at him. “What about "
     "jobs?” the man said.\n\n“Jobs matter too,” the senator replied.", "Jobs matter", None),
    # a `Having …` clause, and an aside after it, come before the main clause's subject
    ("Tom Reed came into the box at nine.\n\nHaving greeted Mrs. Ann Hale, a large lady in "
     "creaking satin, he sat down beside Mary, and said in a low tone: “I hope you have told "
     "her about us.”", "I hope you have told", "Tom Reed"),
    # a fact-check lists a claim, then the claimant on a dash line of its own
    ("Here are the claims we checked.\n\n“Almost all new income is going to the top one "
     "percent of the town.”\n\n- Tom Rusk.\n\nThe figure is out of date.", "new income",
     "Tom Rusk"),
    # `according to` a document means its author, named after `from` or `filed by`
    ("“The evidence cannot prove every element of the crime that was alleged here,” "
     "according to a statement from Ines Vark.", "cannot prove", "Ines Vark"),
    ("“The evidence cannot prove every element of the crime that was alleged here,” "
     "according to a court document filed by state attorney Ines Vark.", "cannot prove",
     "Ines Vark"),
    ("A March 2 letter from the Harbour Board obtained by the Herald warns that “any further "
     "use of the emblem will go to our lawyers at once.”", "emblem", "Harbour Board"),
    # an organisation's head with `of`/`on` makes the whole run the organisation
    ("“The hearing is closed to the public,” the Senate Committee on Harbour Safety said.",
     "hearing is closed", "Senate Committee on Harbour Safety"),
    # a capitalised `Chair` between an organisation and a name is a title, so `the HRB` is
    # the board and not its chair
    ("HRB Chair Ines Vark said she would step down. Later the HRB issued a statement.\n\n"
     "“We want to offer a sincere apology to the fleet and to every family in the town.”",
     "sincere apology", "HRB"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CUES)
def test_cue_positions(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


# --------------------------------------------------------------------------------------------
# Who the cue means
# --------------------------------------------------------------------------------------------

PEOPLE = [
    # a surname, an honorific and a role all point back at the full name
    ("Press secretary Ellen Varga spoke on Monday. “The talks will continue,” Varga said.",
     "talks will continue", "Ellen Varga"),
    ("Ellen Varga spoke on Monday. Later, “we expect a deal,” Ms. Varga said.",
     "expect a deal", "Ellen Varga"),
    ("Press secretary Ellen Varga spoke on Monday. “Nothing has changed,” the press secretary"
     " said.", "Nothing has changed", "Ellen Varga"),
    # a report may name its `the President` just after quoting him (a story may not: see
    # test_the_general_of_a_story_is_not_a_general_it_names_later)
    ("“We will not back down,” the President said.\n\nPresident Barack Obama spoke later at "
     "the White House.", "We will not back down", "Barack Obama"),
    # … but not one who holds the title first named far later (`The senator was rallying…`,
    # and a page on, `Sen. Elizabeth Warren`), nor, then, anybody nearer
    ("Bernie Sanders came to this city in April.\n\nThe senator was rallying for a friend, "
     "praising “his genuineness and his indisputable integrity” as he promised to fight.\n\n"
     + "The crowd cheered and sang for a long time that night. " * 20
     + "\n\nSen. Elizabeth Warren spoke in Boston.", "indisputable integrity", None),
    # within reach, the holder named after the role is meant
    ("“We will not back down,” the senator said.\n\n"
     + "The crowd cheered and sang for a long time that night. " * 12
     + "\n\nSen. Elizabeth Warren spoke in Boston.", "We will not back down",
     "Elizabeth Warren"),
    # pronouns resolve to the right person by gender
    ("Ellen Varga met Mark Hollis on Monday. “It went well,” she said.", "It went well",
     "Ellen Varga"),
    ("Ellen Varga met Mark Hollis on Monday. “It went badly,” he said.", "It went badly",
     "Mark Hollis"),
    ("Mark Hollis left early. He added, “I have nothing more to say about it.”",
     "nothing more to say", "Mark Hollis"),
    # the one person the quote's own paragraph names as its subject, after others spoke
    ("Paul Arden spoke first. “We are ready,” he said.\n\nGreta Lind took a different tack,"
     " warning about the costs. “We cannot afford another delay,” she said.",
     "cannot afford", "Greta Lind"),
    ("Omar Haddad backed the plan. “It is sound,” he said.\n\nPaul Arden, for his part, "
     "seemed to agree. “The numbers work for everyone,” he said.", "numbers work", "Paul Arden"),
    # an organisation's name goes on after `of`, `on` or `for`; `the commission` and `the
    # union` are the one named before, unless a person's title inside the run names a person
    ("The Association of Flight Attendants endorsed Ann Roe. “Her fight has opened doors for"
     " every worker in the sky,” the union wrote.", "opened doors",
     "Association of Flight Attendants"),
    ("The nonpartisan Commission on Presidential Debates says the sound failed.\n\nThe "
     "commission says on its website that “there were issues with the audio in the hall.”",
     "issues with the audio", "Commission on Presidential Debates"),
    ("The Council on Foreign Relations President Ann Roe says in a statement that the “talks"
     " have reached the point where nobody can leave.”", "talks have reached", "Ann Roe"),
    # `the article read` is the article named a little before, which speaks for its issuer;
    # an organisation keeps a place word that opens its name
    ("A Times article hailed Tom Rusk in 1994.\n\n“Mr. Rusk has managed to erase much of "
     "his debt this year,” the article read.", "erase much", "Times"),
    # two sentences glued by a lost space (`said.Rusk`) still end at the dot; `reacted`
    # is a speech verb
    ("“The Chinese have complete control over the whole region,” Tom Rusk said.Rusk claimed"
     " that he learned this in China.", "complete control", "Tom Rusk"),
    ("“What sport is he talking about, and who is he profiling?” reacted Tom Rusk.",
     "What sport", "Tom Rusk"),
    # a sentence that ends `…, said Ohio professor Paul Beck.` owns a quote woven into it
    # anywhere; `remembered` is a speech verb
    ("Ann Roe “drew quite well from white, working-class voters” in the primary, said Ohio "
     "professor Paul Beck.", "drew quite well", "Paul Beck"),
    ("“An awful lot of analysts told her not to do this,” remembered Roy Verley, the "
     "company’s spokesman.", "awful lot", "Roy Verley"),
    # a verb of worry or doubt weaves the subject's words in, as `called` does
    ("Tom Rusk is questioning whether Omar Haddad would have attended the service “if it "
     "were held anywhere else in town.”", "anywhere else", "Tom Rusk"),
    ("Meanwhile, China’s foreign ministry weighed in on the comments.\n\n“Countries outside"
     " the region should keep their promises,” the ministry said.", "keep their promises",
     "China’s foreign ministry"),
    ("The New York Times said on Monday that “the paper will not endorse anyone in this "
     "race.”", "will not endorse", "New York Times"),
    # `“…,” he said`: the man whose name opens the last sentence naming anyone he could
    # mean, others there named only as objects; a preposition before a name (`Like Omar
    # Haddad,`) and a title's dot (`Govs.`) open no sentence
    ("Omar Haddad spoke after Tom Rusk on Monday.\n\nIvan Petrov denounced Tom Rusk’s "
     "remarks as hurtful. “That will have consequences for all of us,” he said.",
     "consequences for all", "Ivan Petrov"),
    ("Like Omar Haddad, the former customer, Ivan Petrov does not want to fight Tom Rusk "
     "again.\n\n“I am 76 and I am tired of all of it,” he said.", "tired of all", "Ivan Petrov"),
    ("Marco Rubio spared his rivals, particularly Govs. Jeb Bush and Chris Christie, who doubt"
     " him.\n\nHe dismissed the critique, saying that it was his campaign’s “greatest "
     "fundraising night of the whole year, by far.”", "greatest fundraising", "Marco Rubio"),
    # the opener may follow one phrase set off by a comma, and may be a lone surname that is
    # named mid-sentence somewhere (a proper name, not a capitalised common word)
    ("Omar Haddad spoke after Tom Rusk on Monday.\n\nJust a few months ago, Ivan Petrov "
     "expressed dismay at the thought of Tom Rusk as mayor. “I now fear it may well happen,”"
     " he told the Herald.", "fear it may", "Ivan Petrov"),
    ("Reporters asked Obama about the vote on Monday.\n\nObama also addressed Trump’s "
     "concerns on Thursday.\n\n“We take the integrity of the vote very seriously,” he added.",
     "integrity of the vote", "Obama"),
    # a capitalised plural opening a sentence is a group, not one man (`Delegates asked`),
    # while a surname also named mid-sentence is a person wherever it stands
    ("Tom Rusk spoke in Leeds on Monday.\n\nDelegates asked how Rusk could break his pledge."
     " “The day he broke it was the day this became personal,” he said.", "became personal",
     "Tom Rusk"),
    ("The mayor came late. Everyone had waited an hour for Jones.\n\nJones looked tired. “I"
     " missed the early train this morning,” he said.", "missed the early train", "Jones"),
    # the quote opens a sentence the narrator completes; the speaker closes it
    ("“It seems very unlikely to pass this year” unless the budget changes, said Ann Roe, a"
     " lecturer at the college.", "very unlikely", "Ann Roe"),
    ("Ann Roe teaches law. “The politics of the bill are just so plain” in the chamber, she"
     " said in an interview.", "politics of the bill", "Ann Roe"),
    # `the group` is the group named last; `the paper` the newspaper named last
    ("The Riverside Tenants Association met on Monday. “We will not accept another rent rise,”"
     " the group said.", "another rent rise", "Riverside Tenants Association"),
    ("The Harbour Times ran an editorial. “The council has failed the town once again,” the"
     " paper wrote.", "failed the town", "Harbour Times"),
    # a quote paragraph after `X continued his remarks.` (`remarks` is a noun there)
    ("Ann Roe spoke first. “We start today,” she said.\n\nOmar Haddad continued his sharp"
     " remarks.\n\n“Nobody asked the families what they wanted from this plan.”",
     "Nobody asked", "Omar Haddad"),
    # `it said` is the organisation the sentence before was about
    ("The Harbour Authority issued a statement on Monday. It added, “The pier will reopen in"
     " May after the repairs.”", "pier will reopen", "Harbour Authority"),
    # organisations speak too
    ("“The decision is final,” the White House said in a statement.", "decision is final",
     "White House"),
    ("The Agriculture Ministry met farmers. “Subsidies will rise,” the ministry said.",
     "Subsidies will rise", "Agriculture Ministry"),
    # somebody the article does not name still speaks in their own voice
    ("“We were never told,” a spokesman for the port authority said.", "never told",
     "a spokesman for the port authority"),
]


PEOPLE += [
    # the speaker of an inverted verb that ends a paragraph is its he
    ("“We will win Ohio,” said Tom Rusk, the party chairman.\n\n"
     "Debates rarely move the polls, noted NBC’s Omar Haddad.\n\n"
     "“Most voters have made up their minds by the time the debates begin,” he wrote.",
     "Most voters", "Omar Haddad"),
    # a country is never he or she
    ("“We made an offer on Monday,” Omar Haddad said.\n\n"
     "Libya has refused it.\n\n"
     "“We will try again next year, with a better offer,” he said.",
     "try again next year", "Omar Haddad"),
    # a long answer in news continues the speaker; it does not take turns
    ("“Why the delay?” asked Ines Vark.\n\n“We were waiting for the money,” Tom Rusk "
     "said.\n\n“We were waiting for the money because the council had frozen every "
     "grant for a year, and nobody could tell us when it would thaw. So we waited, and "
     "we waited, and then the contractor left, and we had to start the tender all over "
     "again from the very beginning.”",
     "council had frozen", "Tom Rusk"),
    # a he in a sentence that a name opens is that name
    ("“The bridge is safe,” said Tom Rusk, the engineer.\n\n"
     "Mayor Omar Haddad wrote back within the hour: “Nobody on the council believes "
     "the report any more,” he said.",
     "Nobody on the council", "Omar Haddad"),
    # an event or a law is never he or she
    ("“We will win the state,” Ines Vark said on Monday.\n\n"
     "On the last day of the Republican National Convention the mood was grim.\n\n"
     "“Policies for working mothers should be the norm,” she said.",
     "working mothers", "Ines Vark"),
    # a she after the name that opens the sentence, another woman named only as an object
    ("“The debate was rough,” Tom Rusk said.\n\n"
     "Ines Vark says she admired Ruth Calder’s courage through what she calls “a war of "
     "some pretty unpleasant words between the two camps.”",
     "a war of some", "Ines Vark"),
    # `He’s` is he
    ("“The count is over,” Omar Haddad said on Monday.\n\nHe’s claiming that the vote is "
     "“a big, big problem in this country and nobody will admit it.”",
     "a big, big problem", "Omar Haddad"),
    # a shared surname is the person named most often
    ("Hillary Clinton spoke in Ohio. Hillary Clinton then flew to Iowa, where Bill "
     "Clinton joined her on stage. “We are going to win this state,” Clinton said.",
     "going to win", "Hillary Clinton"),
    # a time phrase between the subject and its verb (`Tom Rusk on Friday played down`)
    ("Omar Haddad agreed to stay out of the northern towns. In return, Tom Rusk will leave the"
     " coast to Haddad.\n\nAs he has before, Tom Rusk on Friday played down the idea that he "
     "had struck a deal with Haddad. “There never was a grand alliance between us,” he said.",
     "grand alliance", "Tom Rusk"),
    # a name after its owner’s possessive opens the sentence (`the Harbor Herald’s Ada Fisher`)
    ("“I think the harbour plan speaks for itself,” Ines Vark said.\n\nAnd the Harbor "
     "Herald’s Ada Fisher, one of the few women on the board, said the plan would pass. “I "
     "think the vote will go fine,” she said, showing off the badge the council gave her.",
     "vote will go fine", "Ada Fisher"),
    ("“The tide was higher than anyone expected,” Tom Rusk said.\n\nLast month, the Harbor "
     "Herald’s Ines Vark asked Rusk whether the wall was safe. “It is safe enough for now, but"
     " not for ever,” she said.", "safe enough", "Ines Vark"),
    # … but not inside a clause after the subject (`that the paper’s Paul Arden had reported`)
    ("Tom Rusk turned the story back on the Herald, pointing out that the paper’s Paul Arden "
     "had reported in June that the campaign was falling apart. He hoped, he said, that the "
     "paper would be fairer now.\n\n“Apparently not,” he said.", "Apparently not",
     "Tom Rusk"),
    # `of` starts no title (`courtesy of Tom Rusk, a delegate…`): the described newcomer
    ("“We will win the county,” Paul Arden said.\n\nRuth Calder made an appearance of sorts,"
     " courtesy of Tom Rusk, a delegate from Ohio who dressed up in a prison outfit.\n\n“I "
     "thought it would be funny if I went out and bought an orange suit,” he said.",
     "bought an orange suit", "Tom Rusk"),
    # the one speaker the pronoun's own sentence names before the quote
    ("“The river is rising,” Paul Arden said on Monday.\n\nSoon after the flood in the old "
     "town of Father Omar Haddad, Tom Rusk asserted that the harbour had lost its soul: “The "
     "harbour is no longer the harbour,” he claimed.", "no longer the harbour", "Tom Rusk"),
    # a bare quote after a sentence whose own he/she said something
    ("Ines Vark, pressed by the host to publish her letters, turned to Tom Rusk's taxes.\n\n"
     "Ines Vark praised the mayor again. In response to Tom Rusk's charge that she has been "
     "weak on the harbour, she said she and the mayor had made progress.\n\n“I really believe"
     " that the mayor has done a remarkable job against great odds.”", "remarkable job",
     "Ines Vark"),
    # a he of the narration means the paragraph's one subject, and so does the cue after it
    ("“I do not think it is do or die,” Omar Haddad said outside the building.\n\nOn the eve "
     "of the meetings, Tom Rusk eased his tone. Asked on the radio who leads the party in his "
     "view, he said Paul Arden. “I would say Paul for the time being and maybe for a long "
     "time,” he said.", "for the time being", "Tom Rusk"),
    # a participle opening the sentence is no name and takes no subject's place
    ("“The pier must close,” Paul Arden said.\n\nSpeaking in the old town, Ines Vark, "
     "without naming him, also accused Arden of being late to the harbour question.\n\n“You "
     "cannot just show up at election time and say the right things,” she said to loud "
     "applause.", "cannot just show up", "Ines Vark"),
    # an epithet (`the shipping tycoon`) is the person the paragraph before was about
    ("Top donor Omar Haddad said he found Tom Rusk to be “very charming.”\n\n“It was very "
     "nice,” the shipping tycoon told the Herald in a rare interview when asked if he had met "
     "Rusk.", "very nice", "Omar Haddad"),
    # a name in a `who`/`how` clause is no subject of the sentence
    ("“The champion will be missed,” Tom Rusk said.\n\nPaul Arden took his 3-year-old "
     "daughter, Ruth, there on Sunday to explain to her who Omar Haddad was.\n\nHe said: “He "
     "was strong and brave, and I hope I can be like that one day.”", "strong and brave",
     "Paul Arden"),
    # a place named as an object (`in Las Cruces`) does not compete with the subject
    ("“We want the border open,” Tom Rusk said at the rally.\n\nAngel Mendoza, 19, marched "
     "with the crowd.\n\nGrowing up in Las Cruces, Mendoza regularly saw families who came to"
     " the town from the south.\n\n“The detention centres are absolutely shameful, and they "
     "keep children there,” he said.", "detention centres", "Angel Mendoza"),
    # `As for Tom Rusk, he…`: the sentence's topic
    ("“That would be a disaster, and we must respect the voters,” Paul Arden said.\n\nAs for"
     " Tom Rusk, he said he is not worried. “First of all, I think I am going to win the "
     "vote,” he said.", "going to win the vote", "Tom Rusk"),
    # `the agency` with no agency named: the one organisation that was a subject just before
    ("The Harbour Department also said on Thursday that it fell short of its goal of clearing "
     "the pier by the end of the year.\n\n“We have worked hard to come as close to the goal "
     "as we could, but the storms got in the way,” said the agency.", "storms got in the way",
     "Harbour Department"),
    # `the company` with no company named: the one bare name that was a subject just before,
    # which nothing showed to be a person (round 34: reviews 15a, 22a)
    ("Brantly, which runs most of the scooters in the city, said it backed the ban. “We "
     "want riders and walkers to feel safe,” the company said.", "feel safe", "Brantly"),
    ("In a statement, Harrowgate said it rejected the claims. “Every shift meets the rules,” "
     "the firm said.", "Every shift", "Harrowgate"),
    ("Tom Vale said the plan would fail. “It will not work,” the company said.", "not work",
     None),
    # an organisation's name before role words and a name is no subject of its own, even
    # with a verb phrase before the speech verb (round 34: review 23a)
    ("Harbour Authority spokesman Tom Rusk declined to comment but said the authority "
     "“reviews every berth each spring to meet the demand.”", "every berth", "Tom Rusk"),
    # `the governor's office` is the governor's, not an office named earlier (and since
    # round 52 an office a post owns speaks as itself)
    ("Ines Vark ran the state's Office of Pier Safety for four years. “They cannot make the "
     "sums work,” Vark said.\n\nGov. Tom Rusk blamed the firms. The governor's office, asked "
     "for comment, sent a short statement: “Governor Rusk will always stand with the "
     "harbour.”", "always stand", "governor's office"),
    # a single-quoted line that opens its paragraph and is cued is a line, double quotes or
    # not elsewhere (round 34: review 23a)
    ("“It is a fact,” Ines Vark told reporters.\n\nPaul Arden called a news conference.\n\n"
     "'I have hired eleven hundred people in this county,' he said, reading from notes.",
     "eleven hundred", "Paul Arden"),
    # a he after a long opening phrase means the name that follows it (news only)
    ("“Japan might need its own nuclear weapons,” Tom Rusk said last year.\n\nOn Monday, "
     "Paul Arden took aim at those comments by Tom Rusk.\n\nDuring an interview in April, Tom "
     "Rusk was talking about the harbour's defence when he told the Herald, “So, the north has"
     " boats. The coast has a problem with that, a real one.”", "the north has boats",
     "Tom Rusk"),
    # a demonym is nobody, even when a heading made a name of it (`Latino Problem`)
    ("The Harbor’s Latino Problem.\n\nAfter a radio host was fired over remarks about Ruth "
     "Calder, the station’s anchor Ines Vark reacted with a letter to her daughter. The "
     "journalist worried about those in the Latino community who had defended the host. “As "
     "a minority within a minority, I am worried to hear voices that excuse it,” she tweeted.",
     "minority within", "Ines Vark"),
    # other `of`s end a title or an organisation before the name
    ("Gov. Tom Brown defended the plan, but the head of the IMF Christine Lagarde said “We "
     "will not give up on this fight, not now and not ever.”", "will not give up",
     "Christine Lagarde"),
    ("“We will not give up on this fight, not now and not ever,” University of Iowa "
     "professor Tom Rusk said.", "will not give up", "Tom Rusk"),
    # … nor is it when somebody unnamed speaks for that person's family
    ("A spokesman for the family of Bill Hale said “we are heartbroken, all of us, every "
     "single day.”", "we are heartbroken", "A spokesman for the family of Bill Hale"),
    # a role nobody holds may be the one named before, by a party or a word for anybody
    ("Sen. Tom Rusk spoke on Monday. “We will not give up over this matter at all,” the Utah "
     "Republican said.", "not give up", "Tom Rusk"),
    ("Gov. Tom Rusk spoke on Monday. “We will not give up over this matter at all,” the "
     "Republican said.", "not give up", "Tom Rusk"),
    ("Vice President Tom Rusk spoke in the town on Monday.\n\nThe people of the town “deserve"
     " someone who is with them, and that is Ann Vark,” said the man who built his career "
     "there.", "deserve someone", "Tom Rusk"),
    # an opening `The trial of …` whose sentence names nobody else is about that person
    ("Tom Rusk spoke first.\n\nThe trial of Bill Hale began on Monday in Boston. “I am "
     "innocent, and I will prove it in court,” he told reporters.", "I am innocent",
     "Bill Hale"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PEOPLE)
def test_who_the_cue_means(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_one_person_under_several_names_is_one_speaker() -> None:
    text = (
        "Press secretary Ellen Varga spoke on Monday. “The talks will continue,” Varga said."
        "\n\n“We expect a deal,” Ms. Varga said.\n\n“Nothing has changed,” the press secretary"
        " said. She smiled."
    )
    result = run(text)
    assert [s.name for s in result.speakers] == ["Ellen Varga"]
    speaker = result.speakers[0]
    assert speaker.gender == "female"
    assert "Varga" in speaker.aliases
    assert {s.speaker for s in result.segments if s.kind == "quote"} == {"Ellen Varga"}


@pytest.mark.parametrize(("text", "speakers"), [
    # an older story calls a woman by her honorific and first name
    ("Mrs. Rachel Lynde lived where the main road dipped into a hollow.\n\n“Good evening,” "
     "said Mrs. Rachel.\n\n“Good evening,” returned Marilla Cuthbert.\n\n“You are well?” "
     "cried Mrs. Rachel.\n\n“Quite,” replied Marilla.", ["Rachel Lynde", "Marilla Cuthbert"]),
    # a report's `Mr Grant` is not the Mr Grant Hall it named
    ("The defendant, Mr Grant Hall, 42, denied the charge. “I never touched it,” Mr Grant "
     "Hall said.\n\nProsecuting, Mr Grant told the court: “The evidence shows otherwise.”",
     ["Grant Hall", "Mr. Grant"]),
    # a title of rank before a surname is no part of the whole name
    ("David Cameron spoke in Brussels. “We will not give way,” Lord Cameron said.",
     ["David Cameron"]),
    # a title of rank stays with the whole name
    ("Sir Walter Elliot of Kellynch Hall never took up any book but the Baronetage.\n\n“I "
     "shall let the house,” said Sir Walter.\n\n“Indeed,” said Lady Russell.",
     ["Sir Walter Elliot", "Lady Russell"]),
    # but a man called by honorific and surname is not somebody whose first name that is
    ("Lee Smith runs the bakery. “We are busy,” Smith said.\n\n“It will close,” said Mr. "
     "Lee, the landlord.", ["Lee Smith", "Mr. Lee"]),
    # Mrs. before the whole name of a man the text names is his wife, even when our tables
    # do not know his first name; her own first name is hers
    ("Mr. Lovell Vane sat at the window. “Rain again,” said Mr. Lovell Vane.\n\n“It always "
     "rains here,” said Mrs. Lovell Vane.", ["Lovell Vane", "Mrs. Lovell Vane"]),
    ("Ruth Vane sat at the window. “Rain again,” said Mrs. Ruth Vane.", ["Ruth Vane"]),
    ("“Do sit down, my dear,” said Mrs. Henry Vane to the girl.", ["Mrs. Henry Vane"]),
    # in a story, a woman only ever called Lady Bertram is not the Julia Bertram named in
    # full later (her daughter); a report's Lady Hale is the Brenda Hale it names
    ("Sir Thomas Bertram rode out.\n\n“Let us send for the child,” said Lady Bertram.\n\n"
     "Julia Bertram laughed.\n\n“She will be a dull thing,” said Julia Bertram.\n\n“Hush,"
     " my dear,” said Lady Bertram.\n\n“I shall not,” cried Julia.\n\n“Very well,” said "
     "Sir Thomas.\n\n“Thank you, Papa,” said Julia Bertram.",
     ["Lady Bertram", "Julia Bertram", "Sir Thomas Bertram"]),
    ("Lady Hale, the former president of the Supreme Court, spoke in Oxford. “The law must "
     "serve everyone,” Lady Hale said. Brenda Hale, as she was born, grew up in Yorkshire. "
     "“I was a clever girl in a small town,” Brenda Hale recalled.", ["Brenda Hale"]),
])
def test_honorific_and_first_name(text: str, speakers: list[str]) -> None:
    assert [s.name for s in run(text).speakers] == speakers


def test_mrs_before_a_man_s_whole_name_is_his_wife() -> None:
    """`Mrs. John Dashwood` is John Dashwood's wife, not John Dashwood: she has a voice of
    her own, and `her husband` is him."""
    text = ("John Varley was a cold man, and his wife, Mrs. John Varley, was colder.\n\n“It "
            "was my father's last request,” replied her husband.\n\n“He did not know what he "
            "was saying,” said Mrs. John Varley.\n\n“Perhaps,” said John Varley, “you are "
            "right.”\n\n“Certainly,” she said.")
    result = run(text)
    assert {s.name: s.gender for s in result.speakers} == {
        "John Varley": "male", "Mrs. John Varley": "female"}
    assert not any("Varley" in a for s in result.speakers for a in s.aliases)
    assert speaker_of(text, "last request") == "John Varley"
    assert speaker_of(text, "did not know") == "Mrs. John Varley"
    assert speaker_of(text, "Perhaps") == "John Varley"
    assert speaker_of(text, "Certainly") == "Mrs. John Varley"


@pytest.mark.parametrize(("text", "speakers"), [
    # the only Mrs. of the name is she
    ("Mrs. John Hartley opened the door.\n\n“You're late,” said Mrs. Hartley.\n\n“The train"
     " was delayed,” said Tom.\n\n“Trains always are,” said Mrs. John Hartley.",
     ["Mrs. John Hartley", "Tom", "Mrs. John Hartley"]),
    # of two, neither for sure: `Mrs. Dashwood` is a woman of her own
    ("Mrs. Henry Dashwood and Mrs. John Dashwood met at Norland.\n\n“Welcome,” said Mrs. "
     "John Dashwood.\n\n“Thank you,” said Mrs. Dashwood.",
     ["Mrs. John Dashwood", "Mrs. Dashwood"]),
    # a title that is not Mrs. never finds her: it finds the husband her name implies
    ("Dr. and Mrs. Alan Reyes hosted the fundraiser.\n\n“We are overwhelmed,” said Mrs. "
     "Reyes.\n\n“So am I,” said Dr. Reyes.", ["Mrs. Alan Reyes", "Alan Reyes"]),
    ("Mrs. Alan Reyes hosted the fundraiser.\n\n“Welcome,” said Mrs. Reyes.\n\n“Eat,” said"
     " Mrs. Reyes.\n\n“So am I,” said Dr. Reyes.",
     ["Mrs. Alan Reyes", "Mrs. Alan Reyes", "Alan Reyes"]),
    # a Mrs. of the name met before is still herself
    ("Mrs. Dashwood and her daughters left Norland. Mrs. John Dashwood took the house.\n\n"
     "“We shall miss the garden,” said Mrs. Dashwood.", ["Mrs. Dashwood"]),
    # a bare surname is she, not the husband her name implies…
    ("The note was signed Mrs. Noel Kirby.\n\n“I wrote it,” Kirby said on Monday.",
     ["Mrs. Noel Kirby"]),
    # …until the text names him itself, and only from there on
    ("Mrs. George Vane sat down.\n\n“Tea?” she asked.\n\n“Yes,” said George Vane.\n\n"
     "“Good,” said Vane.", ["Mrs. George Vane", "George Vane", "George Vane"]),
    ("Mrs. John Dalton, a nurse, pulled the child from the water.\n\n“I didn't think, I just "
     "jumped,” Dalton said.\n\nHer husband, John Dalton, called her a hero. “She always does "
     "this,” he said.", ["Mrs. John Dalton", "John Dalton"]),
    # the British `Mrs` with no stop goes with her own first name
    ("Mrs Terry Quinlan, 68, has lived on Elm Road for forty years.\n\nTerry, a retired "
     "teacher, said: “I'm not going anywhere, whatever they offer.”", ["Terry Quinlan"]),
])
def test_the_wife_by_her_surname(text: str, speakers: list[str]) -> None:
    assert [s.speaker for s in run(text).segments if s.kind == "quote"] == speakers


def test_mrs_before_the_name_of_a_man_the_narration_calls_his_is_his_wife() -> None:
    """`Newland` is in no table of first names, but the narration calls Newland Archer his:
    `the future Mrs. Newland Archer` is somebody else, and he stays a man."""
    text = ("Newland Archer opened the door of the box and hung up his coat. Newland Archer "
            "took his seat, and he did not wish the future Mrs. Newland Archer to be a "
            "simpleton.\n\n“Look,” said Newland Archer.\n\n“Where?” cried she.\n\n“There,” "
            "said he.\n\n“I see her,” said Janey.\n\n“Hush,” said Newland Archer.")
    result = run(text)
    assert {s.name: s.gender for s in result.speakers}["Newland Archer"] == "male"
    assert speaker_of(text, "Where") != "Newland Archer"


def test_her_husband_is_somebody_even_before_he_is_named() -> None:
    """`Mrs. Henry Grant` brings in Henry Grant: `said Dr. Grant` is a man, never her nor the
    Mrs. Grant met before."""
    text = ("Mrs. Grant ran the parsonage. Dr. Grant's wife, Mrs. Henry Grant, was his second."
            "\n\n“Dinner is at five,” said Mrs. Grant.\n\n“Then I shall eat at four,” said "
            "Dr. Grant.")
    result = run(text)
    grant = next(s for s in result.speakers if s.name == speaker_of(text, "eat at four"))
    assert grant.gender == "male" and "Mrs." not in grant.name


def test_a_man_s_honorific_before_a_surname_like_a_first_name_is_another_man() -> None:
    """A story's `Mr. Owen`, the new minister, is not Mr. Owen Price: Owen is a surname too
    (only `Mrs.`, `Miss` and titles of rank go with a first name)."""
    text = ("Mr. Owen Price kept the school.\n\n“Good morning,” said Mr. Owen, the new "
            "minister.\n\n“Good morning, sir,” returned Mr. Owen Price.\n\n“A fine day,” "
            "cried Mr. Owen.\n\n“It is,” replied Mr. Owen Price.")
    assert speaker_of(text, "A fine day") != speaker_of(text, "It is")


def test_honorific_and_a_first_name_two_women_share_is_neither() -> None:
    text = ("Mrs. Rachel Lynde and Mrs. Rachel Barry lived where the main road dipped into a "
            "hollow.\n\n“Good evening,” said Mrs. Rachel.\n\n“Good day,” returned Marilla "
            "Cuthbert.\n\n“You are well?” cried Mrs. Rachel.\n\n“Quite,” replied Marilla.")
    assert speaker_of(text, "Good evening") not in ("Rachel Lynde", "Rachel Barry")


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("“Yes,” Mr. Osei said.", "male"),
        ("“Yes,” said Karen Blix.", "female"),
        ("“Yes,” said Arianna Blix.", "female"),
        ("“Yes,” said Antonin Blix.", "male"),
        ("“Yes,” said Editor-in-Chief Martin Blix.", "male"),
        ("Liu Wen arrived. “We are ready,” Liu Wen said. She left at noon.", "female"),
        ("“Yes,” said the Coastal Authority.", "unknown"),
        # a first name alone, as novels name people, tells the gender of an older name too
        ("“Yes,” said Kitty.", "female"),
        ("“Yes,” said Silas.", "male"),
        # and so does a story's name for someone of a people
        ("“We are closed today,” said the Frenchwoman.", "female"),
        ("“We are closed today,” said the Frenchman.", "male"),
        # but before a name, such a word is a description, not her first name
        ("Horsewoman Lucy Hart won the cup. “What a ride that was,” said Lucy.", "female"),
    ],
)
def test_gender(text: str, gender: str) -> None:
    assert run(text).speakers[0].gender == gender


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        # a pronoun cue that resolves to the speaker tells their gender
        ("Priya Tamsin, a teacher, said the ferry was late.\n\n“I got my evenings back,” she "
         "said.", "female"),
        ("Kofi Arrand, a farmer, said the road was shut.\n\n“We lost a week,” he said.",
         "male"),
        # a role that says its gender (`the spokeswoman`)
        ("Spokeswoman Oona Vey spoke on Monday. “The line is open,” the spokeswoman said.",
         "female"),
        # an honorific in the cue
        ("Tamsin Roe arrived. “We are ready,” Ms. Roe said.", "female"),
        # `actor` says no gender (review 23c: `Adeyemi, a theatre actor, admits she…`)
        ("Ebele Nwosu, a theatre actor, admits she was nervous. “I thought games were all "
         "shouting,” she said.", "female"),
    ],
)
def test_gender_learned_from_the_cue(text: str, gender: str) -> None:
    assert run(text).speakers[0].gender == gender


def test_a_man_the_narration_calls_his_is_not_a_later_she() -> None:
    """`Quellan lifted his hat.`: a name our tables do not know, whose sentences go on with
    his, is no `she cried` of the next paragraph (the woman is unnamed), nor does that line
    make him a woman."""
    text = ("The servant returned an indifferent “No.” Quellan was in despair. While they "
            "argued, the people came out. Both were ladies. Quellan lifted his hat. The first, "
            "who was in evening dress, glanced at the stranger and turned away.\n\n“Mrs. "
            "Lesley, it is a tonga,” she cried.\n\n“Ours?” enquired the second, also seeing "
            "Quellan, and doing likewise.")
    assert speaker_of(text, "it is a tonga") is None


def test_an_object_her_after_a_name_says_nothing_of_its_gender() -> None:
    """`Blackwell took a shot at Clinton, without naming her.`: the her is Clinton, so
    Blackwell, whose first name our tables do not know, is still the he of the next line."""
    text = ("Tavish Orme founded the institute in 1979 and endorsed Ted Cruz on Friday. Orme "
            "also took a shot at Hillary Clinton, without naming her.\n\nHe then listed the "
            "qualities he wants in a nominee: “Has the candidate a record of leadership for "
            "conservative principles?”")
    assert speaker_of(text, "record of leadership") == "Tavish Orme"
    told = text.replace("without naming her.", "and told her a thing or two.")
    assert speaker_of(told, "record of leadership") == "Tavish Orme"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a possessive after a preposition, `and`, or a noun is somebody else's
    ("Kyrsten Sinema thanked Joe Manchin and his staff on Thursday.\n\n“We got it done,” "
     "Sinema said.\n\n“It took a while,” she added.", "took a while", "Kyrsten Sinema"),
    ("Sarah Lin, who runs the food bank, said donations were down. Kyrsten Sinema visited the "
     "site and thanked Manchin and his staff.\n\n“We have to do better,” she said.",
     "do better", "Kyrsten Sinema"),
    # and so is the hand someone takes
    ("“Come along, it is getting dark,” said Lena.\n\nKai Orvo took her hand and led her "
     "down to the water.\n\n“Don't be afraid,” he said.", "be afraid", "Kai Orvo"),
    ("Quinn Arlo touched her shoulder.\n\n“It's going to be fine,” he said.", "going to be",
     "Quinn Arlo"),
    # a gesture in a clause of its own is not the subject's
    ("Riley Voss looked at Tom, who shook his head.\n\n“You can't be serious,” she said.",
     "be serious", "Riley Voss"),
])
def test_only_a_gesture_s_possessive_leans(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_aliases_include_how_cues_named_the_speaker() -> None:
    text = ("Press secretary Ellen Varga spoke. “The talks will continue,” Varga said. "
            "“We expect a deal,” Ms. Varga said. Later, “nothing has changed,” the press "
            "secretary said.")
    speaker = run(text).speakers[0]
    assert speaker.name == "Ellen Varga"
    assert set(speaker.aliases) >= {"Varga", "Ms. Varga", "the press secretary"}


def test_british_ranks_are_titles_of_one_person() -> None:
    text = ("Det Insp Sarah Vey of Thames Valley Police said: “We need to hear from anyone "
            "who saw it.” "
            "Ch Supt Mark Rusk, of the county force, said: “This was a tragic day.” "
            "“Inquiries continue,” Insp Vey said. “The road is closed,” Supt Rusk said. "
            "“Please stay away,” the detective inspector said.")
    result = run(text)
    assert [s.name for s in result.speakers] == ["Sarah Vey", "Mark Rusk"]
    assert speaker_of(text, "Inquiries") == speaker_of(text, "stay away") == "Sarah Vey"
    assert speaker_of(text, "road is closed") == "Mark Rusk"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname with an Arabic article, then without it
        ("Syrian President Bashar al-Assad told state media: “We will prevail.” “They will be "
         "defeated,” Assad said. “Nothing has changed,” al-Assad said.", "Bashar al-Assad"),
        ("“Egypt is stable,” said President Abdel Fattah el-Sisi. “We will build,” Sisi said.",
         "Abdel Fattah el-Sisi"),
        # a family name that comes first, alone or with an honorific later
        ("Chinese President Xi Jinping said: “We seek no hegemony.” “We are a peaceful "
         "nation,” Mr Xi said. “Development is key,” Xi said.", "Xi Jinping"),
        ("Opposition leader Lee Jae-myung said: “No.” “Never,” Mr. Lee said.",
         "Lee Jae-myung"),
        # a two-letter word that is the UN only in capitals
        ("North Korean leader Kim Jong Un said: “We are ready.” “They will pay,” Kim said.",
         "Kim Jong Un"),
        # a surname of two words, and a first name with an accent (`Andrés` is no title)
        ("Mexican President Andrés Manuel López Obrador said: “Corruption is over.” “The "
         "people have spoken,” López Obrador said.", "Andrés Manuel López Obrador"),
        ("DNC Chair Debbie Wasserman Schultz said: “We are neutral.” “Nothing is different,” "
         "Wasserman Schultz said.", "Debbie Wasserman Schultz"),
        # … also when its first word is a first name too
        ("Composer Andrew Lloyd Webber said: “The show goes on.” “We open in May,” Lloyd "
         "Webber said.", "Andrew Lloyd Webber"),
        # titles of clerics
        ("Archbishop of Canterbury Justin Welby said: “We pray.” “Amen to that,” Welby "
         "said.", "Justin Welby"),
        # … but Emir is a first name too
        ("Emir Kusturica, the Serbian director, said: “Cinema is dead.” “I still love it,” "
         "Kusturica added.", "Emir Kusturica"),
        # a name written with and without its accents is one name, and an accented first
        # name is still the first name
        ("Turkish President Recep Tayyip Erdoğan said: “We will not accept this.” “We are "
         "ready,” Erdogan said.", "Recep Tayyip Erdoğan"),
        ("Turkish President Recep Tayyip Erdogan said: “We will not accept this.” “Never,” "
         "Mr. Erdoğan added.", "Recep Tayyip Erdogan"),
        ("Zoë Laurent said: “That thing weighs a ton.” “It does,” said Zoë.", "Zoë Laurent"),
        # a family word before a name is no part of it
        ("Mother-of-three Kelly Dawson said: “We just want it to be over.” “Soon,” Dawson "
         "said.", "Kelly Dawson"),
        # two particles inside a name
        ("Commission President Ursula von der Leyen said: “Europe stands united.” “We will not "
         "waver,” von der Leyen added. “Enough,” said Ursula von der Leyen.",
         "Ursula von der Leyen"),
        ("Designer Oscar de la Renta said: “Fashion is fun.” “I love it,” de la Renta said.",
         "Oscar de la Renta"),
    ],
)
def test_names_from_other_languages_are_one_speaker(text: str, name: str) -> None:
    result = run(text)
    assert [s.name for s in result.speakers] == [name]
    quotes = [s for s in result.segments if s.kind == "quote"]
    assert all(s.speaker == name for s in quotes)
    assert name in (quotes[0].cue or "")  # the cue shows the whole name


@pytest.mark.parametrize(("name", "gender"), [("María Vark", "female"), ("Raúl Vark", "male")])
def test_an_accented_first_name_says_the_gender(name: str, gender: str) -> None:
    assert run(f"{name} said: “We won.”").speakers[0].gender == gender


def test_a_given_name_that_comes_first_is_no_family_name() -> None:
    text = ("Rep. Barbara Lee said: “We object.” Rep. Lee Zeldin said: “We agree.” “Not "
            "today,” Lee said.")
    assert speaker_of(text, "Not today") == "Barbara Lee"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a group the lists do not know ends the speaker's turn
        ("“We will rebuild,” Mayor Ann Vark said. “It will take years,” the two researchers "
         "wrote.", "take years", None),
        # … but a noun in -ss is one person, not a group
        ("Meghan Vark spoke to a host about her time in the palace. “I felt trapped,” she said. "
         "“I just did not want to be there any more,” the duchess added.", "did not want",
         "Meghan Vark"),
        # relatives: a first name that agrees with nobody is not the end of another's name
        ("Jeffrey Lionel Vark was convicted in 1992. “I take all the blame,” Vark told the "
         "court.\n\nHis father, Lionel Vark, said: “I failed him.” “I should have seen the "
         "signs,” Lionel Vark added.", "seen the signs", "Lionel Vark"),
        # a people a counting word brings in is never the he of a later line
        ("Aziz sat in the mosque. Elsewhere some Hindus were drumming; he knew they were "
         "Hindus, because the rhythm was uncongenial to him. Suddenly he was angry and "
         "shouted: “Madam! This is a mosque!”", "This is a mosque", "Aziz"),
        # … but not a man's first name, nor a name before the plural it qualifies
        ("Anne lived at the farm. Few Thomas ever knew such quiet, and he said so: “Leave me "
         "be.”", "Leave me", "Thomas"),
        ("Tom Rusk runs the campaign. Most Harris voters stayed home. “We will do better,” "
         "Harris said. “We must,” he added.", "We must", "Harris"),
        ("Tom Rusk runs the campaign. On Monday most Harris voters stayed home. Later, Harris "
         "spoke. “We must,” he said.", "We must", "Harris"),
        # a report's unnamed newcomer of the pronoun's gender is the one who speaks, not the
        # person named before
        ("Chancellor Angela Merkel warned against hate in her speech. A 29-year-old Berlin "
         "woman, meanwhile, received probation after she had posted comments about refugees. "
         "“Filth out!” she wrote.", "Filth out", None),
        ("Gov. Tom Vark toured the flood zone. A man who lost his home, meanwhile, said he "
         "had waited for days. “Nobody has called us,” he said.", "Nobody has called", None),
        ("Gov. Tom Vark toured the flood zone. A man who lost his home, meanwhile, said he "
         "had waited for days. “Nobody came. Nobody called,” he said.", "Nobody came", None),
        ("Mayor Ann Vark spoke at length. In May, a woman was hurt when a wall fell on her "
         "car, and she shouted: “I could not get out!”", "could not get out", None),
        # … not when the newcomer only asks, dies or is thrown out: the pronoun goes back
        ("President Tom Vark spoke in Pittsburgh on Monday.\n\nA man in the audience, a "
         "steelworker, asked about his pension.\n\n“We are going to protect it,” he said.",
         "protect it", "Tom Vark"),
        # nor does an appositive, a predicate, a description of the subject, the object of
        # the named person's words, a possessive, a noun that is not the head, or a quote
        ("Angela Vark, a woman of few words, spoke at the rally. “We will win,” she said.",
         "We will win", "Angela Vark"),
        ("Angela Vark is a mother of three. “We will win,” she said.", "We will win",
         "Angela Vark"),
        ("Barack Vark, the son of a Kenyan father, grew up in Hawaii. “I was lucky,” he said.",
         "I was lucky", "Barack Vark"),
        ("Sheriff Tom Vark said a man was arrested on Friday. “He did not resist,” he said.",
         "did not resist", "Tom Vark"),
        ("Nikki Vark spoke in Iowa. A mother of two, she worked as an accountant. “I know "
         "budgets,” she said.", "I know budgets", "Nikki Vark"),
        ("Angela Vark, a woman of few words, said she would run. “We will win,” she said.",
         "We will win", "Angela Vark"),
        ("Nancy Vark spoke in Ohio. A woman's right to choose is at stake, she said. “We will "
         "not back down,” she added.", "not back down", "Nancy Vark"),
        ("Nancy Vark spoke in Ohio. A woman's right to choose is at stake, and she means to "
         "defend it. “We will not back down,” she said.", "not back down", "Nancy Vark"),
        ("Nancy Vark spoke in Ohio. “A woman who works deserves fair pay,” she said. “We will "
         "not back down,” she added.", "not back down", "Nancy Vark"),
        ("Nancy Vark spoke in Ohio. A letter to her daughter, which she read aloud, moved the "
         "crowd. “We will not back down,” she said.", "not back down", "Nancy Vark"),
        ("Gov. Tom Vark visited the school. The teachers described a boy who said he walked "
         "two miles each day. “We will fix the buses,” he said.", "fix the buses", "Tom Vark"),
        ("Nancy Vark defended the bill. “It protects a woman's right to choose,” she said. "
         "“We will not back down,” she added.", "not back down", "Nancy Vark"),
        ("Angela Vark spoke at the rally. “I am not a woman who gives up,” she said. “We will "
         "win,” she added.", "We will win", "Angela Vark"),
        # a German article opens a publication's name, never a person's
        ("The chancellor spoke to reporters in Berlin. Der Spiegel published the interview on "
         "Monday. “We will not give in,” he said.", "not give in", None),
        ("Der Spiegel, the weekly, ran the story first. “We stand by every word,” it said in a "
         "statement.", "stand by every word", "Der Spiegel"),
        # Sheikh is a surname too, not only a title
        ("Fatima Sheikh, a nurse, said the ward was full. Her manager, Tom Ward, said staff "
         "were exhausted.\n\n“We cannot go on like this,” Sheikh said.", "go on like",
         "Fatima Sheikh"),
        # a surname as written wins over the same surname with accents
        ("Maria Pérez lost her home. “Everything is gone,” Pérez said.\n\nHer neighbour Luis "
         "Perez, no relation, lost his car. “The water came so fast,” Perez said.",
         "water came", "Luis Perez"),
        # a family name that is also a first name comes first only before a given name with a
        # hyphen or of two words
        ("Gov. Kim Rusk said: “Iowa is open for business.” “We will cut taxes again,” Rusk "
         "added.\n\nRep. Andy Kim of New Jersey disagreed. “This is a giveaway,” Kim said.",
         "giveaway", "Andy Kim"),
    ],
)
def test_groups_and_relatives(text: str, quote: str, speaker: str | None) -> None:
    assert speaker_of(text, quote) == speaker


def test_unnamed_speakers_are_never_merged() -> None:
    text = ("“We were never told,” a spokesman for the port said. “Nor were we,” a spokesman "
            "for the airline said.")
    assert [s.name for s in run(text).speakers] == [
        "a spokesman for the port", "a spokesman for the airline"]


def test_organisation_flag() -> None:
    speakers = run("“The decision is final,” the White House said.").speakers
    assert speakers[0].organisation is True
    speakers = run("In a video, al-Qaeda said: “We will strike again.”").speakers
    assert [(s.name, s.organisation) for s in speakers] == [("al-Qaeda", True)]


# --------------------------------------------------------------------------------------------
# Quotes across sentences and paragraphs
# --------------------------------------------------------------------------------------------


def test_same_paragraph_continues() -> None:
    text = "“We will rebuild,” Omar Haddad said. “It will take years.”"
    assert speaker_of(text, "take years") == "Omar Haddad"


def test_multi_paragraph_quote_keeps_its_speaker() -> None:
    text = ("Omar Haddad said: “We will rebuild the bridge and the school\n\n"
            "“and then the road to the coast.”\n\nThe council agreed.")
    assert speaker_of(text, "road to the coast") == "Omar Haddad"


def test_same_paragraph_continues_past_a_sentence_about_the_speaker() -> None:
    text = ("“Rents are too high,” said Mina Holt, a nurse. Holt supports Senator Paul Arden "
            "in the race. “I want a landlord registry before anything else.”")
    assert speaker_of(text, "landlord registry") == "Mina Holt"
    text = ("“Rents are too high,” said Mina Holt, a nurse. Senator Paul Arden disagrees "
            "with her. “I want a landlord registry before anything else.”")
    assert speaker_of(text, "landlord registry") != "Mina Holt"


def test_all_quote_paragraph_continues_the_previous_speaker() -> None:
    text = ("“We will rebuild,” Omar Haddad said.\n\n"
            "“It will take years, but we have the money and the will to do it.”")
    assert speaker_of(text, "take years") == "Omar Haddad"


def test_all_quote_paragraph_after_someone_else_is_named_stays_with_narrator() -> None:
    text = ("“We will rebuild,” Omar Haddad said. Critics, led by Ruth Calder, disagreed.\n\n"
            "“It will take years, and nobody has the money for it.”")
    assert speaker_of(text, "take years") is None


def test_a_quote_left_open_by_mistake_does_not_swallow_the_next_speakers_cue() -> None:
    text = ("“It is a dog whistle,” Ines Vark said on Friday. “If indeed the mayor is not "
            "legitimate, then how can anyone feel good about voting.\n\n"
            "“I have been thinking about where we are as a city,” added Tom Rusk, the council "
            "leader. “These are howls, not whistles.”")
    assert speaker_of(text, "I have been thinking") == "Tom Rusk"
    assert speaker_of(text, "These are howls") == "Tom Rusk"


def test_colon_intro_in_the_previous_paragraph() -> None:
    text = "Omar Haddad continued:\n\n“The bridge is only the start of a long project.”"
    assert speaker_of(text, "bridge is only") == "Omar Haddad"


# --------------------------------------------------------------------------------------------
# What stays with the narrator
# --------------------------------------------------------------------------------------------

NARRATOR = [
    # a he/she after a sentence about a group, or about an object or an office nobody holds,
    # with the people named a paragraph before
    ("Paul Arden, the chief executive of Acme, announced 400 layoffs on Monday. Victor Lane, a "
     "union leader, condemned the cuts.\n\nThe residents have been without power for a week."
     "\n\n“We are going to get through this,” he said.", "get through this"),
    ("Paul Arden, the chief executive of Acme, announced 400 layoffs on Monday. Victor Lane, a "
     "union leader, condemned the cuts.\n\nThe crowd booed the senator when he arrived.\n\n"
     "“We are going to get through this,” he said.", "get through this"),
    ("Paul Arden, the chief executive of Acme, announced 400 layoffs on Monday. Victor Lane, a "
     "union leader, condemned the cuts.\n\nThe Republican governor has vetoed three bills this"
     " year.\n\n“We are going to get through this,” he said.", "get through this"),
    # ... or after a title, with its holder named long before and someone else just before
    ("Sen. Omar Haddad toured the plant on Friday.\n\nVictor Lane’s union paid for the trip. "
     "The senator thanked the workers. “It is going to be a great year for all of us,” he said.",
     "great year"),
    # ... or about somebody's relative (`The governor’s son` is not the governor)
    ("Paul Arden, the budget director, praised the plan on Monday. Gov. Victor Lane signed it."
     "\n\nThe governor’s son criticised the cuts to schools.\n\n“We had no choice this year,” "
     "he said.", "no choice"),
    # ... nor a he/she whose nearest candidate is an object when another was a subject
    ("Maria Lopez spoke first at the meeting. Ann Roe spoke second. It was a long night for "
     "Lopez. “We will keep the library open all summer,” she said.", "library open"),
    # a name in an opening phrase is no subject with an aside (`When asked about Smith, the
    # senator said`)
    ("When asked about Paul Arden, the senator said that he was “not going to comment on any "
     "of the rumors today.”", "not going to comment"),
    # ... nor names joined by `and` (`Paul Arden, Lena Ortiz and Victor Lane said`)
    ("Paul Arden, Lena Ortiz and Victor Lane said in a statement that the plan was “going to "
     "cost every family in the county.”", "cost every family"),
    ("Paul Arden and Victor Lane said in a statement that the plan was “going to cost every "
     "family in the county.”", "cost every family"),
    # an owner before something that is no person's name (`said Trump’s Secretary of State`)
    ("“The budget is balanced for the fifth time,” said Trump’s Secretary of State.",
     "fifth time"),
    ("“The budget is balanced for the sixth time,” said Trump’s Mar-a-Lago.", "sixth time"),
    ("“The budget is balanced for the seventh time,” said Obama’s Justice Department.",
     "seventh time"),
    # a run of titles only is nobody's name (`said Chief of Staff`)
    (_BUDGET + "“The budget is balanced for the first time,” said Chief of Staff.",
     "first time"),
    (_BUDGET + "The plan adds money for parks.\n\n“The budget is balanced for the second "
     "time,” said State Treasurer.\n\nCritics said the plan leaves the pension fund short.",
     "second time"),
    # ... also when its last word is a surname somewhere else (`Chief Justice`)
    (_BUDGET + "“The budget is balanced for the third time,” said Chief Justice.", "third time"),
    # a he/she whose object pick shares the nearest sentence with someone else
    ("Mary Jones ran against Ann Smith for mayor. She lost by 300 votes.\n\nReporters asked "
     "Jones’s opponent, Ann Smith, about the race on Tuesday. “She ran a clean race and I wish"
     " her well,” she said.", "clean race"),
    # names in dashes: a list, or a name with a stray comma, is no one speaker
    ("Two senators — Paul Arden, Victor Lane — said, “It spends too much money.”",
     "spends too much money"),
    ("Two officials — Paul Arden, a Republican and Victor Lane — said, “It spends too much "
     "money.”", "spends too much money"),
    ("Two senators — Paul Arden, a Republican, and Victor Lane, a Democrat — said, “It spends "
     "too much.”", "spends too much"),
    ("A former governor — Paul Arden, — said, “Budgets are tight this year.”", "Budgets are"),
    ("Three senators — Omar Haddad, Lena Ortiz and Paul Arden — said, “Budgets are tight this "
     "year.”", "Budgets are tight"),
    # a storm or a price is nobody, whatever it hit
    ("Inflation hit a forty-year high in June:\n\n“Prices of food and fuel rose faster than in "
     "any month since 1982.”", "Prices of food"),
    # the he of what a participle reports is not the one who speaks
    ("Tom Perez has a bigger microphone now.\n\nThe conservative publication has been "
     "outspoken in its opposition to Donald Trump, arguing he is “a philosophically unmoored "
     "political opportunist who would trash the consensus.”", "unmoored political"),
    ("Tom Perez has a bigger microphone now.\n\nThe conservative publication has long warned "
     "that he is “a philosophically unmoored political opportunist who would trash the "
     "consensus.”", "unmoored political"),
    ("The army called it a “special operation” on Friday.", "special operation"),
    ("Omar Haddad called the deal “a disaster” in a speech.", "a disaster"),
    ("The situation is “deeply worrying”, Omar Haddad said.", "deeply worrying"),
    ("She reviewed “The Long Road Home” for the paper.", "The Long Road Home"),
    ("“Nobody knows what happened here today,” somebody shouted.", "Nobody knows"),
    ("Officials said, “The border stays closed for another week.”", "border stays closed"),
    ("The sign read “CLOSED FOR REPAIRS” all week.", "CLOSED FOR REPAIRS"),
    ("Ruth Calder said the plan was ‘the best we have’ for now.", "the best we have"),
    # an organisation known only by its kind, with none of that kind named
    ("“Prices will rise again next year,” the company said.", "Prices will rise"),
    # a pronoun with two people it could be
    ("Omar Haddad and Paul Arden met on Monday. “It went well,” he said.", "It went well"),
    # a five-word fragment after `said that`
    ("Ruth Calder said that “the plan is dead” now.", "the plan is dead"),
    # a colon after a prepositional phrase or a possessive names no speaker
    ("Later that month, on the radio: “We never planned to close the school.”",
     "never planned"),
    # (a reply noun's owner speaks: `Omar Haddad’s reply was short:` is his, see CUES)
    ("Omar Haddad’s plan was short: “We never planned to close the school.”",
     "never planned"),
    # the subject of a passive speech verb did not say it
    ("Omar Haddad was asked by the host, who backs him, “Will you stand again next year if "
     "the party asks?”", "stand again"),
    # a sentence-final cue that goes on to say something else reports another statement
    ("“It seems very unlikely to pass this year” unless the budget changes, said Ann Roe, "
     "who said that nobody expects it.", "very unlikely"),
    # `it` after a sentence that names two organisations could be either
    ("The Harbour Authority said it was sorry, and the Ferry Company said it was not. It"
     " added, “The pier will reopen in May after the repairs.”", "pier will reopen"),
    # `the group` is not a university or a hall named just before
    ("Students gathered at Northfield University. “We want the fees cut this year,” the group"
     " said.", "fees cut"),
    # a capitalised common word opening the sentence is nobody (`Footage of…`)
    ("Omar Haddad and Paul Arden watched.\n\nFootage of the crash appears. “The road was "
     "wet that night,” he says.", "road was wet"),
    # `she` after a man's cue is not him
    ("Omar Haddad said she thinks the ward is “going to close before the winter comes.”",
     "going to close"),
    # a line that ends with a comma leaves its cue right after it: a name at the far end of
    # the narrator's sentence is no tail cue
    ("“Your cousin is having a great success tonight,” Mrs. Hale looked out at the floor "
     "where Ruth was dancing with the tall one, called Lett.", "great success"),
    ("Ruth danced with the tall dark one. “Your cousin is having a great success tonight,” "
     "she looked out at the floor where the dancers were, called Lett.", "great success"),
]

NARRATOR += [
    # what someone heard is not what they said
    ("“Where is it?” asked Ruth Calder.\n\nShe listened to the voices in the hall: “Fetch "
     "the ladder from the shed before it rains!”", "Fetch the ladder"),
    # a title in title case right after a cue is a title, not a line
    ("“The board hated the deal,” Carla Fiore wrote in her memoir, “Hard Choices Ahead.” The "
     "book sold well.", "Hard Choices Ahead"),
    # a title-case headline ending in a word for a group names nobody
    ("The Actor Has An Important Message About Latinos\n\nIn a talk about his new show, the "
     "actor discussed the absence of Latinos in history books. “Just imagine, you are a kid "
     "and everything they teach you is about somebody else,” he said.", "Just imagine"),
    # …but not when it hands over to two people
    ("What that means for the race - More from Ines Vark and Tom Rusk: “The size of the town "
     "matters as much as the number of voters in it.”", "size of the town"),
    # a colon intro whose first word is no speaker with a verb (`Partial transcript as
    # follows:`) gives the quote to nobody
    ("Partial transcript as follows:\n\n“The ferry will run again in spring, and the pier "
     "will open in the summer after that.”", "ferry will run again"),
    # a dateline is no subject, nor is a name inside the opening phrase after it
    ("WASHINGTON, Dec. 8 (UPI) — In response to the proposal to close the Harbour Market, the "
     "mayor’s right-hand woman rallied supporters, saying: “We have to be ready to stop "
     "him.”", "ready to stop him"),
    # `calling them “…”` names a thing: what comes after is no reported clause
    ("The first sight the audience gets of the mayor is his golden head on a giant coin, "
     "calling them “frijoleros” (“beaners”) and bragging about the wall.", "beaners"),
    # a dash line under a quote that is no name keeps the narrator
    ("Here are the claims we checked.\n\n“Almost all new income is going to the top one "
     "percent of the town.”\n\n- Republicans are wrong about this.", "new income"),
    # a possessive before the words noun is a reply only when the owner opens the sentence
    ("Ines Vark’s first five callers ranged from polite to hostile: “Is it time for your "
     "plan to change at last?”", "time for your plan"),
    # a plural noun after a name is no present-tense verb
    ("Tom Rusk supporters at the rally: “We want the market to stay open every single "
     "day.”", "stay open every"),
    # a document with no issuer named is nobody we can voice
    ("Critics were not convinced. “The budget cannot carry the cost for long,” the report "
     "said.", "budget cannot carry"),
    # an office nobody holds is not the last person named, who holds another office
    ("Mayor Tom Rusk spoke to the crowd. The senator said “the town will not give up over "
     "this matter at all.”", "will not give up"),
    ("Mayor Tom Rusk spoke to the crowd. “The town will not give up over this matter at "
     "all,” the senator said.", "will not give up"),
    # … nor one who speaks for somebody else (`the spokesman, Smith`)
    ("The council met on Monday.\n\n“We will not comment on that,” said the spokesman, "
     "Smith.\n\n“We will see about that today,” said the mayor.", "see about that today"),
    # `The death of …` and its object: either could be the next he
    ("The town was quiet on Monday.\n\nThe death of Bob Cole shocked Tom Rusk. “He was my "
     "best friend for forty years,” he said.", "best friend"),
    ("The session ended early.\n\nThe indictment of Bob Cole stunned Gov. Tom Rusk. “I am "
     "innocent, and I will prove it in court,” he said.", "I am innocent"),
    # … nor several of them
    ("Gov. Tom Rusk signed the bill on Monday. “It is a betrayal of every nurse in the state,"
     " and we will fight it,” the critics said.", "betrayal of every"),
    # the name after `the wife of` or `the mother of` is somebody else than who speaks
    ("The wife of Bill Hale said “we are heartbroken, all of us, every single day.”",
     "we are heartbroken"),
    ("The mother of Bill Hale spoke on Monday.\n\n“We are heartbroken, all of us, every "
     "single day,” she said.", "We are heartbroken"),
    # an office a person's office does not make theirs, even one it might include
    ("Sen. Tom Rusk grilled Rep. Ann Vark at the hearing. “We will not give up over this "
     "matter at all,” the lawmaker said.", "not give up"),
    # a party word that only qualifies the role
    ("Gov. Tom Rusk signed the bill on Monday. “It is a betrayal of every nurse in the state,"
     " and we will fight it,” the Republican activist said.", "betrayal of every"),
    # a colon after words the subject received, not said
    ("“We will win this race,” Tom Rusk said. But he was met with boos: “Go home, you are a "
     "disgrace to the town!”", "Go home"),
    ("“We will win this race,” Ann Vark said. But she got a sharp reply from the mayor: “You "
     "will never win this town, not in a hundred years.”", "never win this town"),
    # an office a person's office does not make theirs
    ("Secretary Ann Vark met the Israeli foreign minister on Monday. “We will not give up over"
     " this matter at all,” the minister said.", "not give up"),
    ("Sen. Tom Rusk grilled the bank leaders at the hearing on Tuesday. “We will not give up "
     "over this matter at all,” the chairman said.", "not give up"),
    # … nor one another role the person is known by rules out (review 15)
    ("Prosecutor Alan Gray said the attack was brutal. “He showed no mercy,” Mr Gray said."
     "\n\n“You took his life for a few pounds,” the judge told him.", "took his life"),
    ("The union leader, Owen Prichard, said the rise was unfair. “Our members have had "
     "enough,” he said.\n\n“Nobody likes paying more,” the minister said.", "Nobody likes"),
    ("Conservative critic Ann Vark asked whether the bank had moved too slowly. “Is it true?” "
     "she asked.\n\n“The world changed, and so did we,” the governor replied.", "world changed"),
    ("Prime Minister Omar Haddad said the death was an irreparable loss.\n\nIn a 2010 "
     "interview, the singer said: “A raga is not something you perform.”", "A raga is"),
    # nor is a role that cannot be another way to call the person named just before: a
    # plural, a relation, somebody met, what an office-holder is not
    ("Gov. Tom Rusk signed the bill on Monday. Critics, who opposed it, said it was “a "
     "betrayal of every nurse in the state, and we will fight it.”", "betrayal of every"),
    ("Gov. Tom Rusk signed the bill on Monday. His opponent, who lost in 2020, said it was “a "
     "betrayal of every nurse in the state, and we will fight it.”", "betrayal of every"),
    ("Ann Vark testified on Monday. The officer, who arrested her, said it was “a betrayal of "
     "every nurse in the state, and we will fight it.”", "betrayal of every"),
    ("Gov. Tom Rusk signed the bill on Monday. The teacher, 34, said it was “a betrayal of "
     "every nurse in the state, and we will fight it.”", "betrayal of every"),
    ("Gov. Tom Rusk signed the bill on Monday. The scientist, 34, said it was “a betrayal of "
     "every nurse in the state, and we will fight it.”", "betrayal of every"),
    # a definite role set off by an aside is nobody: the aside may name who it is not
    ("Bill Hale was sentenced on Tuesday. The judge, who has heard the case since March, "
     "said: “You showed no remorse at all, not once in all these months.”", "no remorse"),
    # `But he` after someone asked somebody else: the one asked may be the he
    ("Tom Rusk asked Bill Hale to step down. But he refused: “I was elected to serve, and I "
     "will serve my full term.”", "elected to serve"),
    ("Tom Rusk was asked about the pier at the debate.\n\n“Cases of neglect go back years on "
     "the pier,” the moderator said.", "Cases of neglect"),
    # nor is a document with an aside before its verb
    ("The harbour has been neglected. The report, which was released on Tuesday, said that "
     "“the harbour is in a dire state after years of neglect.”", "dire state"),

    # the letter named before was sent by nobody the text names
    ("A group of parents sent a letter to the board.\n\n“Our children are thriving in these"
     " schools,” the letter reads.", "thriving"),
    # the last article named before is not the Times article
    ("A Times article hailed Tom Rusk in 1994. Later an article on a blog mocked him.\n\n“Mr."
     " Rusk has managed to erase much of his debt this year,” the article read.", "erase much"),
    # a dash credit with no name, and the quote after a list of credited ones: no turn-taking
    ("“The bus never comes on time at all.” ― Ines Vark\n\n“The trains are worse, "
     "honestly, every single day.” ― Tom Rusk\n\n“Cycling is the only way left to get "
     "there.” ― Reader in Leeds", "Cycling is the only"),
]


def test_a_paragraph_that_opens_with_the_quote_takes_he_from_the_paragraph_before() -> None:
    text = ("Tom Rusk spoke first; he praised the plan and the money behind it.\n\n"
            "Omar Haddad was not impressed.\n\n"
            "“Nobody on this council has read the report,” he said.")
    assert speaker_of(text, "Nobody on this council") == "Omar Haddad"
    # two people who could be `he` named as subjects there: nobody is sure
    text = ("Tom Rusk spoke first; he praised the plan and the money behind it.\n\n"
            "Omar Haddad and Paul Arden were not impressed.\n\n"
            "“Nobody on this council has read the report,” he said.")
    assert speaker_of(text, "Nobody on this council") is None


BEFORE_THE_PARAGRAPH = [
    # the only woman there, though only as the head of a `who` clause
    ("Omar Haddad released his tax plan on Monday. Ines Vark, an economist, said it would "
     "cost the town dearly.\n\nIt became an issue at once, with Greta"
     " Lind — who wants higher rates — attacking Omar Haddad’s plan.\n\n“The plan is a gift"
     " to the richest families in town,” she said.", "gift to the richest", "Greta Lind"),
    # the one man named there for the first time, introduced with what he is
    ("Paul Arden and Tom Rusk are running for mayor.\n\nWhile Paul Arden has plenty of "
     "singers behind him, that is not true for Rusk, which worries Omar Haddad, president of"
     " the traders’ guild.\n\n“Nobody is writing songs for Rusk this year,” he said.",
     "writing songs", "Omar Haddad"),
    # the one man named there for the first time, its only subject; Rusk is an object
    ("Tom Rusk debated Paul Arden on Monday.\n\nOmar Haddad of the Herald agreed with Rusk "
     "about the winner.\n\n“Arden never found his footing all night,” he wrote.",
     "never found his footing", "Omar Haddad"),
    # a place is nobody a pronoun means (`Kaneohe Bay`), though `Michael Bay` is a person
    ("Paul Arden said he would stay active. During his tour of Kaneohe Bay, he paused."
     "\n\n“My hope,” he said, “is that I can still change a few minds in the party.”",
     "still change a few minds", "Paul Arden"),
    # nor a house or a hotel (`the Convalescent Home`, `Vevey Grange`)
    ("Paul Arden came home from the war. The Convalescent Home had been dreary, and Vevey "
     "Grange was no better.\n\n“The place will be glad to see you,” he said.", "glad to see",
     "Paul Arden"),
    # the last sentence's opener may follow a linking word (`And even Tom Rusk…`)
    ("Omar Haddad and Paul Arden gave careful answers about the vote. And even Tom Rusk tried"
     " to stay out of it, noting that he would do the same in their place.\n\n“When I visit "
     "other towns, it is not my job to pick their mayors,” he said.", "not my job",
     "Tom Rusk"),
    # a lone adverb opening the sentence (`Recently,`) does not take the subject's place
    ("“They still think we ride camels,” Omar Haddad said with a grin. He had recently moved"
     " to the town.\n\nCritics of the pier plan cite the cost to the harbour. Recently, Tom "
     "Rusk, the baker who hosts a radio show, was asked by a caller why the pier closed. “So "
     "they can build flats on it,” he said.", "build flats", "Tom Rusk"),
    # a name after `his` is no subject (`his Harbor Party campaign`): Rusk is the only one
    ("“The port will never close while I am mayor,” Omar Haddad told the Herald.\n\nSince "
     "launching his Harbor Party campaign, Tom Rusk has taken a hard line on the port.\n\n"
     "“We are paying for a port that nobody uses any more,” he said.", "paying for a port",
     "Tom Rusk"),
    # who an opening `When …,` clause names is no subject; the main clause's is
    ("“The ferry costs the town too much,” Ines Vark said.\n\nWhen Ines Vark pointed out "
     "that the council calls it “a lifeline,” Greta Lind seized on the word, repeating her "
     "line that the ferry loses money.\n\n“A lifeline that nobody rides is not a lifeline at"
     " all,” she said.", "nobody rides", "Greta Lind"),
    # an opening clause with no comma before its main clause's `he` is not skipped
    ("When Omar Haddad came to the meeting in the old hall he was greeted by a crowd of angry"
     " traders, some of whom carried signs.\n\n“Nobody here wants the market moved,” he "
     "said.", "market moved", "Omar Haddad"),
    # a title set off by commas before the subject is not the subject (`Hard Roads`)
    ("Greta Lind wrote about the flood years later. In her memoir, Hard Roads, Greta Lind "
     "described the night the river rose.\n\n“We carried the children up to the church roof"
     " in the dark,” she wrote.", "carried the children", "Greta Lind"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), BEFORE_THE_PARAGRAPH)
def test_a_he_opening_a_paragraph_means_who_the_paragraph_before_was_about(
        text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


NARRATOR += [
    # the subject of an opening `While …,` clause is not the sentence's subject
    ("Most recently, Omar Haddad called for a ban. While Ruth Calder has forcefully condemned "
     "the proposal, the groups who wrote to her on Thursday say they are “concerned your "
     "campaign is sending mixed messages on this.”", "mixed messages"),
    # `the spokesman` is never the person he speaks for
    ("Prime Minister Omar Haddad met the press on Monday.\n\n“The PM has made his views on "
     "the comments very clear, and he disagrees,” the spokesman said.", "made his views"),
    # a role that names another office than the one the opener holds
    ("Ivan Petrov called upon Mayor Omar Haddad to act.\n\nHaddad disbanded the unit in 2014 "
     "after complaints.\n\n“There is hatred like nobody has ever seen, and it is coming out "
     "of there,” the Republican presidential candidate said.", "hatred like nobody"),
    # a participle whose subject is someone after the earlier quote's cue
    ("“What a pity it would not stay!” sighed Omar Haddad, as soon as it was out of sight; "
     "and an old woman took the opportunity of saying to her daughter “Ah, my dear! Let this "
     "be a lesson to you never to lose your temper!”", "Let this be a lesson"),
    # two men named there for the first time: either could be `he`
    ("Tom Rusk debated Paul Arden on Monday.\n\nOmar Haddad and Ivan Petrov of the Herald "
     "agreed with Rusk.\n\n“Arden never found his footing all night,” he wrote.",
     "never found his footing"),
    # the only woman named there, but the `she` there is one of two others
    ("Ines Vark and Ruth Calder spoke after the vote.\n\nShe said the money should go to "
     "Greta Lind, who runs the school.\n\n“They are trying to stop the school,” she said.",
     "trying to stop"),
    # a one-word opening (`Also,`) is no phrase: the name after it is in the reported clause
    ("“We cannot claim to be the party of freedom,” said Ines Vark.\n\nPaul Arden, a blogger "
     "in the old town, said he will not vote for Tom Rusk because of his speeches. Also, Rusk "
     "isn't a harbour man at all, he said. “He is a city man!”", "city man"),
    # a people (`Americans say…`) is no speaker
    ("Some 500 voters came. The vast majority of Americans say they prefer lower prices to "
     "paying more for goods labeled “Made in the harbour town, by harbour people,” even if it "
     "means the goods are made abroad.", "Made in the harbour"),
    # an `as X noted` aside credits a remark; it does not say the quote
    ("The statements are consistent with the tone of her new harbour ad, which — as columnist "
     "Paul Arden noted recently in the Herald — promises to “stop the council from ripping all"
     " our progress away” while clips of the mayor play.", "stop the council"),
    # a quote's verb before an earlier quote and a new clause does not reach past that clause
    ("And, in a clip that Judge Omar Haddad called “distasteful,” Tom Rusk expressed a desire "
     "to “try, convict and shoot the mayor for what he has done to us all.”", "try, convict"),
    # a kin word with no gender (`his childhood friend`) fits nobody in particular
    ("Assem, the co-pilot, had logged many hours with Nile Air, the airline said Thursday. The"
     " school confirmed it on Facebook Friday.\n\nHe had “wanted to be a pilot since he was "
     "five years old,” his childhood friend told the Herald.", "wanted to be a pilot"),
]


_COUNCIL = (
    "The city council met on Monday to debate the budget, which has been stuck for months "
    "over police funding and school repairs.\n\nSen. Ann Jones of Ohio, who chairs the budget"
    " panel, attended the meeting and spoke briefly about the state's share of the costs.\n\n")


@pytest.mark.parametrize(("line", "words", "speaker"), [
    # an aside whose closing comma is missing is the name's, but not when the verb is set off
    # itself, the name follows an opening word, or the aside has a subject of its own
    ("Katie Packer, who is chairman of Our Principles PAC said in a statement, “This new ad "
     "raises questions about him.”", "raises questions", "Katie Packer"),
    ("Trump, the Clinton campaign said, is “a con man who will say anything to win the "
     "election.”", "con man", "Clinton campaign"),
    ("Paul Smith, the senator said, was “not going to get away with this kind of behavior "
     "again.”", "behavior again", "Ann Jones"),
    ("Like Paul Smith, the senator said that the plan was “not going to get away with this "
     "kind of behavior again.”", "behavior again", "Ann Jones"),
    ("Unlike Paul Smith, the senator said that the plan was “not going to get away with this "
     "kind of behavior again.”", "behavior again", "Ann Jones"),
    ("Paul Smith, who the senator said was “not going to get away with this kind of behavior "
     "again,” left early.", "behavior again", "Ann Jones"),
    ("Paul Smith, who Ann Jones said was “not going to get away with this kind of behavior "
     "again,” left early.", "behavior again", "Ann Jones"),
    ("Paul Smith, the man the senator said was “not going to get away with this kind of "
     "behavior again,” left early.", "behavior again", "Ann Jones"),
    ("Paul Smith, the senator and Tom Brown said that the plan was “not going to get away "
     "with this kind of behavior again.”", "behavior again", None),
    # `and` joins two people, but not a clause of its own, titles, or a company's two words
    ("Rep. Peter King and Sen. Chuck Schumer said the plan was “not going to get away with "
     "this kind of behavior again.”", "behavior again", None),
    ("The mayor and Gov. Jerry Brown said the plan was “not going to get away with this kind "
     "of behavior again.”", "behavior again", None),
    ("The storm hit Florida and Gov. Rick Scott said the state was “not going to get away with"
     " this kind of behavior again.”", "behavior again", "Rick Scott"),
    ("Voters backed Paul Smith and Gov. Rick Scott said the state was “not going to get away "
     "with this kind of behavior again.”", "behavior again", "Rick Scott"),
    # (documents today's reading: the company is voiced under half its name)
    ("Procter and Gamble said the plan was “not going to get away with this kind of behavior "
     "again.”", "behavior again", "Gamble"),
])
def test_a_report_s_aside_and_joined_names(line: str, words: str, speaker: str | None
                                           ) -> None:
    text = _COUNCIL + line + "\n\nThe council adjourned after three hours without a vote."
    assert speaker_of(text, words) == speaker


def test_two_titles_joined_by_and_are_one_sure_cue() -> None:
    text = ("Former Gov. and DNC Chairman Ed Rendell said the plan was “going to cost every "
            "family in the county.”")
    quote = next(s for s in run(text).segments if s.kind == "quote")
    assert (quote.speaker, quote.cue, quote.confidence) == (
        "Ed Rendell", "DNC Chairman Ed Rendell said", 0.85)


@pytest.mark.parametrize(("text", "ranks"), [
    # a name after `of the` in the predicate qualifies the noun before it: no subject, even
    # with none before
    ("Critics were quick to cast the storm as an indictment of the Rusk administration, and of"
     " Ann Vark.", {"Rusk": 0, "Ann Vark": 0}),
    ("It was a test of Vark and her office.", {"Vark": 0}),
    # before the verb it is part of the subject: neither it nor the object is the subject
    ("The voice of Bob Cole woke Tom Rusk.", {"Bob Cole": 0, "Tom Rusk": 0}),
    ("The storm ended early. The voice of Bob Cole woke Tom Rusk.", {"Bob Cole": 0,
                                                                  "Tom Rusk": 0}),
    # … unless the sentence names nobody else
    ("The trial of Bill Hale began on Monday in Boston.", {"Bill Hale": 1}),
    # `of` inside a title is no preposition: the name after it is the subject
    ("The secretary of the Navy Ann Vark met them.", {"Navy Ann Vark": 1}),
    ("Critics met Vark, who said nothing.", {"Vark": 2}),
])
def test_how_a_name_ranks_as_a_subject(text: str, ranks: dict[str, int]) -> None:
    article = make_article("Headline\n\n" + text)
    runs, _pronouns = _named_runs(Doc(article, find_quotes(article)))
    assert {r.mention.text: r.rank for r in runs if r.mention.text in ranks} == ranks


def test_a_dash_typed_as_two_hyphens_is_one_dash() -> None:
    text = "Arden -- who led it -- said, a well-known---odd case"
    assert [(t.text, text[t.start : t.end]) for t in tokenize(text, 0, len(text))][:6] == [
        ("Arden", "Arden"), ("—", "--"), ("who", "who"), ("led", "led"), ("it", "it"),
        ("—", "--")]
    assert "—" not in [t.text for t in tokenize(text, 0, len(text))][6:]


def test_a_word_garbled_or_decomposed_stays_one_word() -> None:
    text = "Fran\u00c3\u0083\u00c2\u00a7ois Hollande and Jose\u0301 Ruiz\u00a0Ortega"
    assert [t.text for t in tokenize(text, 0, len(text))] == [
        "Fran\u00c3\u0083\u00c2\u00a7ois", "Hollande", "and", "Jose\u0301", "Ruiz",
        "Ortega"]
    said = ("“Europe must be able to defend itself,” French President "
            "Fran\u00c3\u0083\u00c2\u00a7ois Hollande said Friday.")
    assert speaker_of(said, "defend itself") == "Fran\u00c3\u0083\u00c2\u00a7ois Hollande"


@pytest.mark.parametrize(("text", "words"), NARRATOR)
def test_narrator_keeps(text: str, words: str) -> None:
    assert speaker_of(text, words) is None


def test_narration_is_never_voiced() -> None:
    result = run("“We will rebuild,” Omar Haddad said. He walked away.\n\nThe end came soon.")
    for s in result.segments:
        if s.kind != "quote":
            assert s.speaker is None and s.confidence is None and s.cue is None
        else:
            assert s.confidence is not None and 0 <= s.confidence <= 1


def test_cue_and_confidence_are_set_on_voiced_quotes() -> None:
    quote = next(s for s in run("“Yes,” Omar Haddad said.").segments if s.kind == "quote")
    assert quote.cue == "Omar Haddad said"
    assert quote.confidence is not None and quote.confidence >= 0.9


# --------------------------------------------------------------------------------------------
# Fiction: turn-taking
# --------------------------------------------------------------------------------------------


def test_dialogue_alternates_between_two_people() -> None:
    text = (
        "“Where are you going?” said the Gardener.\n\n"
        "“Home,” said Tilly.\n\n"
        "“So late in the evening?”\n\n"
        "“It is never too late for that.”\n\n"
        "“Then good night to you.”"
    )
    assert who_spoke(text) == ["Gardener", "Tilly", "Gardener", "Tilly", "Gardener"]


FAIRY_TALE = (
    "“Who comes to my castle?” said the Duchess.\n\n"
    "“Only a traveller,” said Tilly.\n\n"
    "“Then bring her in at once,” said the King.\n\n"
    "“She must be tired after such a long road,” said the Queen.\n\n"
    "“What a strange house this is,” thought Tilly. “Everyone gives orders.”\n\n"
    "“Sit down, child,” said the Duchess.\n\n"
    "The King smiled at her. “You may stay the night,” King said.\n\n"
    "“I am very grateful,” said Tilly."
)


def test_fiction_titles_are_characters_of_their_own() -> None:
    """`the Duchess`, `the King`, `the Queen`: three characters with three voices, never
    folded into whoever spoke last (a `the` is nobody's title)."""
    got = voices(FAIRY_TALE)
    assert [v for _q, v in got] == [
        "Duchess", "Tilly", "King", "Queen", "Tilly", "Tilly", "Duchess", "King", "Tilly"]


def test_a_quoted_thought_is_read_by_the_thinker_in_fiction() -> None:
    assert speaker_of(FAIRY_TALE, "What a strange house") == "Tilly"


PARLOUR = (
    "Mr. Vale read his paper. “Is that the design?” said he.\n\n"
    "Kitty coughed. “Don't keep coughing so, Kitty!” said Mrs. Vale.\n\n"
    "“She times them ill,” said her father.\n\n"
    "“I do not cough for my own amusement,” replied Kitty."
)


def test_an_honorific_keeps_two_people_of_one_surname_apart() -> None:
    got = dict((q, v) for q, v in voices(PARLOUR))
    assert got["Is that the design"] == "Mr. Vale"
    assert got["Don't keep coughing so, Kitty"] == "Mrs. Vale"
    speakers = {s.name for s in run(PARLOUR).speakers}
    assert {"Mr. Vale", "Mrs. Vale"} <= speakers


def test_long_speeches_with_story_cues_are_still_dialogue() -> None:
    """`said he`, `cried Kitty`, `returned she`: only stories write these, so a text with
    three is read as dialogue even when its speeches make the paragraphs long."""
    from readaloud.attribute import dialogue_style

    speech = "“" + "I have walked the whole length of the valley today, " * 6 + "and I am tired,”"
    text = "\n\n".join([f"{speech} said he.", f"{speech} returned she.",
                         f"{speech} cried Kitty.", "“Then rest,” said he.",
                         "They sat down by the fire."])
    assert dialogue_style(make_article("Evening\n\n" + text))
    # a British edition's single quotes too (`‘…,’ said he.`, `‘…,' said he.`)
    single = text.replace("“", "‘").replace("”", "’")
    assert dialogue_style(make_article("Evening\n\n" + single))
    assert dialogue_style(make_article("Evening\n\n" + single.replace("’ ", "' ")))
    news = "\n\n".join([f"{speech} Ann Roe said.", f"{speech} said Omar Haddad.",
                         "The council meets on Monday."] * 2)
    assert not dialogue_style(make_article("Council\n\n" + news))


def test_a_market_report_with_inverted_cues_and_posts_is_news() -> None:
    """A market wrap writes `said First Last, strategist at Firm` five times and more: those
    cues tell what news tells of its people (a post at a body, an age), so the text stays
    news and an all-quote paragraph goes on with its speaker (37c's wraps were read as
    dialogue: attribute._NEWS_APPOSITIVE). A story's `said Alice, laughing` still counts."""
    from readaloud.attribute import dialogue_style

    firms = ["Halberd Wealth", "Denholm Securities", "Crane & Co", "Aldgate Capital",
             "Norland Partners", "Vesper Bank"]
    wrap = "\n\n".join(
        f"\"Stocks fell again,\" said Ana Ruiz{n}, chief strategist at {firm}." for n, firm in
        enumerate(firms))
    assert not dialogue_style(make_article("Markets\n\n" + wrap))
    aged = "\n\n".join(f"\"It was cold,\" said Tom Price{n}, {40 + n}, outside." for n in range(6))
    assert not dialogue_style(make_article("Storm\n\n" + aged))
    story = "\n\n".join(f"\"Stocks fell again,\" said Alice{n}, laughing." for n in range(6))
    assert dialogue_style(make_article("Evening\n\n" + story))  # guard


KITCHEN = (
    "Maggie pushed open the kitchen door. Tom was at the stove.\n\n"
    "“You’re late,” Tom said.\n\n"
    "“The bus didn’t come.” She hung up her coat.\n\n"
    "“You could have walked,” said Tom.\n\n"
    "“In this rain?” said Maggie.\n\n"
    "“People do,” said Tom.\n\n"
    "“Don’t start,” said Maggie.\n\n"
    "“Fine,” said Tom."
)


def test_a_new_paragraph_after_a_cued_line_is_a_new_turn() -> None:
    """In a story, a line that opens a paragraph after `“…,” Tom said.` is not more of
    Tom's; in news it is (see the `Mary Susan` row of CUES). It is the one the narration
    set him with before his line (`Maggie pushed open the kitchen door. Tom was at the
    stove.`)."""
    assert speaker_of(KITCHEN, "The bus didn’t come") == "Maggie"
    # not after a long paragraph, which tells of people rather than sets a scene, nor in a
    # story told in the first person (the teller is as often the one spoken to)
    long = KITCHEN.replace("at the stove.", "at the stove. The kitchen was old, the paint "
                           "was peeling from every wall, and the window over the sink had "
                           "been cracked for as long as anyone in the family could remember.")
    assert speaker_of(long, "The bus didn’t come") is None
    told = ("Maggie pushed open the kitchen door and I followed. Tom was at the stove.\n\n"
            "“You’re late,” Tom said.\n\n“The bus didn’t come.”\n\n“You could have walked,” "
            "said Tom.\n\n“In this rain?” I said.\n\n“People do,” said Tom.\n\n“Don’t "
            "start,” I said.\n\n“Fine,” said Tom.\n\n“Good,” I said.\n\n“Sorry,” I said."
            "\n\n“Tea?” I said.")
    assert speaker_of(told, "The bus didn’t come") is None  # the teller's, maybe
    assert speaker_of(KITCHEN, "In this rain") == "Maggie"


def test_a_kin_cue_is_the_other_person_of_that_gender() -> None:
    """`said her father`: not the woman `her` means, but the man named before."""
    assert speaker_of(PARLOUR, "She times them ill") == "Mr. Vale"


HEARTH = (
    "Mr. Vale was reading by the fire.\n\n"
    "“My dear Mr. Vale,” said his wife one evening, “have you heard that the mill is sold?”\n\n"
    "Mr. Vale replied that he had not.\n\n"
    "“But it is,” returned she. “Mrs. Long has told me all about it.”\n\n"
    "“Who has bought it?”\n\n"
    "“A young man from the north,” said she.\n\n"
    "“Is he married?” inquired Mr. Vale.\n\n"
    "“Single, my dear, to be sure,” said she.\n\n"
    "“What a fine thing for the town,” laughed he."
)


def test_a_named_person_s_kin_is_never_that_person() -> None:
    """`cried Lucy's mother` is not Lucy (review 15): in a story a person of her own, the same
    one each time; in a report too, as the words name her (round 48)."""
    story = ("Lucy and her mother were sitting over the fire when Mr. Hargreave came in.\n\n"
             "“Evening, ladies!” cried Mr. Hargreave.\n\n“Shut the door!” cried Lucy's mother."
             "\n\n“Beg pardon,” returned he.\n\n“What news?” cried Lucy.\n\n“Sit down,” "
             "cried Lucy's mother.")
    assert who_spoke(story) == ["Mr. Hargreave", "Lucy's mother", "Mr. Hargreave", "Lucy",
                                "Lucy's mother"]
    report = ("Lucy Hale, 9, won the spelling contest on Monday.\n\n“She worked so hard for "
              "this,” said Lucy's mother.")
    assert speaker_of(report, "She worked so hard") == "Lucy's mother"


def test_a_family_word_used_as_a_name_is_a_person_of_their_own() -> None:
    """`“No,” Dad said.` after `My sister, Ruth,` was Ruth's (review 15): a family word
    written as a name is one person, the same each time."""
    memoir = ("My sister, Ruth, ran away four times. The fourth time, our father drove to the "
              "bus station.\n\n“Are you going to yell at me?” Ruth finally asked.\n\n“No,” "
              "Dad said. “I'm going to buy you a hot chocolate.”\n\n“Fine,” Ruth said.\n\n"
              "“Drink it slowly,” said Dad.")
    assert who_spoke(memoir) == ["Ruth", "Dad", "Dad", "Ruth", "Dad"]
    story = ("Mum came home from the hospital with the baby. My brother Alan looked at it for a "
             "long time.\n\n“It's very red,” he said at last.\n\n“All babies are red,” said "
             "Mum.")
    assert speaker_of(story, "All babies") == "Mum"


def test_the_writer_s_own_kin_is_a_person_of_their_own() -> None:
    """`my mother said` in a memoir was the narrator's line (review 15c: most of its misses):
    somebody the writer knows is a person of their own, the same each time (`my older
    brother` is `my brother` later, `my younger brother` is not), and `she said` after her
    is hers; one the narration named after the same words is that person (`My aunt Ilinca,`
    … `said my aunt`)."""
    memoir = ("I grew up above a bakery in Leeds. Every Sunday we baked together.\n\n“Never "
              "rush the dough,” my mother said. “It knows.”\n\nMy older brother laughed.\n\n"
              "“It's flour and water,” my older brother said.\n\n“It's patience,” she said."
              "\n\n“Still flour,” my brother said.\n\n“Quiet,” said my younger brother.")
    assert who_spoke(memoir) == ["my mother", "my mother", "my older brother", "my mother",
                                 "my older brother", "my younger brother"]
    travel = ("We left Cusco before dawn.\n\n“The pass is at 4,600 metres,” our guide said. "
              "“Drink water.”")
    assert who_spoke(travel) == ["our guide", "our guide"]
    named = ("My aunt Ilinca, who lived next door, thought he was a disgrace. My brother Sam "
             "and I found the radio in the shed.\n\n“Leave it on,” said my aunt.\n\n“It's "
             "broken,” said my brother.")
    assert who_spoke(named) == ["Ilinca", "Sam"]
    # a first-person novel's teller calls its named hero so: not a person of their own
    holmes = ("Holmes lit his pipe and looked at the fire.\n\n“You are late,” said my "
              "companion.")
    assert who_spoke(holmes) == [None]
    assert who_spoke("I spent summers at the farm.\n\n“Pass the salt,” said my young cousin."
                     "\n\n“Not again,” said my old dad.") == ["my young cousin", "my old dad"]


def test_his_wife_of_a_man_known_only_as_mr_vale_is_mrs_vale() -> None:
    got = dict(voices(HEARTH))
    assert got["My dear Mr. Vale"] == "Mrs. Vale"
    assert got["have you heard that the mill is sold"] == "Mrs. Vale"


def test_a_kin_cue_is_never_the_one_the_line_calls() -> None:
    """`“Sit down, Frank,” said his brother` is not Frank, nor Tom, whom `his` means; Maurice
    is further back than a kin cue looks, so the narrator reads it."""
    text = ("Maurice Oakley, his brother Frank and Tom Hale sat in the study.\n\n“It is late,”"
            " said Tom.\n\n“Not very,” said Maurice.\n\n“The fire is low,” said Tom.\n\n“I "
            "am tired,” said Frank.\n\n“So am I,” said Tom.\n\n“Sit down, Frank,” said his "
            "brother.")
    assert speaker_of(text, "Sit down") is None


@pytest.mark.parametrize(("text", "line", "kin"), [
    ("Emma Woodhouse lived at Hartfield with Mr. Woodhouse, a nervous old man.\n\n"
     "“It is a pity Miss Taylor ever married,” said Mr. Woodhouse.\n\n"
     "“Indeed it is not,” returned Emma.\n\n"
     "Mr. Knightley walked in from the wet lane and shook the rain from his coat. He said "
     "nothing for a while. Emma smiled at him.\n\n"
     "“You must have had a dreadful walk,” said her father.",
     "You must have had a dreadful walk", "Mr. Woodhouse"),
    ("Mr. Bennet was reading in the library.\n\n"
     "“I hope Mr. Bingley will like it, Lizzy,” said Mr. Bennet.\n\n"
     "“We are not in a way to know what Mr. Bingley likes,” said Lizzy.\n\n"
     "Mary wished to say something sensible, but knew not how. Mr. Bennet looked at her.\n\n"
     "“Oh, you are a great deal too fond of reading,” cried his wife.",
     "Oh, you are a great deal too fond of reading", "Mrs. Bennet"),
    # a parent speaks to their child: `her` is the one the line calls, not the last speaker
    ("Mr. Hale and Mr. Roe sat by the fire with Kitty Hale and Ann Roe.\n\n“He never danced "
     "with me,” said Kitty Hale.\n\n“Nor with me,” said Ann Roe.\n\n“Very proud,” said "
     "Kitty Hale.\n\n“He is proud,” said Ann Roe.\n\n“Another time, Kitty,” said her "
     "father, “I would not dance with him.”\n\n“I promise,” said Kitty.",
     "Another time, Kitty", "Mr. Hale"),
    # … only when that child's family is known: else `her` is whom the pronoun means
    ("Mr. Bennet, Mrs. Bennet and Elizabeth Bennet sat in the parlour with Charlotte Lucas.\n\n"
     "“It is late,” said Elizabeth.\n\n“Not very,” said Charlotte.\n\n“Papa is tired,” said "
     "Elizabeth.\n\n“Then I must go,” said Charlotte.\n\n“Stay a little,” said Elizabeth.\n\n"
     "“You must come again, Charlotte,” said her mother.", "You must come again, Charlotte",
     "Mrs. Bennet"),
])
def test_her_father_is_the_mr_of_her_family_name(text: str, line: str, kin: str) -> None:
    """`her father` of Emma Woodhouse is Mr. Woodhouse and `his wife` of Mr. Bennet Mrs.
    Bennet, though Mr. Knightley (Mary) was named nearer."""
    assert dict(voices(text))[line] == kin


@pytest.mark.parametrize(("text", "speaker"), [
    # how a line is said
    ("“Impossible!” the Frenchman spluttered.", "Frenchman"),
    ("“Well, I never,” drawled Mr. Hale.", "Mr. Hale"),
    ("“Do come,” Kitty implored.", "Kitty"),
    # a sound anybody may make cues only right after the line
    ("“Collar that Dormouse,” Kitty Hale shrieked out.", "Kitty Hale"),
    ("“Not I,” giggled Kitty.", "Kitty"),
    ("Sirens wailed and Kitty giggled. “Not I.”", None),
    ("Sen. Ann Roe has taunted the Clinton campaign for “getting schooled by a nutty VT "
     "socialist.”", None),
])
def test_verbs_that_say_how_a_line_was_said(text: str, speaker: str | None) -> None:
    assert set(who_spoke(text)) == {speaker}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # after a full stop a sound is somebody's answer, not the line's cue
    ("“I want a pony,” said Lucy Hale. “A white one.” Tom giggled.", "A white one",
     "Lucy Hale"),
    ("Ward said the offer was an insult. “We have nothing more to say to them.” Talks broke "
     "off.", "nothing more to say", "Ward"),
    # a sound needs a person to make the line
    ("“Run!” Alarms shrieked.", "Run", None),
    ("“Is anybody there?” Gulls shrieked overhead.", "anybody there", None),
    # but a beat between two lines of one speaker is theirs
    ("“It's nothing.” Mayor Ann Yates smiled. “We're fine.”", "It's nothing", "Ann Yates"),
    # a start is no speech, a start of speech is
    ("Alice was alone in the hall. The Rabbit came trotting back. “If you please, sir--” The "
     "Rabbit started violently, dropped the white kid gloves and the fan, and skurried away.",
     "If you please", None),
    ("“If you please, sir--” The Rabbit started again. “The Duchess is waiting.”",
     "If you please", "Rabbit"),
    # an answer that leads into the next line answers this one: the question is another's
    ("Edmund found Fanny on the stairs.\n\n“What is the matter?” asked Edmund.\n\n“Nothing,”"
     " said Fanny.\n\n“Then write to William. And when shall you do it?” She hung her head "
     "and answered hesitatingly, “I do not know; I have not any paper.”", "when shall you",
     "Edmund"),
    ("Edmund found Fanny on the stairs.\n\n“What is the matter?” asked Edmund.\n\n“Nothing,”"
     " said Fanny.\n\n“Then write to William. And when shall you do it?” She hung her head "
     "and answered hesitatingly, “I do not know; I have not any paper.”", "I do not know",
     "Fanny"),
    # … not an answer with no other action first: she asks and answers herself
    ("Mayor Ann Hale took questions on Monday. “Will I run again?” she responded, “No, not "
     "this year.”", "Will I run", "Ann Hale"),
    ("“If you please, sir--” The Rabbit started to say more. “The Duchess is waiting.”",
     "If you please", "Rabbit"),
    ("Alice waited. “If you please, sir--” The Rabbit started, as if stung, and ran away.",
     "If you please", None),
    # … not when it ends its own sentence
    ("Ann Hale looked up at Tom. “Will you come?” she answered. “I asked first.”",
     "Will you come", "Ann Hale"),
    ("Ann Hale looked up at Tom. “Will you come?” she answered. Then, after a pause, she "
     "added, “I asked first.”", "Will you come", "Ann Hale"),
    ("Ann Hale looked up at Tom. “I will come,” she answered, “if you ask me.”",
     "I will come", "Ann Hale"),
    # and a name like a plural is a person after the verb or when named before
    ("“Quite so,” returned Holmes.", "Quite so", "Holmes"),
    ("Holmes lit his pipe. “Quite so,” Holmes chuckled.", "Quite so", "Holmes"),
])
def test_a_sound_after_a_line_is_not_always_its_cue(text: str, words: str,
                                                    speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker


def test_story_verbs_after_a_quote_are_cues() -> None:
    got = dict(voices(HEARTH))
    assert got["But it is"] == "Mrs. Vale"  # `returned she`
    assert got["Is he married"] == "Mr. Vale"  # `inquired`
    assert got["What a fine thing for the town"] == "Mr. Vale"  # `laughed he`


@pytest.mark.parametrize(("text", "speaker"), [
    ("“And he is a great friend of Mary's,” put in Cynthia.", "Cynthia"),
    ("“I dare say,” broke in Mrs. Vale.", "Mrs. Vale"),
    ("Lydia stood up. “At any rate,” she burst out, “I have spoken my mind!”", "Lydia"),
    ("“We shall see,” chimed in Kitty.", "Kitty"),
    ("Tom Hale leant on the gate. “Since her marriage, of course—” he broke off, frowning.",
     "Tom Hale"),
])
def test_a_speech_verb_with_its_particle_is_a_cue(text: str, speaker: str) -> None:
    assert set(who_spoke(text)) == {speaker}


def test_a_he_is_never_the_one_his_own_line_calls() -> None:
    """`“Come, Darcy,” said he`: whoever says it, it is not Darcy, though Darcy was the last
    man named."""
    text = ("Mr. Bingley and Mr. Darcy stood by the door of the ballroom. Mr. Darcy looked "
            "coldly at the dancers.\n\n“Come, Darcy,” said he, “I must have you dance.”")
    assert dict(voices(text))["Come, Darcy"] == "Mr. Bingley"


def test_a_short_line_that_names_someone_is_not_their_turn() -> None:
    """`“Mother lets Bertie do anything.”` is not Bertie's turn (review 15); a long speech may
    still tell of its own speaker by name."""
    talk = ("Tom and Bertie sat by the fire.\n\n“It is cold,” said Tom.\n\n“It is snowing,” "
            "said Bertie.\n\n“Then we stay in,” said Tom.\n\n“I want to go out,” said Bertie."
            "\n\n“Mother says no,” said Tom.\n\n")
    assert speaker_of(talk + "“Mother lets Bertie do anything.”", "Mother lets") is None
    story = ("“Last winter a letter came for Bertie, and nobody would tell me who had sent it, "
             "so I kept it in my drawer for a month.”")
    assert speaker_of(talk + story, "Last winter") == "Bertie"
    # a name only as a word in lower case, or a surname the speaker shares, says nothing
    assert speaker_of(talk.replace("Bertie", "Will") + "“I will, if I like.”", "if I like") == (
        "Will")
    family = talk.replace("Tom", "Kitty Vale", 1).replace("Tom", "Kitty").replace(
        "Bertie", "Mr. Vale")
    assert speaker_of(family + "“Come here this minute, Kitty Vale.”", "Come here") == "Mr. Vale"


def test_an_uncued_reply_goes_to_the_one_the_speaker_called_by_name() -> None:
    """Only Mrs. Vale has spoken; she called him `My dear Mr. Vale`, so the uncued reply is
    his, not hers continued."""
    assert dict(voices(HEARTH))["Who has bought it"] == "Mr. Vale"


@pytest.mark.parametrize(("text", "line", "caller", "called"), [
    (
        "John Cavendish met Arthur Hastings at the station, and they drove off together "
        "in the car.\n\n"
        "“The mater will be delighted to see you again,” cried John.\n\n"
        "The car swung round a corner, and John returned to the subject of the war.\n\n"
        "“Oh, yes. Rotten little bounder too!” cried John. “I can tell you, Hastings, "
        "it's making life jolly difficult for us.”\n\n"
        "“Is it?”\n\n"
        "“Well, of course the war has turned the men into dolts,” replied John.",
        "Is it", "John Cavendish", "Arthur Hastings"),
    (
        "Winnie-the-Pooh floated up into the sky on the balloon, and Christopher Robin "
        "stood under the tree.\n\n"
        "“Isn't that fine?” cried Winnie-the-Pooh.\n\n"
        "“You look like a Bear holding on to a balloon,” replied Christopher Robin.\n\n"
        "“Not like a small black cloud in a blue sky?” cried Pooh anxiously.\n\n"
        "After a little while he called down to the ground.\n\n"
        "“Christopher Robin!” he said in a loud whisper.\n\n"
        "“Hallo!”",
        "Hallo", "Winnie-the-Pooh", "Christopher Robin"),
])
def test_an_uncued_reply_to_a_call_inside_a_line_or_by_full_name(
        text: str, line: str, caller: str, called: str) -> None:
    """`I can tell you, Hastings, …` calls Hastings though the line opens otherwise, and
    `“Christopher Robin!”` calls him by both names: the uncued reply is theirs."""
    got = dict(voices(text))
    assert got[line] == called
    assert caller in got.values()


def test_an_uncued_reply_goes_to_the_one_the_narration_names_since() -> None:
    text = HEARTH.replace("“Who has bought it?”", "Mr. Vale looked up from his paper.\n\n“Who has "
                          "bought it?”").replace("“My dear Mr. Vale,”", "“My dear,”")
    assert dict(voices(text))["Who has bought it"] == "Mr. Vale"


def test_in_fiction_the_boy_is_one_of_the_story_s_people() -> None:
    """`cried the boy` in a story never makes a stranger called `the boy` (in news it does:
    see the passer-by rows)."""
    text = (
        "Randolph, a small boy, came along the path.\n\n"
        "“Will you give me some sugar?” asked Randolph.\n\n"
        "“Yes, you may take one,” said Winterbourne.\n\n"
        "“Oh, blazes, it is hard!” cried the boy.\n\n"
        "“Take care you do not hurt your teeth,” said he.\n\n"
        "“I have not got any teeth to hurt,” said Randolph.\n\n"
        "“That is true,” said he."
    )
    assert {s.name for s in run(text).speakers} == {"Randolph", "Winterbourne"}


def test_in_fiction_the_boy_who_answers_is_not_the_man_who_asked() -> None:
    """`“Tell me your name, my boy,” said Winterbourne.` / `“…,” cried the boy`: the boy is
    not the man who just spoke, though he is the nearest male named (nobody rather than him);
    `the girl` who is the nearest woman named and did not speak last is still her."""
    text = (
        "Winterbourne sat in the garden of the hotel at Vevey.\n\n"
        "A small boy came along the path, poking his alpenstock into the flower-beds.\n\n"
        "“Yes, you may take a lump of sugar,” replied Winterbourne.\n\n"
        "“Tell me your name, my boy,” said Winterbourne.\n\n"
        "“Randolph C. Miller,” cried the boy sharply.\n\n"
        "Daisy smoothed her ribbons and looked at the lake.\n\n"
        "“You had better wait till you are asked!” returned the girl calmly."
    )
    got = dict(voices(text))
    assert got["Randolph C. Miller"] == "the boy"  # the small boy who came along, not him
    assert got["You had better wait till you are asked"] == "Daisy"
    text = text.replace("A small boy came along the path", "The path was empty")
    assert dict(voices(text))["Randolph C. Miller"] is None  # nobody rather than him


SCHOOLROOM = (
    "Mr. Harker stood at the front of the schoolroom with his hands behind his back.\n\n"
    "“Two and two make four,” said Mr. Harker. “Remember it.”\n\n"
    "“Yes, sir,” cried the class.\n\n"
    "The second gentleman now stepped forward. He was an inspector from the ministry, and "
    "he meant to be heard.\n\n"
    "“Very well,” said this gentleman, folding his arms. “Now I will ask you a question.”\n\n"
    "“Ask it, then,” replied Mr. Harker.\n\n"
    "“Would you paper a room with pictures of horses?” cried the gentleman.\n\n"
    "“No, sir,” replied the class.\n\n"
    "“You must not,” said Mr. Harker. “Facts, facts!”\n\n"
    "“Quite right,” said the gentleman. “Facts alone are wanted.”"
)


def test_in_fiction_somebody_brought_in_unnamed_speaks_as_described() -> None:
    """`The second gentleman now stepped forward.` / `said this gentleman`: a character of
    his own, voiced as `the gentleman` all through, not Mr. Harker, who was named before him
    and goes on speaking by name."""
    got = dict(voices(SCHOOLROOM))
    for line in ("Very well", "Would you paper a room with pictures of horses",
                 "Quite right"):
        assert got[line] == "the gentleman"
    assert got["Ask it, then"] == got["You must not"] == "Mr. Harker"
    # nobody brought in: `the gentleman` is still read as before (the man in view)
    text = SCHOOLROOM.replace("The second gentleman now stepped forward. He",
                              "Mr. Harker looked round. He")
    assert dict(voices(text))["Very well"] != "the gentleman"


def test_somebody_met_unnamed_and_then_named_is_one_character() -> None:
    """`a small boy came walking…` / `said the child` / `“Tom, what are you doing?” said Mr.
    Vale` / `replied Tom`: the child is Tom from the start (one voice, one name); but a name
    the newcomer's own line gives is somebody else (`“Now, if Mr. Peck will begin,” said the
    gentleman`)."""
    text = (
        "Mr. Vale sat on a bench in the garden of the hotel, reading his paper.\n\n"
        "Presently a small boy came walking along the path, kicking the gravel.\n\n"
        "“Will you give me a lump of sugar?” said the child.\n\n"
        "“Yes, you may take one,” replied Mr. Vale.\n\n"
        "“Oh, it is hard!” cried the child.\n\n"
        "“Tom, what are you doing with that stick?” said Mr. Vale.\n\n"
        "“I am going up the Alps,” replied Tom."
    )
    got = dict(voices(text))
    assert got["Will you give me a lump of sugar"] == got["Oh, it is hard"] == "Tom"
    assert got["I am going up the Alps"] == "Tom"
    assert {s.name for s in run(text).speakers} == {"Tom", "Mr. Vale"}
    # `a child` says no gender: the child may be a girl
    girl = text.replace("a small boy", "a child").replace("Tom", "Anne")
    assert dict(voices(girl))["Will you give me a lump of sugar"] == "Anne"
    text = SCHOOLROOM + ("\n\n“Now, if Mr. Peck will begin,” said the gentleman.\n\n"
                         "“Gladly,” replied Mr. Peck.")
    got = dict(voices(text))
    assert got["Now, if Mr. Peck will begin"] == "the gentleman"
    assert got["Gladly"] == "Mr. Peck"


GARDEN = (
    "Mr. Vale sat on a bench in the garden of the hotel, reading his paper.\n\n"
    "Presently a small boy came walking along the path, kicking the gravel.\n\n"
    "“Will you give me a lump of sugar?” said the boy.\n\n"
    "“Yes, you may take one,” replied Mr. Vale.\n\n"
    "“Oh, it is hard!” cried the boy."
)


@pytest.mark.parametrize(("after", "named"), [
    # a woman is not the boy, nor is a Mr.
    ("“Hush, both of you,” cried Emily from the window.", "Emily"),
    ("“Good morning,” cried Mr. Peck, coming down the steps.", "Mr. Peck"),
    # two newcomers could be meant: neither takes the name
    ("An old gentleman came slowly up the path.\n\n“Good day,” said the gentleman.\n\n"
     "“Good day, sir,” returned Mr. Vale.\n\n“I have lost my way,” replied Tom.", "Tom"),
    # the boy has not spoken for 3,000 characters: somebody new
    ("".join(f"“It is {n} o'clock, and the boat from Geneva is late again, as it was "
             "yesterday and the day before,” said Mr. Vale.\n\n“Is it? Then we shall "
             "have to wait for it here in the garden of the hotel,” returned Emily.\n\n"
             for n in ("one", "two", "three", "four", "five", "six", "seven", "eight",
                       "nine", "ten", "eleven", "twelve", "one", "two", "three", "four"))
     + "“I have lost my way,” replied Tom.", "Tom"),
])
def test_a_newcomer_takes_a_name_only_when_nobody_else_could(after: str, named: str) -> None:
    got = dict(voices(GARDEN + "\n\n" + after))
    assert got["Will you give me a lump of sugar"] == got["Oh, it is hard"] == "the boy"
    assert named in {s.name for s in run(GARDEN + "\n\n" + after).speakers}
    if named == "Tom":  # and without the other candidate, or soon after, it is the boy
        got = dict(voices(GARDEN + "\n\n“Then eat it slowly,” said Mr. Vale.\n\n“I have lost "
                                   "my way,” replied Tom."))
        assert got["Will you give me a lump of sugar"] == "Tom"
        # but a line right after the boy's answers him: Tom is somebody else
        got = dict(voices(GARDEN + "\n\n“I have lost my way,” replied Tom."))
        assert got["Will you give me a lump of sugar"] == "the boy"


CAFE = (
    "Jake sat at a table on the terrace and watched the people go by. A girl went past the "
    "tables, looking at every man.\n\n"
    "She went by once more and Jake caught her eye, and she came over and sat down at the "
    "table. The waiter came up.\n\n"
    "“Well, what will you drink?” asked Jake.\n\n"
    "“Pernod.”\n\n"
    "“That's not good for little girls.”\n\n"
    "“What's the matter?” she asked.\n\n"
    "“Nothing at all,” returned Jake.\n\n"
    "“Going on a party?”\n\n"
    "“Sure. Aren't you?”\n\n"
    "“What are you called?” asked Jake.\n\n"
    "“Georgette. How are you called?”\n\n"
    "“Jacob,” said he.\n\n"
    "Georgette did not like the looks of the place, but they went in.\n\n"
    "“It isn't bad here,” said Georgette."
)


def test_a_she_nobody_named_is_the_woman_the_narration_brought_in() -> None:
    """`A girl went past the tables…` / `“What's the matter?” she asked.`: she is the girl,
    and the turns go on between her and the teller; when she then says who she is and the
    narration names her, all her lines are Georgette's (her own `“Georgette.”` is no
    sign she is somebody else). Not when a woman was named since the girl came in."""
    got = dict(voices(CAFE))
    for line in ("What's the matter", "Going on a party", "Georgette", "It isn't bad here"):
        assert got[line] == "Georgette"
    assert got["Sure"] == got["Nothing at all"] == "Jake"
    text = CAFE.replace("The waiter came up.", "Frances was at the bar with a friend.")
    assert dict(voices(text))["What's the matter"] != "Georgette"


def test_a_newcomer_keeps_every_word_the_story_calls_them_by() -> None:
    """`a small boy` / `he asked` / `said the child` / … many pages of talk … / `the child
    declared`: still the boy, though his coming is far back now."""
    talk = "".join(
        f"“The boat from Geneva is late again, as it was on the {n} day,” said Winterbourne.\n\n"
        "“Then we shall wait for it here in the garden,” said the child.\n\n"
        for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth", "last") * 2)
    text = (
        "Winterbourne sat on a bench in the garden of the hotel, reading his paper.\n\n"
        "Presently a small boy came walking along the path, kicking the gravel.\n\n"
        "“Will you give me a lump of sugar?” he asked.\n\n"
        "“Yes, you may take one,” replied Winterbourne.\n\n" + talk +
        "“American girls are the best girls,” said Winterbourne.\n\n"
        "“My sister is not the best!” the child declared.\n\n"
        "“I imagine that is your fault,” cried Winterbourne."
    )
    got = dict(voices(text))
    assert got["Will you give me a lump of sugar"] == "the boy"
    assert got["My sister is not the best"] == "the boy"


def test_the_general_of_a_story_is_not_a_general_it_names_later() -> None:
    """`retorted the General` on the first pages is the story's General, whom it never
    names, not `General Perovski`, whose memoirs come up pages later."""
    text = (
        "I had been away for a fortnight. The General received me coldly.\n\n"
        "“And what of the money?” he asked.\n\n"
        "“I have none,” I quietly replied.\n\n"
        "“But you will soon be in receipt of some,” retorted the General, reddening.\n\n"
        "“Not soon,” cried I.\n\n"
        "“Then you must wait,” returned the General.\n\n"
        "“I shall,” replied I.\n\n"
        "I recommended the Frenchman the memoirs of General Perovski, who was a prisoner in "
        "1812.\n\n"
        "“Perhaps,” said the Frenchman, and the General laughed."
    )
    got = dict(voices(text))
    assert got["But you will soon be in receipt of some"] == got["Then you must wait"]
    assert got["Then you must wait"] not in (None, "Perovski")


def test_a_story_s_queen_keeps_her_voice_when_her_full_title_comes_later() -> None:
    """`said the Queen` through one chapter, then `The King and Queen of Hearts were seated`
    in the next: still the one Queen, not a second voice from there on."""
    text = (
        "The procession came on, and the Queen looked at Alice.\n\n"
        "“What is your name, child?” said the Queen.\n\n"
        "“My name is Alice, so please your Majesty,” replied Alice.\n\n"
        "“Can you play croquet?” shouted the Queen.\n\n"
        "“Yes!” cried Alice.\n\n"
        "The King and Queen of Hearts were seated on their throne when they arrived.\n\n"
        "“Off with her head!” said the Queen."
    )
    got = dict(voices(text))
    assert got["What is your name, child"] == got["Off with her head"] is not None


@pytest.mark.parametrize("line", [
    '("I only wish it was," the March Hare said to itself in a whisper.)',
    '(_"What does it mean?" asked Christopher Robin._)',
    '_"Pooh was not quite sure," said Christopher Robin._',
])
def test_a_line_inside_brackets_or_italics_keeps_its_speaker(line: str) -> None:
    """The quote segment opens on the bracket or the italics mark, before the quote mark:
    its speaker was lost on the way to the segment."""
    text = f"Once upon a time there was a bear.\n\n{line}\n\n“Oh, help!” cried Pooh."
    quote = next(s for s in run(text).segments if s.kind == "quote")
    assert quote.speaker in ("Hare", "March Hare", "Christopher Robin")


def test_a_newcomer_is_named_as_the_cue_describes_them() -> None:
    from readaloud.names import Mention
    from readaloud.resolve import _as_described
    assert _as_described(Mention("role", "this young lady", 0, 15)) == "the young lady"
    assert _as_described(Mention("role", "the\nchild", 0, 9)) == "the child"
    assert _as_described(Mention("role", "boy", 0, 3)) == "the boy"


def test_a_named_newcomer_is_one_speaker_in_the_turns_too() -> None:
    """After `replied Tom` names the child, the uncued turns alternate between Tom and Mr.
    Vale: the child's earlier lines are Tom's, not somebody else's."""
    text = (GARDEN.replace("said the boy", "said the child").replace("cried the boy",
                                                                     "cried the child")
            + "\n\n“Then eat it slowly,” said Mr. Vale.\n\n“I am going up the Alps,” replied "
            "Tom.\n\n“Are you indeed?”\n\n“Yes, tomorrow.”\n\n“Then good luck.”")
    got = dict(voices(text))
    assert got["Are you indeed"] == got["Then good luck"] == "Mr. Vale"
    assert got["Yes, tomorrow"] == "Tom"


@pytest.mark.parametrize(("text", "line", "speaker", "speakers"), [
    # a person the narration brings in by name is not the newcomer
    (SCHOOLROOM + "\n\nThen the door opened and Mr. Peck came in out of the rain.\n\n"
     "“Good day to you all,” said Mr. Peck.", "Very well", "the gentleman", None),
    # a line that calls a name is no newcomer saying who they are
    (SCHOOLROOM + "\n\n“Peck, will you begin?” said the gentleman.\n\n“Gladly,” replied Peck.",
     "Peck, will you begin", "the gentleman", None),
    # but a line that is only a name, initials and all, is
    (GARDEN + "\n\n“Tell me your name, my boy,” said Mr. Vale.\n\n“Randolph C. Miller,” said "
     "the boy sharply.\n\n“I am going up the Alps,” replied Randolph.", "Randolph C. Miller",
     "Randolph", {"Randolph", "Mr. Vale"}),
    # `The other gentleman` is somebody the story has met
    ("Mr. Harker and Mr. Peck stood at the front of the schoolroom.\n\n“Two and two make "
     "four,” said Mr. Harker.\n\n“Indeed they do,” replied Mr. Peck.\n\n“Remember it,” cried "
     "Mr. Harker.\n\n“They will,” returned Mr. Peck.\n\nMr. Harker laughed at him. The other "
     "gentleman did not laugh; he went to the window.\n\n“You will see,” said the gentleman.",
     "You will see", None, {"Mr. Harker", "Mr. Peck"}),
    # `a boy's impudence` brings no second boy in
    (GARDEN + "\n\n“Then give it back,” returned Mr. Vale.\n\nHe grinned at Mr. Vale with a "
     "boy's impudence and kept the sugar.\n\n“I shan't,” said the boy.", "I shan't", "the boy",
     {"the boy", "Mr. Vale"}),
])
def test_who_a_newcomer_is_not(text: str, line: str, speaker: str | None,
                               speakers: set[str] | None) -> None:
    assert dict(voices(text))[line] == speaker
    if speakers is not None:  # each once: no second `the boy`
        assert sorted(s.name for s in run(text).speakers) == sorted(speakers)


def test_a_name_that_answers_a_newcomer_is_somebody_else() -> None:
    """`“The boy is a fool,” said the gentleman in the white waistcoat.` / `“I am not, sir,”
    cried Oliver.`: Oliver answers the gentleman, so he is not the gentleman; and when the
    gentleman comes back in the next chapter, he is one speaker under the one name."""
    text = ("THE WORKHOUSE\n\nCHAPTER I.\n\n"
            "A gentleman in a white waistcoat sat at one end of the table, and a gentleman in "
            "a black waistcoat sat at the other.\n\n"
            "\"The boy is a fool,\" said the gentleman in the white waistcoat.\n\n"
            "\"I am not, sir,\" cried Oliver.\n\n"
            "\"He will be hung,\" said the gentleman in the black waistcoat.\n\n"
            "\"Never,\" returned Oliver.\n\n"
            "\"What is your name?\" said the gentleman in the high chair.\n\n"
            "\"Oliver, sir,\" replied Oliver.\n\nCHAPTER II.\n\n"
            "Six months went by, and Oliver was sent to the workhouse again.\n\n"
            "\"That boy will be hung,\" said the gentleman in the white waistcoat.\n")
    article = text_article(text, "story.txt")
    got = _quotes(article)
    white = "the gentleman in the white waistcoat"
    assert got['"The boy is a fool,"'] == got['"That boy will be hung,"'] == white
    names = [s.name for s in attribute(article, segment(article)).speakers]
    assert names.count(white) == 1


def test_a_newcomer_named_in_a_line_goes_on_under_the_name() -> None:
    """`“You're Rosie, aren't you?”` / `“Yes,” said the girl.` / `…said Rosie`: a line named her,
    so Rosie right after her own line is her going on, one speaker."""
    text = ("Grandpa was sitting on the bench when a little girl in a yellow coat came up to "
            "him.\n\n“Is that your kite?” said the girl.\n\n“It is,” said Grandpa. “You're "
            "Rosie from number nine, aren't you?”\n\n“Yes,” said the girl.\n\nRosie looked "
            "up at the branches. “I can climb trees,” said Rosie.\n\n“Can you indeed?” said "
            "Grandpa.\n\n“I could get it down for you,” said the girl.\n\n“Your mother would "
            "never forgive me,” said Grandpa.\n\n“She wouldn't know,” said Rosie.")
    assert {s.name for s in run(text).speakers} == {"Rosie", "Grandpa"}


def test_marks_that_set_people_apart_must_all_match() -> None:
    """`the gentleman in the black waistcoat` is not the one in the white waistcoat; `the old
    gentleman in the high chair` is `the gentleman in the high chair`; `in the darkness`
    says when."""
    text = (
        "A gentleman in a white waistcoat sat at one end of the table, and a gentleman in a "
        "black waistcoat sat at the other.\n\n"
        "“The boy is a fool,” said the gentleman in the white waistcoat.\n\n"
        "“I am not, sir,” cried Oliver.\n\n"
        "“He will be hung,” said the gentleman in the black waistcoat.\n\n"
        "“Never,” returned Oliver.\n\n"
        "“What is your name?” said the gentleman in the high chair.\n\n"
        "“Oliver, sir,” replied Oliver.\n\n"
        "“Speak up,” said the old gentleman in the high chair.\n\n"
        "“I cannot,” cried the boy in the darkness."
    )
    got = dict(voices(text))
    assert got["He will be hung"] == "the gentleman in the black waistcoat"
    assert got["What is your name"] == got["Speak up"]
    assert not any(str(v).endswith("darkness") for _q, v in voices(text))


def test_his_aunt_is_the_one_the_narration_set_off_after_those_words() -> None:
    """`to present his aunt, Mrs. Costello, to Miss Miller` … three paragraphs of talk that
    name no woman … `“…,” his aunt resumed`: Mrs. Costello."""
    text = (
        "Winterbourne had promised to present his aunt, Mrs. Costello, to Miss Miller, whom "
        "he had met in the garden.\n\n"
        "“Miss Miller is very pretty,” said Winterbourne.\n\n"
        "“Pretty, perhaps.”\n\n"
        "“You don't approve of her?” cried Winterbourne.\n\n"
        "“She is very common,” his aunt resumed.\n\n"
        "“But she is very pretty,” returned Winterbourne."
    )
    assert dict(voices(text))["She is very common"] == "Mrs. Costello"


def test_a_young_girl_the_narration_only_thinks_of_is_nobody_new() -> None:
    """`He had never yet heard a young girl talk so much.`, `Was she simply a pretty girl?`
    bring nobody in: `said the young girl` is still the young woman of the scene."""
    base = (
        "Miss Vane sat down beside Winterbourne on the bench and talked of New York.\n\n"
        "“We are going to Rome for the winter,” cried Miss Vane.\n\n"
        "“I hope you will like it,” returned Winterbourne.\n\n"
        "“Oh, I shall like it!” cried Miss Vane.\n\n"
        "“I am sure of it,” returned Winterbourne.\n\n"
        "{}\n\nThe lake was very blue that afternoon.\n\n"
        "“Have you been to that old castle?” asked the young girl.\n\n"
        "“Yes, more than once,” said Winterbourne."
    )
    line = "Have you been to that old castle"
    assert dict(voices(base.format("He had never yet heard a young girl talk so much.")))[
        line] == "Miss Vane"
    assert dict(voices(base.format("Was she simply a pretty girl from the country?")))[
        line] != "the young girl"
    assert dict(voices(base.format("A young girl came along the path.")))[
        line] == "the young girl"


def test_a_described_person_set_apart_by_what_they_wear_or_where_they_sit() -> None:
    """`a gentleman in a white waistcoat said he was a fool` / `said the gentleman in the
    white waistcoat`: that gentleman; `said the gentleman in the high chair`, brought in
    otherwise, is another; `in a gruff voice` is how he spoke, not who he is."""
    text = (
        "At the top of the table sat a fat gentleman with a red face, in a high chair.\n\n"
        "“What is your name, boy?” said the gentleman in the high chair.\n\n"
        "Oliver was too frightened to answer; whereupon a gentleman in a white waistcoat "
        "said he was a fool.\n\n"
        "“Boy,” said the gentleman in the high chair, “listen to me.”\n\n"
        "“Yes, sir,” cried Oliver.\n\n"
        "“The boy is a fool,” said the gentleman in the white waistcoat.\n\n"
        "“I am not, sir,” returned Oliver, weeping.\n\n"
        "“Hush!” cried the gentleman in the high chair.\n\n"
        "“He will be hung,” said the gentleman in the white waistcoat."
    )
    got = dict(voices(text))
    assert got["What is your name, boy"] == got["Hush"] == "the gentleman in the high chair"
    assert got["The boy is a fool"] == got["He will be hung"] == (
        "the gentleman in the white waistcoat")
    text = text.replace("said the gentleman in the white waistcoat",
                        "said the gentleman in a gruff voice")
    assert not any(str(v).endswith("voice") for _q, v in voices(text))
    text = text.replace("in a gruff voice", "in a moment").replace("in a white", "in a red")
    assert not any(str(v).endswith("moment") for _q, v in voices(text))


def test_in_fiction_the_child_who_answers_a_call_is_the_one_called() -> None:
    """`“…? Randolph, what mountain are we going over?”` / `“Going where?” the child
    demanded.`: the child is Randolph, called by name in the line before (by the young lady
    nobody has named, who speaks as `the young lady`)."""
    text = (
        "Frederick Winterbourne sat in the garden of the hotel at Vevey. He had come from "
        "Geneva the day before, and he was bored. A young lady came along the path with her "
        "little brother Randolph.\n\n"
        "“I should like to know where you got that pole,” said she.\n\n"
        "“I bought it,” replied Randolph.\n\n"
        "“Are you going to Italy?” Winterbourne inquired.\n\n"
        "“I don't know,” she said. “I suppose it is some mountain. Randolph, what mountain "
        "are we going over?”\n\n"
        "“Going where?” the child demanded.\n\n"
        "“To Italy,” Winterbourne explained.\n\n"
        "“I don't want to go to Italy,” cried Randolph."
    )
    got = dict(voices(text))
    assert got["Going where"] == "Randolph"
    assert got["I don't know"] == "the young lady"


def test_a_she_is_never_a_man_of_unknown_gender_when_a_new_woman_came_in() -> None:
    """`Winterbourne sat in the garden. A young lady came along the path…` / `“…,” said
    she`: she is the young lady nobody has named (who speaks as `the young lady`), and
    Winterbourne, whose gender nothing has said yet, does not become a woman."""
    text = (
        "Winterbourne sat in the garden of the hotel at Vevey. A young lady came along the "
        "path with her little brother Randolph.\n\n"
        "“I should like to know where you got that pole,” said she.\n\n"
        "“I bought it,” replied Randolph.\n\n"
        "“Are you going to Italy?” Winterbourne inquired.\n\n"
        "“I don't know,” she said.\n\n"
        "“I don't want to go to Italy,” cried Randolph."
    )
    got = dict(voices(text))
    assert got["I should like to know where you got that pole"] == "the young lady"
    assert got["I don't know"] == "the young lady"
    assert got["Are you going to Italy"] == "Winterbourne"
    # `a path came a young lady`: the second `a` is looked at too
    text = text.replace("A young lady came along the path", "Down a path came a young lady")
    assert dict(voices(text))["I should like to know where you got that pole"] != (
        "Winterbourne")
    # … nor in a report or a travel piece: `Alfama is a neighbourhood` (review 15)
    travel = ("Alfama is a neighbourhood designed to get you lost.\n\nI stopped to ask "
              "directions from a woman hanging laundry from a window.\n\n‘Where are you "
              "trying to go?’ she called down.")
    assert speaker_of(travel, "Where are you") is None


def test_in_fiction_the_beadle_is_the_man_an_aside_called_the_beadle() -> None:
    """`Mr. Bumble, the beadle,` in the narration: `replied the beadle` later is him."""
    text = (
        "Mrs. Mann was startled by the apparition of Mr. Bumble, the beadle, striving to undo "
        "the wicket of the garden-gate.\n\n"
        "“Goodness gracious! Is that you, Mr. Bumble, sir?” cried Mrs. Mann, thrusting her "
        "head out of the window.\n\n"
        "“What is it?” replied the beadle.\n\n"
        "“I am sure I am very glad to see you,” returned Mrs. Mann.\n\n"
        "“Well, well,” said the beadle."
    )
    got = dict(voices(text))
    assert got["What is it"] == got["Well, well"] == "Mr. Bumble"


STUDY = (
    "Sherlock Holmes took his bottle from the corner of the mantelpiece.\n\n"
    "“Which is it to-day?” I asked. “Morphine or cocaine?”\n\n"
    "“It is cocaine,” said he, “a seven-per-cent solution. Would you care to try it?”\n\n"
    "“No, indeed,” I answered brusquely.\n\n"
    "“Perhaps you are right, Dr. Watson,” he said. “I suppose that its influence is bad.”\n\n"
    "“But consider, Holmes!” said I. “Count the cost!”\n\n"
    "He did not seem offended. “My mind rebels at stagnation,” said he."
)


def test_a_first_person_story_voices_the_teller_by_the_name_others_call_them() -> None:
    """`said I` is the teller, called `Watson` by Holmes; Holmes walks through the narration
    by name and the teller calls him, so he is not the teller; `said he` is never the `I`."""
    got = dict(voices(STUDY))
    assert got["Which is it to-day"] == got["No, indeed"] == got["But consider, Holmes"] == (
        "Watson")
    assert got["It is cocaine"] == got["Perhaps you are right, Dr. Watson"] == got[
        "My mind rebels at stagnation"] == "Sherlock Holmes"


def test_a_first_person_story_with_no_name_for_the_teller_leaves_their_lines_unvoiced() -> None:
    got = dict(voices(STUDY.replace("right, Dr. Watson,", "right,")))
    assert got["No, indeed"] is None and got["But consider, Holmes"] is None
    assert got["It is cocaine"] == "Sherlock Holmes"


def test_in_fiction_a_beat_of_narration_hands_the_line_to_its_subject() -> None:
    text = HEARTH + "\n\nMrs. Vale smoothed her apron. “We must call on him tomorrow.”"
    assert dict(voices(text))["We must call on him tomorrow"] == "Mrs. Vale"


def test_in_fiction_a_line_that_talks_of_the_beat_s_subject_is_not_theirs() -> None:
    """`William hesitated at the door. “William will not come…”`: nobody speaks of
    themselves so, whoever says it."""
    text = HEARTH + ("\n\n“Where is William?” asked Mr. Vale.\n\nWilliam hesitated at the "
                     "door. “William will not come to the fair, he never does.”")
    assert speaker_of(text, "will not come to the fair") is None
    # but some characters do speak of themselves so, and a surname may be a husband's
    for line in ("“William will not come to the fair, I never do.”",
                 "“Orme will not come to the fair, he never does.”"):
        text = HEARTH + ("\n\n“Where is William?” asked Mr. Vale.\n\nWilliam Orme "
                         "hesitated at the door. " + line)
        assert speaker_of(text, "not come to the fair") == "William Orme"
    text = HEARTH + "\n\nMrs. Vale hesitated at the door. “But Tom will come, I think.”"
    assert speaker_of(text, "But Tom will come") == "Mrs. Vale"


def test_in_fiction_a_line_someone_hears_is_not_the_hearer_s() -> None:
    text = HEARTH + ("\n\nMrs. Vale was startled when she heard a voice at the door. “Is "
                     "anybody at home tonight?”")
    assert dict(voices(text))["Is anybody at home tonight"] is None


def test_a_bare_surname_is_the_man_not_the_woman_only_ever_called_miss() -> None:
    text = (
        "Mr. Vale came in with his sister.\n\n"
        "“What a fine room,” said Miss Vale.\n\n"
        "“It is,” said Mr. Vale.\n\n"
        "“I would not be so fastidious as you are,” cried Vale to his friend."
    )
    assert dict(voices(text))["I would not be so fastidious as you are"] == "Mr. Vale"


def test_a_one_word_line_between_sentences_is_no_nickname_and_does_not_crash() -> None:
    """`said Piglet. "Paw-marks." He gave…` once crashed attribution (the line was read as
    a nickname inside a name, which left its sentence empty)."""
    text = ("“What do you see there?” asked Pooh.\n\n“Tracks,” said Piglet. “Paw-marks.” He "
            "gave a little squeak of excitement. “Oh, Pooh! Do you think it’s a--a--a "
            "Woozle?”")
    assert dict(voices(text))["Paw-marks"] == "Piglet"


def test_a_name_inside_the_line_before_is_no_subject_of_the_narration() -> None:
    """`“… But James will not like it.”` / `“…”`: James is talked about inside a quote, so
    he is not the subject of the sentence before the next line."""
    text = ("Emma sat with her father after dinner.\n\n“The carriage! But James will not like "
            "to put the horses to for such a little way;--and where are the poor horses to be "
            "while we are paying our visit?”\n\n“They are to be put into the stable, papa.”")
    assert dict(voices(text))["They are to be put into the stable, papa"] is None


def test_a_nickname_inside_a_name_is_nobody_s_line() -> None:
    got = dict(voices("Marcia “Cia” Price said the harbour would close on Monday."))
    assert got["Cia"] is None


FIESTA = (
    "Robert Cohn was once middleweight boxing champion of Princeton.\n\n"
    "“Hello, Jake,” Cohn said. “Want to go to South America?”\n\n"
    "“No,” I said.\n\n"
    "“Why not?”\n\n"
    "“I don't know,” I said. “I never wanted to go.”\n\n"
    "“Listen, Jake,” he said. “Don't you ever get the feeling life is going by?”\n\n"
    "“Yes, every once in a while,” I said.\n\n"
    "“Well, I'm sick of Paris,” Cohn said.\n\n"
    "“Then go somewhere else,” I answered.\n\n"
    "“Sure,” I said."
)


def test_a_he_who_answers_a_call_is_the_one_called() -> None:
    """`“Hello, Robert,” I said.` / `“…?” he asked.`: Robert answers, though the narration
    last named him long ago; the uncued lines after it take turns, one-word lines too."""
    text = FIESTA + (
        "\n\nHarvey Stone came by the office that week. Frances went to Deauville in August, "
        "and the girl from Strasbourg wrote twice. The book about the Purple Land had set him "
        "off, and I did not see how far until much later, when everyone was back in Paris.\n\n"
        "One day he came into my office.\n\n"
        "“Hello, Robert,” I said. “Did you come in to cheer me up?”\n\n"
        "“Would you like to go to South America, Jake?” he asked.\n\n"
        "“No.”\n\n"
        "“Why not?”")
    got = dict(voices(text))
    assert got["Would you like to go to South America, Jake"] == got["Why not"] == "Robert Cohn"
    assert got["No"] == "Jake"


VALES = (
    HEARTH + "\n\n“Do not cough so, Kitty, for heaven's sake!” said Mrs. Vale.\n\n"
    "“I do not cough for my own amusement,” replied Kitty fretfully.\n\n"
    "“When is your next ball to be, Lizzy?” asked Lydia.\n\n"
    "The astonishment of the ladies was just what he wished; that of Mrs. Vale perhaps "
    "surpassing the rest, though she soon began to declare that she had expected it all "
    "the while.\n\n"
    "“How good it was in you, my dear Mr. Vale! I knew I should persuade you at last.”\n\n"
    "“Now, Kitty, you may cough as much as you like,” said Mr. Vale"
)


MORNING_CALL = (
    "It is a truth universally acknowledged, that a single man in possession of a good fortune "
    "must be in want of a wife.\n\n"
    "“My dear Mr. Vale,” said his lady to him one day, “have you heard that the mill is let at "
    "last?”\n\n"
    "Mr. Vale replied that he had not.\n\n"
    "“But it is,” returned she; “for Mrs. Long has just been here, and she told me all about "
    "it.”\n\n"
    "Mr. Vale made no answer.\n\n"
    "“Do you not want to know who has taken it?” cried his wife impatiently.\n\n"
    "“You want to tell me, and I have no objection to hearing it.”\n\n"
    "“Why, my dear, a young man of large fortune from the north of England has taken it.”\n\n"
    "“What is his name?”\n\n"
    "“Bingley,” said she.\n\n"
    "“Is he married or single?”\n\n"
    "“Oh! single, my dear, to be sure! A single man of large fortune; what a fine thing for "
    "our girls!”\n\n"
    "“How so? How can it affect them?”\n\n"
    "“Design! Nonsense, how can you talk so! But it is very likely that he may fall in love "
    "with one of them, and therefore you must visit him as soon as he comes.”\n\n"
    "“I see no occasion for that. You and the girls may go, or you may send them by "
    "themselves, which perhaps will be still better.”\n\n"
    "“My dear, you flatter me. I certainly have had my share of beauty, but I do not pretend "
    "to be anything extraordinary now.”\n\n"
    "“In such cases, a woman has not often much beauty to think of.”\n\n"
    "“But, my dear, you must indeed go and see him when he comes into the neighbourhood, for "
    "it will be an establishment for one of them.”\n\n"
    "“It is more than I engage for, I assure you, and I will send a few lines by you to assure "
    "him of my hearty consent to his marrying whichever he chooses of the girls.”\n\n"
    "“You are over scrupulous, surely. I dare say he will be very glad to see you.”\n\n"
    "“I will send a few lines by you, then, and throw in a good word for my little Lizzy.”\n\n"
    "“I desire you will do no such thing. Lizzy is not a bit better than the others; and I am "
    "sure she is not half so handsome as Jane, nor half so good humoured as Lydia.”\n\n"
    "“Lizzy has something more of quickness than her sisters, and I will say so to anyone who "
    "asks.”\n\n"
    "“You take delight in vexing me. You have no compassion on my poor nerves.”\n\n"
    "“You mistake me, my dear. I have a high respect for your nerves. They are my old friends; "
    "I have heard you mention them with consideration these twenty years at least.”\n\n"
    "“My dear, you must go and see him. Sir William and Lady Lucas are determined to go, and "
    "Mr. Long too, merely on that account.”\n\n"
    "“They have none of them much to recommend them,” replied he; “they are all silly and "
    "ignorant like other girls.”"
)


def test_a_couple_s_talk_is_voiced_from_its_first_line_to_a_late_replied_he() -> None:
    """`“My dear Mr. Vale,” said his lady` on a first page: the one the line calls is whose
    lady she is; after many uncued turns, `replied he` with no man named for 2,000
    characters is the other one in the conversation (not the one who spoke last)."""
    got = voices(MORNING_CALL)
    assert got[0] == ("My dear Mr. Vale", "Mrs. Vale")
    assert dict(got)["You want to tell me, and I have no objection to hearing it"] == "Mr. Vale"
    assert dict(got)["They have none of them much to recommend them"] == "Mr. Vale"
    late = MORNING_CALL.replace("“They have none", "The clock struck. “They have none")
    assert dict(voices(late))["They have none of them much to recommend them"] is None


GATE = (
    "“I shall walk to the mill,” said Mr. Vale.\n\n"
    "“Do take your coat,” cried his wife.\n\n"
    "“I shall,” replied he.\n\n"
    "“And be back before the rain,” returned she.\n\n"
    "“Before the rain, then,” said he.\n\n"
    "Mr. Vale went out. Somebody in the lane called to him over the hedge:\n\n"
)


MILL = "“Is the mill still yours to sell, Mr. Vale?”"
NOT_YET = "“It is not, and never will be.”"
NO_ANSWER = [
    # a name that opens the line and ends a sentence answers with it
    (("“And what are you called, sir?”", "“Vale. And how are you called?”", "“Jacob.”"),
     "Jacob"),
    # an answer that calls the same person is not theirs; two people called, no one
    ((MILL, "“Mr. Vale, I asked you a question.”"), "Mr. Vale, I asked you a question"),
    (("“Is the mill yours, Mr. Vale, or is it yours, Mrs. Vale?”", NOT_YET),
     "It is not, and never will be"),
    # the caller nobody knows goes on after the answer: no turn for anyone known
    ((MILL, NOT_YET, "“Then I will buy it from the bank.”"), "Then I will buy it from the bank"),
    # a name set off mid-sentence or after a noun calls no one
    (("“I knew your husband, Mr. Vale, for thirty years.”", NOT_YET),
     "It is not, and never will be"),
    (("“The miller, Mr. Vale, says the flour is short.”", NOT_YET),
     "It is not, and never will be"),
    (("“So Vale, the miller, came by after all?”", NOT_YET), "It is not, and never will be"),
    (("“Mother’s lodger, Mr. Vale, has come back.”", NOT_YET), "It is not, and never will be"),
]
"""Lines after GATE, and the line of them that is nobody's."""


def test_the_one_a_line_of_nobody_known_calls_gives_the_answer() -> None:
    """A line nobody is found to say that calls a known person by name at an edge of a
    sentence (`“…, Mr. Vale?”`): the next line is that person's answer, unless it calls them
    too, and the unknown caller's next line is nobody's. A name that opens the line and ends
    a sentence is no call (`“Vale. And how are you called?”` answers with one), nor one set
    off mid-sentence, after a noun or after a linking word; a line that calls two people
    calls no one in particular."""
    got = dict(voices(GATE + "“Is the mill still yours to sell, Mr. Vale?”\n\n"
                      "“It is not, and never will be.”"))
    assert got["Is the mill still yours to sell, Mr. Vale"] is None
    assert got["It is not, and never will be"] == "Mr. Vale"
    for lines, nobodys in NO_ANSWER:
        assert dict(voices(GATE + "\n\n".join(lines)))[nobodys] is None, lines
    # …nor a run that opens with a linking or common word (`So Harris`, `Poor Harris`)
    for news, line in (("had been by that morning", "“So Harris, the miller, came by after "
                        "all?”"), ("had died that winter", "“Poor Harris, how he suffered, "
                                   "the poor man!”")):
        text = GATE.replace("Mr. Vale went out. Somebody in the lane called to him over the "
                            "hedge:", f"Harris, the miller, {news}. There was a knock, and a "
                            "stranger stood in the doorway.")
        got = dict(voices(text + line + "\n\n“He did, and more than once.”"))
        assert got["He did, and more than once"] is None, line


def test_a_narration_beat_that_brings_nobody_in_keeps_the_turns() -> None:
    """`“You want to tell me…”` (his) / `This was invitation enough.` / an uncued line: hers,
    the other one in the talk, and the turns go on from there; not when the narration
    between speaks of anybody (`They heard a knock at the door.`): then only the turns back
    from `“Bingley,” said she.` give the two bare lines before it (see the sea wall below),
    and the line after the knock with no such anchor stays with the narrator."""
    beat = "“You want to tell me, and I have no objection to hearing it.”\n\n"
    got = dict(voices(MORNING_CALL.replace(beat, beat + "This was invitation enough.\n\n")))
    assert got["Why, my dear, a young man of large fortune from the north of England has "
               "taken it"] == "Mrs. Vale"
    assert got["What is his name"] == "Mr. Vale"
    knock = MORNING_CALL.replace(beat, beat + "They heard a knock at the door.\n\n")
    got = dict(voices(knock))
    assert got["Why, my dear, a young man of large fortune from the north of England has "
               "taken it"] == "Mrs. Vale"
    assert got["What is his name"] == "Mr. Vale"
    got = dict(voices(knock.replace("“Bingley,” said she.", "“Bingley.”")))
    assert got["Why, my dear, a young man of large fortune from the north of England has "
               "taken it"] is None


INN = (
    "The inn at Hollin was nearly empty that night.\n\n"
    "“We shall want two horses in the morning,” said Tom Reed.\n\n"
    "“You shall have them,” said Harris.\n\n"
    "“And a guide, if the fog comes down,” said Tom Reed.\n\n"
    "“Is the road open as far as Carlisle?” asked Mr. Dale.\n\n"
    "“It was this morning,” said Harris.\n\n"
    "Tom Reed looked out at the yard, where the grey mare stood saddled.\n\n"
    "“She has cast a shoe, sir,” said Peter.\n\n"
    "“Then we must wait for the smith.”"
)


def test_the_narration_before_a_line_tells_who_answers_it() -> None:
    """`Tom Reed looked out at the yard…` / `“…,” said Peter.` / an uncued line: Tom's
    answer, not Harris's from two lines before; in a first-person story `I ordered him a
    drink.` makes the answer the teller's. Not when the narration's last sentence is about
    somebody who never had a line (Moffat, asleep), shows its subject leaving (`went out to
    the yard`) or opens with a he or she who may be anybody, when Peter's line speaks of
    Tom, nor when it calls somebody else by name (they answer, see _called_by; not to a
    cry, `“Oh, Mr. Dale, she has cast a shoe!”`)."""
    assert voices(INN)[-1] == ("Then we must wait for the smith", "Tom Reed")
    for old, new in (
            ("looked out at the yard, where the grey mare stood saddled",  # asleep, no line
             "looked out at the yard. Moffat, the smith, was asleep by the forge"),
            ("looked out at", "went out to"),  # he left the room
            ("Tom Reed looked", "Mr. Dale looked"),  # one line only: a passer-by, maybe
            ("Tom Reed looked", "While Mr. Dale paid, Tom Reed looked"),  # two people
            ("Tom Reed looked out at the yard", "Tom Reed and Mr. Dale sat on. He looked out "
             "at the yard"),  # which he?
            ("Tom Reed looked out at the yard, where the grey mare stood saddled",
             "Tom Reed looked out at the yard. He handed him the bridle"),  # to Peter
            ("looked out at the yard, where the grey mare stood saddled",  # never spoke
             "looked out at the yard. Moffat, the smith, led the mare round"),
            ("Tom Reed looked out at the yard", "He looked out at the yard"),  # who is he?
            ("cast a shoe, sir", "cast a shoe, and Tom Reed knows it")):  # speaks of Tom
        got = voices(INN.replace(old, new))[-1]
        assert got == ("Then we must wait for the smith", "Harris"), new
    called = INN.replace("cast a shoe, sir", "cast a shoe, Mr. Dale")  # Mr. Dale answers
    assert voices(called)[-1] == ("Then we must wait for the smith", "Mr. Dale")
    gone = INN.replace("She has cast a shoe, sir,", "Oh, Mr. Dale, she has cast a shoe!")
    assert voices(gone)[-1] == ("Then we must wait for the smith", "Harris")
    alone = INN.replace("Tom Reed looked out", "Tom Reed crossed to the window. He looked out")
    assert voices(alone)[-1] == ("Then we must wait for the smith", "Tom Reed")
    text = FIESTA + ("\n\n“Well, I'm going to the races,” Cohn said.\n\n"
                     "Harvey Stone came in and sat down at our table. I ordered him a drink.\n\n"
                     "“Thanks, I need one,” Harvey said.\n\n“Have you eaten?”")
    assert voices(text)[-1] == ("Have you eaten", "Jake")
    quiet = text.replace("I ordered him a drink.", "I said nothing.")  # no turn of the teller's
    assert voices(quiet)[-1] == ("Have you eaten", "Robert Cohn")
    text = text.replace("Thanks, I", "Thanks, Robert, I")
    assert voices(text)[-1] == ("Have you eaten", "Robert Cohn")


def test_a_thought_or_a_name_before_an_aside_calls_nobody_to_answer() -> None:
    """`“Well done, Mr. Carr!” thought Ann.` is not said to Mr. Carr, who is not there (he has
    had no line), and `“Mr. Carr, I suppose, is a man of business?”` speaks of him: the
    uncued line after either is not his answer; `“Mr. Carr, are you…?”` calls him, and he
    answers; and Mr. Dale, who has spoken, may answer the thought. A line that speaks of
    Mr. Dale so is still never his (`“Mr. Dale, I suppose, is right.”`)."""
    after = INN + ("\n\n*   *   *\n\nAnn Vale read Mr. Carr's letter twice by the window, "
                   "and Mr. Dale sat by the fire.\n\n")
    for line, answer in (("Well done, Mr. Carr!” thought Ann.", None),
                         ("Well done, Mr. Dale!” thought Ann.", "Mr. Dale"),
                         ("Mr. Carr, I suppose, is a man of business?”", None),
                         ("Mr. Carr, are you a man of business?”", "Mr. Carr")):
        got = voices(after + f"“{line}\n\n“It was nothing, ma'am.”")
        assert got[-1] == ("It was nothing, ma'am", answer), line
    got = voices(INN + "\n\n“Mr. Dale, I suppose, is right.”")
    assert got[-1][1] != "Mr. Dale"


def test_a_he_who_replies_to_a_call_is_the_one_called_not_the_man_named_last() -> None:
    """`“Good-bye, Mr. Dale,” said Ann Vale…` / `“Not at all,” he replied`: Mr. Dale answers,
    though Tom Reed is the man the text named last; not a name nothing says is a man's
    (Ashby, a town), not when the reply speaks of him (`“He will…”`, `Mr. Dale will…`), when
    the paragraph opens with narration (`He shook his head sadly.`: the caller goes on), when the
    call answers a question asking who, or when it was a thought of someone not there."""
    text = INN.replace("nearly empty that night.", "nearly empty that night; Mr. Carr had "
                       "gone up to bed. Ashby stood on the hill above the river.")
    before = text + "\n\n“It is a long road,” said Tom Reed.\n\n"
    reply = "“Not at all,” he replied; “the mail goes every week.”"
    cases = (("“Good-bye, Mr. Dale,” said Ann Vale, “I shall not see you again.”", reply,
              "Mr. Dale"),
             ("“Good-bye, Ashby,” said Ann Vale, “I shall not see you again.”", reply,
              "Tom Reed"),
             ("“Good-bye, Mr. Dale,” said Ann Vale, “I shall not see you again.”",
              "“He will be back,” he replied.", None),
             ("“Good-bye, Mr. Dale,” said Ann Vale, “I shall not see you again.”",
              "“Nonsense,” he replied; “Mr. Dale will be back.”", None),
             ("“I warned you, Mr. Dale,” said Tom Reed.",
              "He shook his head sadly. “You never listen,” he said.", None),
             ("“Who is coming with us?” asked Ann Vale.\n\n“Mr. Dale, I hope,” said Peter.",
              "“Not at all,” he replied.", None),
             ("“Good night, Mr. Carr!” thought Ann Vale.", "“Not at all,” he replied.", None))
    for k, (call, answer, who) in enumerate(cases):
        got = voices(before + call + "\n\n" + answer)[-1][1]
        assert got == who if k < 2 else got not in ("Mr. Dale", "Mr. Carr"), (call, answer, got)
    # the call agreeing with the man named last is no reason to be less sure of him
    sure = []
    for call in ("Good-bye, Mr. Dale", "Good-bye"):
        article = make_article("Headline\n\n" + INN + f"\n\n“It is a long road,” said Mr. Dale."
                               f"\n\n“{call},” said Ann Vale, “I shall not see you again.”\n\n"
                               "“Not at all,” he replied; “the mail goes every week.”")
        last = [s for s in attribute(article, segment(article)).segments if s.kind == "quote"][-1]
        sure.append((last.speaker, last.confidence))
    assert sure[0] == sure[1] and sure[0][0] == "Mr. Dale"


def test_a_story_trade_is_a_speaker_in_a_story_but_not_in_a_report() -> None:
    """`said the blacksmith`, `replied the undertaker`: in a story, a character by their
    trade, or the named person an aside gave that trade (`Mr. Sowerby, the undertaker,`,
    `Mr. Sowerby, the parochial undertaker.`), and `the curate's wife` is the wife, not the
    curate; in a report the same words must not take a line from the people it names (`the
    prisoner` is not `Warden Ann Cole`), and a trade that is a surname stays a name."""
    got = voices(INN + "\n\n“The mare will be ready by noon,” said the blacksmith.\n\n"
                 "“Then we shall go at noon,” said Tom Reed.\n\n"
                 "“I have the box ready,” replied the undertaker.")
    assert got[-3:] == [("The mare will be ready by noon", "the blacksmith"),
                        ("Then we shall go at noon", "Tom Reed"),
                        ("I have the box ready", "the undertaker")]
    report = ("Warden Ann Cole said the prison was calm. “We have had no trouble this week,” "
              "Cole said.\n\n“They beat us every night,” the prisoner said.\n\n"
              "Tom Workman, a guard, disagreed. “Nobody was beaten,” Workman said.")
    assert speaker_of(report, "They beat us") != "Ann Cole"
    assert speaker_of(report, "Nobody was beaten") == "Tom Workman"
    named = voices(INN + "\n\nMr. Sowerby, the undertaker, came in out of the rain.\n\n"
                   "“Is the coffin ready?” asked Tom Reed.\n\n“It is, sir,” said the undertaker.")
    assert named[-1] == ("It is, sir", "Mr. Sowerby")
    parish = voices(INN + "\n\nIt was Mr. Sowerby, the parochial undertaker.\n\n"
                    "“Is the coffin ready?” asked Tom Reed.\n\n“It is, sir,” said the undertaker.")
    assert parish[-1] == ("It is, sir", "Mr. Sowerby")
    wife = voices(INN + "\n\n“Can I help you?” asked the curate's wife, coming in.\n\n"
                  "“We want the vicar,” said Tom Reed.")
    assert wife[-2] == ("Can I help you", "the curate's wife")


def test_a_role_the_narration_gives_a_name_makes_the_role_theirs() -> None:
    """In a story, a name set off after its role (`The housekeeper, Mrs. Grey,`, `His tutor,
    Mr. Lowe,`), a `who was the schoolmaster` clause or a sentence the name opens (`Mr. Lowe
    was the curate.`) makes `said the housekeeper` theirs: one voice, not two. Not a list
    (`The curate, Mrs. Grey, and the boy`), not the curate's wife, not a man who met Mr.
    Lowe, not `was not the curate`, not `a curate`, not a word for any person (`the good lady
    of the house`); and kin is read as kin (`His wife, Jane,` stays one person with `Jane
    Reed`). After review 10: not a role after a preposition or `unlike` with the sentence
    going on (`Behind the curate, Mr. Lowe, … waited`; but `rang for his valet, Mr.
    Lowe.`), nor after an opening clause (`When he saw the curate, Mr. Lowe, … ran out`),
    nor a former one, nor a comparison (`the same age as the curate`), nor `If Mr. Lowe was
    the curate, …`."""
    ask = "\n\n“Is it ready?” asked Tom Reed.\n\n“It is, sir,” said the {role}."
    cases = [
        ("The housekeeper, Mrs. Grey, came in with the candles.", "housekeeper", "Mrs. Grey"),
        ("His old tutor, Mr. Lowe, came in with the books.", "tutor", "Mr. Lowe"),
        ("Then came Martin, who was the village schoolmaster, with his hat.", "schoolmaster",
         "Martin"),
        ("Mr. Lowe was the curate of the parish.", "curate", "Mr. Lowe"),
        ("The curate, Mrs. Grey, and the boy came in.", "curate", "the curate"),
        ("The curate, Mrs. Grey, Tom Hale came in.", "curate", "the curate"),
        ("The wife of the curate, Mrs. Grey, came in.", "curate", "the curate"),
        ("The man who met Mr. Lowe was the curate.", "curate", "the curate"),
        ("Mr. Lowe was not the curate of the parish.", "curate", "the curate"),
        ("Mr. Hale had a curate, Mr. Lowe.", "curate", "the curate"),
        ("Beside the curate, Mr. Lowe sat down.", "curate", "the curate"),
        ("Mr. Hale talked with the curate about Mr. Lowe.", "curate", "the curate"),
        ("Lord Hale rang for his valet, Mr. Lowe.", "valet", "Mr. Lowe"),
        ("Behind the curate, Mr. Lowe, who was restless, waited by the door.", "curate",
         "the curate"),
        ("Unlike the curate, Mr. Lowe, who was a hunting man, never read.", "curate",
         "the curate"),
        ("When he saw the curate, Mr. Lowe, who had been hiding, ran out.", "curate",
         "the curate"),
        ("The former curate, Mr. Lowe, had left in May.", "curate", "the curate"),
        ("Mr. Hale, who was the same age as the curate, sat down.", "curate", "the curate"),
        ("If Mr. Lowe was the curate, who was the man in black?", "curate", "the curate"),
        ("Mr. Hale sat down. The other man, Mr. Lowe, stood.", "man", None),
        ("Tom Reed walked with his tutor, Mr. Lowe, along the river.", "tutor", "Mr. Lowe"),
        ("Mr. Hale sent for his lawyer, Mr. Lowe, who came that evening.", "lawyer", "Mr. Lowe"),
        ("The old man, Mr. Lowe, sat by the fire.", "old man", "Mr. Lowe"),
        ("Mr. Lowe was the best curate in the county.", "curate", "the curate"),
        ("Mr. Lowe had been the curate, until Mr. Hale came.", "curate", "the curate"),
        ("Mr. Lowe was the last curate in the town.", "curate", "the curate"),
        ("Mr. Lowe had been the curate of the parish for thirty years.", "curate", "Mr. Lowe"),
        ("Mr. Lowe had been the curate of the parish for thirty years. He would stay until he "
         "died.", "curate", "Mr. Lowe"),
        ("The curate, Mr. Hale, was old. The other curate, Mr. Lowe, was young.", "curate",
         "Mr. Hale"),
        # a name set off after a role and then a verb is no list; a role of a thing is theirs
        ("Lucy sat beside her old nurse, Martha, and held her hand.", "nurse", "Martha"),
        ("Tom Reed came in with his valet, Bunter, and sat down.", "valet", "Bunter"),
        ("Tom Reed came in with his valet, Bunter, and the boy.", "valet", "the valet"),
        ("Tom Reed came in with his valet, Bunter, and Peter.", "valet", "the valet"),
        ("They stopped at the forge of the blacksmith, Ben Hart.", "blacksmith", "Ben Hart"),
        # words for any person set off after a name describe that person, not a newcomer
        ("Mr. Lowe, an old man with a stick, came in.", "old man", "Mr. Lowe"),
        ("Tom Reed came in with Mr. Lowe, a young man from town.", "young man", "Mr. Lowe"),
        ("Mr. Hale, an old man from the mill, came in with Mr. Lowe, a young man from town.",
         "old man", "Mr. Hale"),
        ("When he saw Mr. Lowe, a young man came out of the yard.", "young man",
         "the young man"),
        ("Beside Mr. Lowe, a young man sat down by the fire.", "young man", "the young man"),
    ]
    for narration, role, who in cases:
        got = voices(INN + "\n\n" + narration + ask.format(role=role))[-1]
        assert got == ("It is, sir", who), (narration, got)
    # a word for any person is no role (`the good lady of the house`, `the only man`): not
    # every `lady` after is Mrs. Mann, and she does not become `Lady Mann`
    lady = ("“Is the boy ready?” said Mr. Bumble.\n\n“He is, sir,” said Mrs. Mann.\n\n"
            "Mrs. Mann, the good lady of the house, brought him out.\n\n“Come along,” said "
            "Mr. Bumble.\n\nCHAPTER II.\n\nMrs. Sowerberry came out of the shop.\n\n“He is "
            "very small,” said Mr. Sowerberry.\n\n“He will grow,” replied Mr. Bumble.\n\n"
            "“On our victuals,” replied the lady pettishly.")
    assert voices(lady)[-1][1] != "Mrs. Mann" and "Lady Mann" not in {
        p.name for p in run(lady).speakers}
    rank = (INN + "\n\nMrs. Hale came in. The old lady, Mrs. Mann, sat down by the fire.\n\n"
            "“It is cold,” said Tom Reed.\n\n“Very cold,” said the lady.")
    assert "Lady Mann" not in {p.name for p in run(rank).speakers}
    man = voices(INN + "\n\nTom Reed was the only man in the room who knew the road.\n\n"
                 "A stranger came in from the yard.\n\n“Is this the inn?” said the man.")
    assert man[-1][1] != "Tom Reed"
    kin = voices(INN + "\n\nTom Reed sat by the fire. His wife, Jane, came in with the lamp.\n\n"
                 "“You are late,” said Jane Reed.\n\n“The mare cast a shoe,” said Tom Reed.\n\n"
                 "“Then the smith must come,” said Jane.")
    assert kin[-1] == ("Then the smith must come", "Jane Reed")


def test_two_named_people_described_apart_are_two_voices() -> None:
    """`Mr. Hale, an old man …, came in with Mr. Lowe, a young man …`: `said the young man`
    is Mr. Lowe and `said the old man` after it is still Mr. Hale, not the one just
    described as a man."""
    got = who_spoke(INN + "\n\nMr. Hale, an old man from the mill, came in with Mr. Lowe, a "
                    "young man from town.\n\n“Is the coach in?” said Mr. Hale.\n\n“Not yet,” "
                    "said Tom Reed.\n\n“Then we wait,” said the young man.\n\n“I hate waiting,” "
                    "said the old man.\n\n“So do I,” said Mr. Lowe.")
    assert got[-5:] == ["Mr. Hale", "Tom Reed", "Mr. Lowe", "Mr. Hale", "Mr. Lowe"]


def test_words_set_off_with_a_name_after_review_13() -> None:
    """Review 13's scenes: a list is no apposition (`Tom Reed, an old man with a white
    beard, and a little girl`), nor a name closing an opening `-ing` phrase (`Seeing Mr.
    Ross, a young man … stepped forward`); of two described, the role's words pick the one
    (`the old man`, not the young one named last); and in a scene not read as a story, words
    set off with a name are that person's too (paragraphs later as well), while a cue that
    goes on (`the lady added`) is who just spoke."""
    ask = "\n\n“Is the road open?” said the old man."
    for narration, who in [
            ("Round the fire sat three persons: Harris, an old man with a white beard, and a "
             "little girl in a blue frock.", "the old man"),
            # … but a name that opens the sentence is described, though `and` goes on
            ("Mr. Lowe, an old man with a cane, and his friend, Mr. Fox, came in.", "Mr. Lowe"),
            ("Tom Reed greeted the landlord, Mr. Lowe, an old man with a white beard.",
             "Mr. Lowe"),
            ("At the door stood Mr. Lowe, an old man with a white beard.", "Mr. Lowe"),
            ("At the gate stood Mr. Lowe, an old man with a cane, and a young groom.", "Mr. Lowe"),
            ("In the parlour sat Harris, an old man with a white beard, and Peter.", "the old man"),
            ("Mr. Lowe, an old man with a cane, and Jerry Cruncher, a porter, came in.",
             "Mr. Lowe")]:
        assert voices(INN + "\n\n" + narration + ask)[-1] == ("Is the road open", who), narration
    ross = voices(INN + "\n\nSeeing Mr. Lowe, a young man in a red coat stepped forward.\n\n"
                  "“Mr. Lowe?” said the young man.")
    assert ross[-1] == ("Mr. Lowe", "the young man")
    path = who_spoke("Mr. Hale, an old man with a stick, came up the path with Mr. Lowe, a young "
                     "man from the bank.\n\n“This is the house,” said the old man.\n\n“It is "
                     "smaller than I thought,” said the young man.\n\n“It was big enough for my "
                     "father,” said Mr. Hale.\n\n“I meant no offence,” said Mr. Lowe.\n\n“None "
                     "taken,” said the old man.")
    assert path == ["Mr. Hale", "Mr. Lowe", "Mr. Hale", "Mr. Lowe", "Mr. Hale"]
    news = voices("Margaret Hollis, 91, has lived on Elm Street all her life.\n\n“I was born "
                  "in this house,” Hollis said.\n\n“And I shall die in it,” the lady added.")
    assert news[-1] == ("And I shall die in it", "Margaret Hollis")
    # any role set off with a name is theirs later on; not a past role, not somebody's friend
    rent = ("“Where will we go?” said Rosa Diaz, a teacher.\n\n“I have lived here for 30 "
            "years,” said Diaz.\n\n“Rents must rise,” said Peter Cho, the landlord.\n\n“Costs "
            "are up,” said Cho.\n\n“We will fight this,” said the {role}.")
    assert voices(rent.format(role="teacher"))[-1][1] == "Rosa Diaz"
    former = voices(rent.replace("a teacher", "a former teacher").format(role="teacher"))
    assert former[-1][1] != "Rosa Diaz"
    tutor = voices(INN + "\n\nMartin, who was a friend of the tutor, met us at the gate. Behind "
                   "him stood the tutor himself.\n\n“You are late,” said Martin.\n\n“Shamefully "
                   "late,” said the tutor.")
    assert tutor[-1] == ("Shamefully late", "the tutor")


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("“We carried the kids up to the attic,” said Chinwe Okafor.\n\nHer husband, Emeka, spent "
     "the night on the phone. “It rang and rang,” he said.", "It rang", "Emeka"),
    ("Our host, Batbayar, poured salted milk tea. “In winter it keeps you alive,” Batbayar "
     "said.\n\nHis wife, Oyuna, brought out a bowl of mutton. “Eat,” she said.", "Eat",
     "Oyuna"),
    ("“They need more vinegar,” said Bev Dawson.\n\nThe owner, Oyuna, fries in dripping. "
     "“Oil is for cowards,” she said.", "Oil is for", "Oyuna"),
    # a word set off after a word for no person is no more a name than before
    ("“We carried the kids up to the attic,” said Chinwe Okafor.\n\nNear the bridge, Ikeja, "
     "flooded. “It rang and rang,” she said.", "It rang", "Chinwe Okafor"),
])
def test_a_name_set_off_after_an_owner_s_word_for_a_person(text: str, words: str,
                                                           speaker: str | None) -> None:
    """`Her husband, Emeka,`: any word set off so is that person's name (review 15); before,
    `he said` went to the woman quoted before."""
    assert speaker_of(text, words) == speaker


def test_a_story_s_bit_part_brought_in_with_an_article() -> None:
    """`A beggar sat by the door.` / `said the beggar`: a character of their own (it was
    nobody, as a report's `a second CIA officer` is); but words set off with a name are that
    person's (`A juror, Mr. Blunt, rose`, `Martin, who was a tutor,`, `A young man, Frank
    Dorn, came in`); and a nobody's `said the old man` is not the one other man who spoke
    when a bit part takes part in the talk (see State._partner)."""
    beggar = who_spoke(INN + "\n\nA beggar sat by the door.\n\n“A penny, sir?” said the beggar."
                       "\n\n“Here,” said Tom Reed.\n\n“Bless you,” said the old beggar.")
    assert beggar[-3:] == ["the beggar", "Tom Reed", "the beggar"]
    for narration, role, who in [
            ("A juror, Mr. Blunt, rose from his seat.", "juror", "Mr. Blunt"),
            ("Martin, who was a tutor, met us at the gate.", "tutor", "Martin"),
            ("A young man, Frank Dorn, came in out of the rain.", "young man", "Frank Dorn")]:
        got = voices(INN + f"\n\n{narration}\n\n“Is it far?” said the {role}.")[-1]
        assert got == ("Is it far", who), narration
    road = voices("Ned Rowe and Will Ash walked to town.\n\n“Ten miles,” said Will Ash.\n\n“We "
                  "will be late,” said Ned.\n\n“We always are,” said Will.\n\n“Walk faster,” "
                  "said Ned.\n\nA beggar sat under the hedge.\n\n“Spare a coin,” said the "
                  "beggar.\n\n“Here,” said Will.\n\n“How did you hurt your leg?” said Ned."
                  "\n\n“At the war,” said the old man.")
    assert road[-1] == ("At the war", None)


def test_the_wife_of_a_role_a_named_man_holds_is_his_wife() -> None:
    """`Mr. Sowerberry, the undertaker,` … `said the undertaker's wife`: Mrs. Sowerberry,
    one voice with her own lines; not when nobody named holds the role (`the curate's
    wife` stays a person of her own), nor when two do."""
    scene = (INN + "\n\nMr. Sowerberry, the undertaker, came in with his wife.\n\n“My dear,” "
             "said Mr. Sowerberry, “this is the boy.”\n\n“Dear me!” said {who}, “he is very "
             "small.”\n\n“He will grow, Mrs. Sowerberry,” said Tom Reed.\n\n“On our "
             "victuals,” said Mrs. Sowerberry.")
    got = voices(scene.format(who="the undertaker's wife"))
    assert got[-4] == ("Dear me", "Mrs. Sowerberry") and got[-1][1] == "Mrs. Sowerberry"
    curate = voices(scene.format(who="the curate's wife"))
    assert curate[-4] == ("Dear me", "the curate's wife")
    two = voices(scene.format(who="the undertaker's wife").replace(
        "came in with his wife.", "came in with his wife and Mr. Mould, the undertaker."))
    assert two[-4][1] != "Mrs. Sowerberry"


def test_the_short_man_is_not_the_tall_man() -> None:
    """A word for any person with words of its own (`the short man`) is not somebody
    described otherwise (`the tall man`, who said he is Cox): two people, two voices; nor
    is `the young gentleman` of a new chapter `another gentleman` known only by a cue (in
    the same scene he may be)."""
    got = who_spoke(INN + "\n\nA tall man came in.\n\n“Good evening,” said the tall man.\n\nA "
                    "short man came in.\n\n“Good evening,” said the short man.\n\n“Who are you?” "
                    "asked Ann.\n\n“My name is Cox,” said the tall man.\n\n“And mine is Box,” said "
                    "the short man.")
    assert got[-5:] == ["Cox", "the short man", "Ann", "Cox", "the short man"]
    # but other words may still describe the one who came in, in a later chapter too, and
    # a named lady (`the tall old lady`); not somebody known only by a cue's words
    later = voices(INN + "\n\nA young man came in from the rain.\n\n“Is this the inn?” said "
                   "the young man.\n\n“It is,” said Tom Reed.\n\nCHAPTER II.\n\nThe next "
                   "morning the young man came down.\n\n“Is there coffee?” said the pale young "
                   "man.")
    assert later[-1] == ("Is there coffee", "the young man")
    lady = voices(INN + "\n\nLady Ash came into the inn.\n\n“A room,” said Lady Ash.\n\n“Yes, "
                  "my lady,” said Tom Reed.\n\n“And a fire,” said the tall old lady.")
    assert lady[-1] == ("And a fire", "Lady Ash")
    board = voices(INN + "\n\nA gentleman in a white waistcoat sat at the board.\n\n“That boy "
                   "will be hanged,” said the gentleman in the white waistcoat.\n\n“He is very "
                   "young,” said Tom Reed.\n\nAn old gentleman at the end of the table looked "
                   "up.\n\n“Let him speak,” said the old gentleman.\n\n“He will be hanged,” said "
                   "the gentleman in the white waistcoat.\n\n“Nonsense,” said the old gentleman.")
    assert board[-1] == ("Nonsense", "the old gentleman")
    gruff = ("THE BOARD\n\nCHAPTER I.\n\n" + INN + "\n\n“Say your prayers,” said another "
             "gentleman in a gruff voice.\n\n“I do, sir,” said Tom Reed.\n\n“And {}?” asked the "
             "young gentleman.")
    same = _quotes(text_article(gruff.format("you"), "story.txt"))
    assert same["“And you?”"] == "another gentleman"  # the same scene: may be he
    later = _quotes(text_article(gruff.format("now").replace(
        "“And", "CHAPTER II.\n\nTwo old gentlemen sat behind a desk.\n\n“And"), "story.txt"))
    assert later["“And now?”"] != "another gentleman"
    far = _quotes(text_article(gruff.format("then").replace(
        "“And", "The board sat late into the night over its papers and its accounts. " * 50
        + "\n\n“And"), "story.txt"))  # a scene some 3,000 characters on
    assert far["“And then?”"] != "another gentleman"


def test_two_strangers_described_apart_are_two_voices() -> None:
    """`A tall man and a short man came in.` / `said the tall man` / `said the short man`:
    two characters, each found again by their words; `Soon after, an old man came in too.`
    brings in a second newcomer, whom the first one's lines do not hide; and before the
    tall man has spoken, `said the short man` is not the tall man, and `a big boy and a
    little boy` met only as `two boys` are nobody named nearby."""
    got = who_spoke(INN + "\n\nA tall man and a short man came in out of the rain.\n\n“Good "
                    "evening,” said the tall man.\n\n“A fire, if you please,” said the short man."
                    "\n\n“At once,” said Harris.\n\n“And ale,” said the short man.\n\n“Two,” said "
                    "the tall man.")
    assert got[-5:] == ["the tall man", "the short man", "Harris", "the short man",
                        "the tall man"]
    later = who_spoke(INN + "\n\nA young man came in. Soon after, an old man came in too.\n\n“A "
                      "pint,” said the young man.\n\n“Two pints,” said the old man.\n\n“Coming,” "
                      "said Harris.\n\n“Is it far to York?” said the young man.\n\n“Too far,” said "
                      "the old man.")
    assert later[-5:] == ["the young man", "the old man", "Harris", "the young man",
                          "the old man"]
    first = voices(INN + "\n\nA tall man and a short man came in out of the rain.\n\n“A fire,"
                   " if you please,” said the short man.")
    assert first[-1][1] != "the tall man"
    boys = voices(INN + "\n\nTwo boys sat by the door, a big boy and a little boy.\n\n“Any "
                  "news?” said Tom Reed.\n\n“Nothing,” said the big boy.\n\n“I saw a fox,” said "
                  "the little boy.\n\n“You did not,” said the big boy.\n\n“I did,” said the "
                  "little boy.")
    named = {"Tom Reed", "Harris", "Mr. Dale", "Peter"}
    assert not {who for _line, who in boys[-4:]} & named, boys[-4:]


def test_a_paper_a_colon_hands_over_speaks_for_its_writer_not_its_bearer() -> None:
    """`a servant brought the following note for Tom Reed:` / `“Dear Tom, …”`: `note` is no
    speech verb after `the following` (the speaker was `a servant from the mill brought the
    following`), and a note, letter or message that changes hands is not its bearer's words:
    its writer is unknown, so the narrator reads it, and nobody answers it in turn; a writer
    the intro names reads it (`Harris brought Mr. Dale's note:`). A reply is speech, no
    paper (`Harris gave his reply:`), and a colon that hands over nothing still gives the
    line to its subject (`Harris turned to us:`). After review 10: the subject's own paper
    (`his own letter`), a statement given (speech), and a subject who goes on after the
    paper (`…with a frown, and turned to Peter:`, `a note he had written himself:`) keep
    the line theirs; somebody reading it aloud does not."""
    def paper_line(narration: str) -> str | None:
        return voices(INN + "\n\nThey sat down to breakfast. " + narration + "\n\n“Dear Tom, "
                      "the road is closed.”\n\n“Then we stay,” said Tom Reed.")[-2][1]
    assert paper_line("Breakfast was scarcely over when a servant from the mill brought the "
                      "following note for Tom Reed:") is None
    assert paper_line("Harris brought a note:") is None
    assert paper_line("Harris brought a telegram:") is None
    assert paper_line("Harris brought Mr. Dale's note:") == "Mr. Dale"
    assert paper_line("Harris gave his reply:") == "Harris"
    assert paper_line("Harris turned to us:") == "Harris"
    assert paper_line("Harris delivered a letter from the mill:") is None
    assert paper_line("Harris handed him the letter, and he read it aloud:") is None
    assert paper_line("Harris handed her the note:") is None
    assert paper_line("Harris brought his sister's note:") is None
    assert paper_line("Harris gave Peter a letter:") is None
    assert paper_line("Harris gave him a report which read:") is None
    assert paper_line("A boy brought a message from the mill:") is None
    assert paper_line("Harris received the message and turned to Peter:") == "Harris"
    assert paper_line("Harris sent a letter which read:") == "Harris"
    # the subject's own paper, speech, or the subject going on after it: theirs
    assert paper_line("Harris handed Peter his own letter:") == "Harris"
    assert paper_line("Harris gave a statement to the constable:") == "Harris"
    assert paper_line("Harris received the note with a frown, and turned to Peter:") == "Harris"
    assert paper_line("Harris handed Peter a note he had written himself:") == "Harris"


STATION = (
    "THE STATION\n\nCHAPTER I.\n\nMatthew Cuthbert drove to the station in the buggy. A little "
    "girl was sitting on the bench by the door.\n\n“Are you Matthew Cuthbert of Green Gables?” "
    "asked the child.\n\n“I am,” said Matthew.\n\n“I was afraid you were not coming for me,” "
    "said the child.\n\n“Well, I am here now,” said Matthew.\n\nCHAPTER II.\n\n"
    "The kitchen was warm when they came in.\n\n“Where is the boy?” said Marilla Cuthbert."
    "\n\n“There wasn't any boy,” said Matthew wretchedly. “There was only her.”\n\n"
    "During this dialogue the child had remained silent. Suddenly she seemed to grasp the "
    "meaning of what had been said.\n\n“You don't want me!” she cried.\n\n"
    "“Well, don't cry any more,” said Marilla. “What's your name?”\n\n"
    "The child hesitated for a moment.\n\n“Will you please call me Cordelia?” she said.\n\n"
    "“Anne Shirley,” faltered the owner of that name.\n\n"
    "“Anne is a real good plain sensible name,” said Marilla.\n\n"
    "“Oh, I'm not ashamed of it,” explained Anne.\n"
)


def test_in_a_report_people_hand_out_their_own_words() -> None:
    """A report's `Klein handed reporters a statement:`, `Park delivered a blunt message to
    residents:`, `gave officers a note of thanks:` are the subject's own words; a paper from
    somebody else (`received a statement from the family:`) or found (`found a note which
    read:`) is not; `She sent a letter that read:` is hers."""
    def line(intro: str) -> str | None:
        text = ("Sarah Klein, the county clerk, has led the office since 2010.\n\n" + intro +
                "\n\n“I have decided to step down at the end of the month, for my family.”")
        return voices(text)[-1][1]
    assert line("Klein handed reporters a statement:") == "Sarah Klein"
    assert line("Klein delivered a blunt message to residents:") == "Sarah Klein"
    assert line("Klein gave officers a note of thanks:") == "Sarah Klein"
    assert line("She sent a letter that read:") == "Sarah Klein"
    assert line("Klein received a statement from the family:") is None
    assert line("Officers found a note which read:") is None
    assert line("Klein handed reporters a note:") is None


def test_a_newcomer_named_in_a_later_chapter_keeps_her_lines_and_her_she() -> None:
    """`A little girl` … `said the child` (chapter I) … `the child had remained silent.
    Suddenly she seemed…` / `“You don't want me!” she cried.` is the child's, not Marilla's,
    and once the child says her name and speaks as Anne, all her lines are Anne's; but the
    first to speak in a new chapter, named only in that cue, is not the child."""
    got = _quotes(text_article(STATION, "story.txt"))
    assert got["“Are you Matthew Cuthbert of Green Gables?”"] == "Anne"
    assert got["“You don't want me!”"] == "Anne"
    assert got["“Will you please call me Cordelia?”"] == "Anne"
    assert got["“Where is the boy?”"] == got["“Well, don't cry any more,”"] == "Marilla Cuthbert"
    other = _quotes(text_article(STATION.replace("Marilla Cuthbert", "Rachel Lynde").replace(
        "said Marilla", "said Rachel"), "story.txt"))
    assert other["“Are you Matthew Cuthbert of Green Gables?”"] == "Anne"
    assert other["“Where is the boy?”"] == "Rachel Lynde"


def test_a_newcomer_who_says_their_name_is_that_person() -> None:
    """`“Mr. Thaddeus Sholto,” said the little man. “That is my name.`, `“My name is Tom
    Giles,” said the stranger`: the newcomer is that person, lines so far included; a name
    alone that is a call (`“Mr. Holmes,” said the little man. “Come in.”`) names nobody, and
    nor does a named person's joke (`“And my name is King George,” said Harris`), a name
    not at the line's start (`“Say my name is Smith”`), a name of somebody who has spoken
    (`“My name is Harris, sir”`), of the other gender, or `That is my name for the horse`."""
    intro = (INN + "\n\nA little man came in out of the rain.\n\n"
             "“Is this the inn at Hollin?” said the little man.\n\n“It is,” said Harris.\n\n")
    got = voices(intro + "“Mr. Thaddeus Sholto,” said the little man. “That is my name.”\n\n"
                 "“You are welcome, sir,” said Harris.")
    assert got[-5:-1] == [("Is this the inn at Hollin", "Thaddeus Sholto"), ("It is", "Harris"),
                          ("Mr. Thaddeus Sholto", "Thaddeus Sholto"),
                          ("That is my name", "Thaddeus Sholto")]
    got = voices(intro + "“My name is Tom Giles,” said the little man.")
    assert got[-3][1] == got[-1][1] == "Tom Giles"
    got = voices(intro + "“Mr. Dale,” said the little man. “Come in out of the rain.”")
    assert got[-4][1] == got[-1][1] == "the little man"
    got = voices(intro + "“And my name is King George,” said Harris.")
    assert got[-1][1] == "Harris" and got[-3][1] == "the little man"
    for trap in ("“Say my name is Smith, if you like,” said the little man.",
                 "“My name is Harris, sir,” said the little man.",
                 "“My name is Ann Cole,” said the little man.",
                 "“Tom Giles,” said the little man. “That is my name for the horse.”"):
        assert dict(voices(intro + trap))["Is this the inn at Hollin"] == "the little man", trap


FARM = (
    "“I shall go to Netherfield tomorrow,” said Jane.\n\n"
    "“You had better go on horseback,” said Mr. Reed.\n\n“But it will rain,” said Ann.\n\n"
    "“Then you must take the coach,” said Mrs. Reed.\n\n"
    "“I had much rather go in the coach,” said Jane.\n\n"
    "“But the horses are wanted in the farm, Mr. Reed, are not they?” said Mrs. Reed.\n\n"
)


def test_the_one_a_line_calls_answers_it_whoever_spoke_before() -> None:
    """Jane, then her mother: `“…, Mr. Reed, are not they?”` / an uncued line is Mr. Reed's
    answer, not Jane's turn. Not when the call is a cry (`“Goodbye, Mr. Reed!”`), when
    he has had no line yet, when two are called, nor when the reply calls him or speaks of
    him (`“He never lends them”` is Jane's)."""
    answer = "“They are wanted in the farm much oftener than I can get them.”"
    assert voices(FARM + answer)[-1][1] == "Mr. Reed"
    unheard = FARM.replace("“You had better go on horseback,” said Mr. Reed.",
                           "Mr. Reed was reading his paper by the fire.")
    assert voices(unheard + answer)[-1][1] == "Jane"
    both = FARM.replace("Mr. Reed, are not they", "Ann, Mr. Reed, are not they")
    assert voices(both + answer)[-1][1] == "Jane"
    assert voices(FARM + "“Oh, Mr. Reed, you never lend them!”")[-1][1] == "Jane"
    assert voices(FARM + "“He never lends them, mamma.”")[-1][1] == "Jane"
    bye = FARM.replace("But the horses are wanted in the farm, Mr. Reed, are not they?",
                       "Goodbye, Mr. Reed! The horses are wanted in the farm.")
    assert voices(bye + answer)[-1][1] == "Jane"
    cry = FARM.replace("But the horses are wanted in the farm, Mr. Reed, are not they?",
                       "Oh, Ann, Mr. Reed has taken the horses again!")
    assert voices(cry + answer)[-1][1] == "Jane"


LANE = ("“Where are you going?” asked Tom Price.\n\n“To the mill,” replied Jane Price.\n\n"
        "“Then take the dog,” said he.\n\n“I will,” said she.\n\n“Come back soon,” cried Tom."
        "\n\n")


def test_a_newcomers_role_words_mention_them_only_when_they_are_about_them() -> None:
    """`the child` in the narration is the newcomer (see STATION), but not `The old clock`
    after `the old man`, nor `The young man`, nor an owner (`The boy's father`), nor a
    newcomer who leaves (`The boy ran off`): the he after those is who it was before."""
    man = LANE + ("An old man came up the lane.\n\n“Fine morning,” said the old man.\n\n"
                  "“It is,” said Tom.\n\n")
    assert voices(man + "The old man sat down on the bank.\n\n“I am tired,” he said.")[-1] == (
        "I am tired", "the old man")
    for beat in ("The old clock in the kitchen struck nine.", "The young man was out of breath.",
                 "The old man's son came after him, puffing.",
                 "The old man went off without a word."):
        got = voices(man + f"“I must go,” said Jane.\n\n{beat}\n\n“Go, then,” he said.")
        assert got[-1] == ("Go, then", "Tom Price"), beat


def test_a_newcomer_of_an_earlier_chapter_is_not_a_name_said_in_that_chapter() -> None:
    """`“Who is at the farm?” said the child.` / `“My sister Martha,” said he.` (chapter I)
    … `“Where is the boy?” said Martha.` (chapter II): Martha is not the child; a newcomer
    of an earlier chapter is named only by a line of the chapter that names her."""
    text = ("THE FARM\n\nCHAPTER I.\n\nJoseph Hale drove to the station. A little girl was "
            "sitting on a trunk.\n\n“Are you Mr. Hale of Elm Farm?” asked the child.\n\n"
            "“I am,” said Joseph.\n\n“Who is at the farm?” said the child.\n\n"
            "“My sister Martha,” said he.\n\nCHAPTER II.\n\nThe kitchen was warm.\n\n"
            "“Where is the boy?” said Martha.\n\n“There was no boy,” replied Joseph sadly.\n\n"
            "“You don't want me!” cried the child.\n\n“Don't cry,” said Martha.\n")
    got = _quotes(text_article(text, "story.txt"))
    assert got["“Are you Mr. Hale of Elm Farm?”"] == got["“You don't want me!”"] == "the child"
    assert got["“Where is the boy?”"] == "Martha"


def test_a_trade_says_its_gender_and_a_possessive_one_is_nobody_known() -> None:
    """`said the ferryman` / `said she` is the woman, not the ferryman; `said the hostess`
    is a character of her own (a word in -ess is no plural), and `said his valet` nobody
    known rather than his master."""
    scene = LANE + "“No crossing tonight,” said the ferryman.\n\n“Not for a shilling?” asked Jane."
    got = voices(scene + "\n\n“Not for a pound,” said the ferryman.\n\n“Then we wait,” said she.")
    assert [g[1] for g in got[-4:]] == ["the ferryman", "Jane Price", "the ferryman", "Jane Price"]
    assert voices(LANE + "“Beds are two shillings,” said the hostess.")[-1][1] == "the hostess"
    assert voices(LANE + "“Your boots, sir,” said his valet.")[-1][1] is None


def test_a_she_who_answers_a_call_is_the_one_called_unless_someone_else_comes_in() -> None:
    """`“Now, Kitty, …,” said Mr. Vale.` / `“Thank you, papa,” said she.` is Kitty's; but not
    when the narration after the call brings in his wife (then it is hers); and a line that
    calls Mr. Vale is never his turn: it is the one person the paragraph before names
    (round 49, see rule_called_in_scene; it was the narrator's until then)."""
    got = dict(voices(VALES + ".\n\n“Thank you, papa,” said she."))
    assert got["Thank you, papa"] == "Kitty"
    assert got["How good it was in you, my dear Mr. Vale"] == "Mrs. Vale"  # never Mr. Vale
    got = dict(voices(VALES + "; and he left the room, tired of the raptures of his wife.\n\n"
                      "“What an excellent father you have, girls,” said she."))
    assert got["What an excellent father you have, girls"] == "Mrs. Vale"  # his wife, not Kitty


def test_calls_and_kin_in_the_corners() -> None:
    """`“…, I shall tell my mother,” said she`: the reply's own line is no narration that
    brings in another woman; `“I had it from Mr. Long.”` calls nobody (a full stop after
    `Mr` ends no sentence); `said her husband` of Jane Bennet is not her father Mr. Bennet."""
    got = dict(voices(VALES + ".\n\n“Thank you, papa; I shall tell my mother,” said she."))
    assert got["Thank you, papa; I shall tell my mother"] == "Kitty"
    text = HEARTH.replace("“Mrs. Long has told me all about it.”", "“I had it from Mr. Long.”")
    text = text.replace("by the fire.", "by the fire, and Mr. Long had just left.")
    assert dict(voices(text))["Who has bought it"] == "Mr. Vale"
    text = ("Jane Bennet sat with her father, Mr. Bennet, by the fire. Mr. Bingley came in.\n\n"
            "“You look well tonight,” said Mr. Bingley.\n\n“I am glad of it,” replied Jane.\n\n"
            "“We shall dance, then,” said her husband.\n\n“Indeed we shall,” cried Jane.")
    assert dict(voices(text))["We shall dance, then"] != "Mr. Bennet"


def _with_heading(text: str, heading: str) -> Article:
    """The test article of text, with the paragraph `heading` made a heading."""
    article = make_article("Headline\n\n" + text)
    blocks = list(article.blocks)
    k = next(i for i, b in enumerate(blocks) if article.text[b.start:b.end] == heading)
    blocks[k] = Block("heading", blocks[k].start, blocks[k].end)
    return Article(article.source, article.text, "", tuple(blocks))


def test_a_line_right_after_a_chapter_heading_takes_no_turn() -> None:
    text = FIESTA + "\n\n“Good night, Brett,” Cohn said.\n\nCHAPTER 3\n\n“A pernod for me, too.”"
    article = _with_heading(text, "CHAPTER 3")
    quotes = [q for q in attribute(article, segment(article)).segments if q.kind == "quote"]
    assert quotes[-1].speaker is None


def test_turns_are_not_taken_across_a_chapter_or_a_scene_break() -> None:
    """A new chapter or scene is a new conversation: the uncued line after Brett's is not
    Cohn's from before the break; in a first-person story it is the teller's."""
    for brk in ("CHAPTER 3", "*   *   *"):
        text = FIESTA + (f"\n\n“Good night, then,” Cohn said.\n\n{brk}\n\n"
                         "It was a warm spring night on the terrace.\n\n"
                         "“Well, what will you drink?” asked Brett.\n\n"
                         "“A pernod for me, too.”")
        read = text_article("Headline\n\n" + text, "story.txt")  # the reader drops `* * *`
        for article in (_with_heading(text, brk) if brk.startswith("CHAPTER") else
                        make_article("Headline\n\n" + text), read):
            segments = attribute(article, segment(article)).segments
            got = {s.text.strip("“”.,?"): s.speaker for s in segments if s.kind == "quote"}
            assert got["Well, what will you drink"] == "Brett"
            assert got["A pernod for me, too"] == "Jake"


def test_in_a_story_an_unnamed_surgeon_is_a_character_of_his_own() -> None:
    text = (
        "Oliver lay on the bed and breathed.\n\n"
        "“Let me see the child,” said the surgeon.\n\n"
        "“Here he is, sir,” said the nurse.\n\n"
        "“Is he well?” said he.\n\n"
        "“He is weak,” said she.\n\n"
        "“It is all over,” said the surgeon, rising.\n\n"
        "“Poor dear,” said the nurse.\n\n"
        "“Good night,” said he."
    )
    got = dict(voices(text))
    assert got["Let me see the child"] == got["It is all over"] == "the surgeon"
    assert got["Here he is, sir"] == got["Poor dear"] == "the nurse"


def test_a_teller_who_only_frames_a_story_gets_no_name_from_its_characters() -> None:
    """The `I` who tells Pooh a story is nobody the characters call: `Wizzle`, called far
    from the teller's own lines, is not the teller."""
    text = (
        "“What about a story?” said Christopher Robin.\n\n"
        "“What about a story?” I said.\n\n"
        "“Could you very sweetly tell Pooh one?”\n\n"
        "“I suppose I could,” I said.\n\n"
        "Once upon a time Pooh lived in a forest all by himself.\n\n"
        "One day Pooh met Piglet by the stream.\n\n"
        "“Hallo, Piglet,” said Pooh.\n\n"
        "“Hallo, Pooh,” said Piglet.\n\n"
        "They walked on round the spinney.\n\n"
        "“It might be, as it were, Wizzle, or a Woozle,” said Piglet.\n\n"
        "“It might,” said Pooh."
    )
    assert dict(voices(text))["I suppose I could"] is None


def test_a_first_person_story_written_like_news_is_still_a_story() -> None:
    """Cues in news order (`Cohn said`, `I said`) but five of them the teller's own: a
    first-person novel, whose teller is the one Cohn calls `Jake`."""
    got = dict(voices(FIESTA))
    assert got["No"] == got["I don't know"] == got["Then go somewhere else"] == "Jake"
    assert got["Why not"] == "Robert Cohn"


def test_a_chapter_heading_ends_what_a_pronoun_can_mean() -> None:
    text = ("Ellen Varga closed the shop early. “We are done for today,” she said.\n\n"
            "Chapter Two\n\n"
            "“Nobody came to the market this morning,” she said.")
    article = make_article("Headline\n\n" + text)
    blocks = list(article.blocks)
    heading = next(i for i, b in enumerate(blocks)
                   if article.text[b.start:b.end] == "Chapter Two")
    blocks[heading] = Block("heading", blocks[heading].start, blocks[heading].end)
    article = Article(article.source, article.text, "", tuple(blocks))
    quotes = [s for s in attribute(article, segment(article)).segments if s.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Ellen Varga", None]


def test_a_thought_after_a_quote_in_news_stays_with_the_narrator() -> None:
    text = "Omar Haddad spoke first. “The budget cannot pass this week,” thought some observers."
    assert speaker_of(text, "budget cannot pass") is None


def test_interrupted_quote_in_fiction() -> None:
    text = "“In that case,” said the Owl, rising to its feet, “we should leave at once.”"
    assert who_spoke(text) == ["Owl", "Owl"]


# --------------------------------------------------------------------------------------------
# Readers of names
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Texas Sen. Ted Rusk said", ("Ted", "Rusk")),
        ("White House Press Secretary Ann Vole said", ("Ann", "Vole")),
        ("Secretary of State Jon Kell said", ("Jon", "Kell")),
        ("Rep. Steve King said", ("Steve", "King")),
        ("Joel Pollak of the Tribune said", ("Joel", "Pollak")),
        # a party-and-state label between commas is no name
        ("Rep. Gwen Tamsin, R-Pa., said", ("Gwen", "Tamsin")),
        ("Gwen Tamsin, D-Ohio, said", ("Gwen", "Tamsin")),
        # an aside that opens with an s-apostrophe possessive
        ("Ivo Brandt, Jones’ campaign manager, said", ("Ivo", "Brandt")),
    ],
)
def test_subject_before_strips_titles(words: str, name: tuple[str, ...]) -> None:
    toks = tokenize(words, 0, len(words))
    m = subject_before(toks, len(toks) - 1, make_page(words))
    assert m is not None and m.name == name


@pytest.mark.parametrize(("words", "name"), [
    ("Will Ash came in.", ("Will", "Ash")),
    ("June Smith said so.", ("June", "Smith")),
    # … but `in June`, `By April` are dates, and `Will Tom come back?` asks
    ("In June Robert went up to London.", ("Robert",)),
    ("By April Jones had raised the money.", ("Jones",)),
    ("Will Tom come back? Mary did not know.", ("Tom",)),
])
def test_a_first_name_that_is_also_a_sentence_word(words: str, name: tuple[str, ...]) -> None:
    toks = tokenize(words, 0, len(words))
    m = name_mention(toks, 0, run_end(toks, 0), make_page(words))
    assert m is not None and m.name == name


@pytest.mark.parametrize(
    ("words", "kind", "text"),
    [
        ("said the senator from Ohio", "role", "the senator"),
        ("said she", "pronoun", "she"),
        ("said one Clinton aide", "role", "one Clinton aide"),
        ("said Green party boss Ana Lutz", "name", "Green party boss Ana Lutz"),
        # an organisation, plain words and a role word before the name: the name (review 15)
        ("said Oxfam policy adviser Ruth Bell.", "name", "Oxfam policy adviser Ruth Bell"),
        ("said UN climate chief Simon Stiell.", "name", "UN climate chief Simon Stiell"),
        ("said Oxfam policy experts.", "name", "Oxfam"),
        ("said Kate Hale first thing Bob Stone.", "name", "Kate Hale"),
        ("said a person close to the talks", "role", "a person close to the talks"),
        # a person described (`young`, `old`): still one definite person, never `lady`
        ("said the young lady", "role", "the young lady"),
        ("said this young lady calmly", "role", "this young lady"),
        ("replied the old woman", "role", "the old woman"),
        # a role set off by a full name after it is that person
        ("said the protester, Amina Yusuf.", "name", "Amina Yusuf"),
        ("said a spokesman, Tom Rusk, who", "name", "Tom Rusk"),
        ("said the company's chief executive, Jane Doe.", "name", "Jane Doe"),
        ("said his wife, Karen Beck.", "name", "Karen Beck"),
        ("said the spokesman, Smith.", "name", "Smith"),
        # a first name that is also a common word (`will`) is a name after the verb
        ("said Will.", "name", "Will"),
        ("said Will Ash.", "name", "Will Ash"),
        # … but not a word that is nobody's name, nor a name that goes on into a clause
        ("said the mayor, Tuesday.", "role", "the mayor"),
        ("said the captain, Tom Hale nodding.", "role", "the captain"),
        ("said a spokesman for the governor, Ann Vark.", "role",
         "a spokesman for the governor"),
        ("said a spokeswoman for Central Power, Ann Vark.", "name", "Ann Vark"),
    ],
)
def test_subject_after(words: str, kind: str, text: str) -> None:
    toks = tokenize(words, 0, len(words))
    m = subject_after(toks, 1, make_page(words))
    assert m is not None and (m.kind, m.text) == (kind, text)


def test_people_merge_surname_and_full_name() -> None:
    from readaloud.names import name_mention

    page = make_page("Berg Tomas Berg")
    toks = tokenize(page.text, 0, len(page.text))
    people = People()
    full = name_mention(toks, 1, 3, page)
    short = name_mention(toks, 0, 1, page)
    assert full is not None and short is not None
    a = people.add(full, 5)
    b = people.add(short, 0)
    assert a.key == b.key and people.canonical(a.key) == "Tomas Berg"


def test_a_family_named_in_the_plural_does_not_rename_its_member() -> None:
    from readaloud.names import name_mention

    page = make_page("Berg")
    one = name_mention(tokenize(page.text, 0, 4), 0, 1, page)
    assert one is not None
    people = People()
    key = people.add(one, 0).key
    people.entities[key].forms.append("Bergs")  # `the Bergs` merged into the same entity
    assert people.canonical(key) == "Berg"


def _person(people: People, words: str, pos: int) -> int:
    """Add a name mention at pos (a mention of the entity there) and return its key."""
    from readaloud.names import name_mention

    page = make_page(words)
    m = name_mention(tokenize(words, 0, len(words)), 0, len(words.split()), page)
    assert m is not None
    key = people.add(m, pos).key
    people.mention(pos, key, pos, 1)
    return key


def test_a_first_name_two_people_share_is_the_one_named_so_far() -> None:
    """`Robert` when Robert Cohn has been named twice and Robert Prentiss only later: Cohn;
    before anyone of that first name was named, nobody."""
    from readaloud.names import Mention

    people = People()
    cohn = _person(people, "Robert Cohn", 0)
    _person(people, "Robert Cohn", 50)
    _person(people, "Robert Prentiss", 500)
    robert = Mention("name", "Robert", 0, 6, ("Robert",))
    found = people.find(robert, 100)
    assert found is not None and found.key == cohn
    early = People()
    _person(early, "Robert Cohn", 300)
    _person(early, "Robert Prentiss", 500)
    assert early.find(robert, 100) is None


def test_a_first_name_then_the_full_name_is_one_person() -> None:
    """`Frances`, then `Frances Clyne`: one character (a known first name known alone first);
    a surname known alone (`Stone`) is no first name of `Stone Phillips`'s kind."""
    people = People()
    frances = _person(people, "Frances", 0)
    assert _person(people, "Frances Clyne", 100) == frances
    assert people.canonical(frances) == "Frances Clyne"
    assert _person(people, "Clyne", 200) == frances
    stone = _person(people, "Stone", 300)
    assert _person(people, "Stone Phillips", 400) != stone


def test_a_first_and_last_name_is_the_miss_not_the_mr_or_mrs_of_that_name() -> None:
    """`Daisy Miller` after `Mr. Miller` and `Miss Miller` is Miss Miller; `Elizabeth Bennet`
    is not Mrs. Bennet (her mother) when Mr. Bennet is the other one known, `Michelle Obama`
    not Mr. Obama; `Mary Cavendish` is the one Mrs. Cavendish."""
    people = People()
    _person(people, "Mr. Miller", 0)
    miss = _person(people, "Miss Miller", 50)
    assert _person(people, "Daisy Miller", 100) == miss
    people = People()
    _person(people, "Mr. Bennet", 0)
    mrs = _person(people, "Mrs. Bennet", 50)
    assert _person(people, "Elizabeth Bennet", 100) != mrs
    people = People()
    mr = _person(people, "Mr. Obama", 0)
    assert _person(people, "Michelle Obama", 100) != mr  # one Mr. is never a woman
    people = People()
    mrs = _person(people, "Mrs. Cavendish", 0)
    assert _person(people, "Mary Cavendish", 100) == mrs  # the only Mrs. of the name


def test_a_name_with_its_epithet_is_also_its_last_word() -> None:
    """`Winnie-the-Pooh` and `Pooh` are one bear, whichever comes first."""
    for first, second in (("Winnie-the-Pooh", "Pooh"), ("Pooh", "Winnie-the-Pooh")):
        people = People()
        assert _person(people, first, 0) == _person(people, second, 100)
    people = People()
    assert _person(people, "Jean-Paul", 0) != _person(people, "Paul", 100)


@pytest.mark.parametrize(("run", "name"), [
    ("Following Haddad", ("Haddad",)),
    ("Rival Hillary Clinton", ("Hillary", "Clinton")),
    ("Democrat Jane Roe", ("Jane", "Roe")),
    ("Whatever Bloomberg", ("Bloomberg",)),
    ("Continued Stone", ("Stone",)),
    ("Against Trump", ("Trump",)),
    ("Martin Luther King", ("Martin", "Luther", "King")),
    ("Mary Jane Roe", ("Mary", "Jane", "Roe")),
    ("Korean-born Monte Haines", ("Monte", "Haines")),
    ("Co-anchor Norah Dale", ("Norah", "Dale")),
    ("Jean-Paul Sartre", ("Jean-Paul", "Sartre")),
    ("Ji-Man Choi", ("Ji-Man", "Choi")),
])
def test_a_word_before_a_name_that_cannot_be_its_first_name(run: str, name: tuple[str, ...]
                                                             ) -> None:
    from readaloud.names import name_mention

    page = make_page(run)
    m = name_mention(tokenize(run, 0, len(run)), 0, len(run.split()), page)
    assert m is not None and m.name == name


@pytest.mark.parametrize(("run", "text", "name"), [
    ("Presently Tom", "Presently Tom came in. He would come presently.", ("Tom",)),
    ("Suddenly Anne", "Suddenly Anne laughed, and suddenly we all did.", ("Anne",)),
    ("Wally Cox", "Wally Cox founded the bakery early in 1980.", ("Wally", "Cox")),
    ("Early Wynn", "Early Wynn pitched for Cleveland.", ("Early", "Wynn")),
    ("Interestingly Blocher", "Interestingly Blocher said no more.", ("Blocher",)),
    ("Gately Cox", "Gately Cox founded the firm.", ("Gately", "Cox")),
    ("Emily Grey", "Emily Grey came in. She came happily.", ("Emily", "Grey")),
    # `soon` and `once` open sentences before a first name, but are surnames too
    ("Soon Harriet", "Soon Harriet came in. She would come soon.", ("Harriet",)),
    ("Once Harriet", "Once Harriet had gone, once more it rained.", ("Harriet",)),
    ("Soon Tong Hin", "Soon Tong Hin runs a stall. It will close soon.",
     ("Soon", "Tong", "Hin")),
    ("Willie Soon", "Willie Soon disagreed. It would be warm soon.", ("Willie", "Soon")),
    ("Soon Lee", "Soon Lee, 64, owns the shop. The rent will rise soon.", ("Soon", "Lee")),
    # a conjunction is never a name, written in lower case anywhere or not
    ("Whereas Philip", "Whereas Philip went to Italy.", ("Philip",)),
    ("Whilst Anne", "Whilst Anne slept.", ("Anne",)),
    # nor is an adverb of place (`Overhead was a long canopy of bloom.`, `Upstairs Anne…`)
    ("Upstairs Anne", "Upstairs Anne slept.", ("Anne",)),
    ("Nearby Tom", "Nearby Tom waited by the gate.", ("Tom",)),
])
def test_a_sentence_opening_adverb_is_no_part_of_a_name(
        run: str, text: str, name: tuple[str, ...]) -> None:
    """`Presently Tom came in` is Tom when the text also writes `presently`; an `-ly` word it
    never writes in lower case may be a first name (`Wally Cox`, `Early Wynn`)."""
    from readaloud.names import name_mention

    m = name_mention(tokenize(text, 0, len(text)), 0, len(run.split()), make_page(text))
    assert m is not None and m.name == name


def test_a_saint_in_a_name_is_still_a_person() -> None:
    """`Yves St. Laurent` speaks (a first name the name list does not know)."""
    assert speaker_of("“Fashion fades, only style remains,” said Yves St. Laurent.",
                      "Fashion fades") == "Yves St. Laurent"


_GARDEN_PARTY = (
    "“You must come to us in May,” said Tom Baker. “The house is quiet.”\n\n"
    "“I should like that,” said Anne Grey.\n\n“Then it is settled,” cried Tom.\n\n"
    "“You are kind,” returned Anne.\n\n“You will see the garden presently,” replied Tom.\n\n"
)


@pytest.mark.parametrize(("intro", "speaker"), [
    ("Presently Tom turned to speak to the maid, and Anne addressed me in her low voice:",
     "Anne Grey"),
    ("Anne turned to speak to the maid, but Tom spoke to me in his gruff way:", "Tom Baker"),
    ("Presently Tom looked up from his paper:", "Tom Baker"),
    ("Tom turned to the maid, and the tea was brought in at last:", "Tom Baker"),
    ("Tom handed the cups round, and Anne her plate of scones:", "Tom Baker"),
    ("Tom read from his letter, and Anne listened:", "Tom Baker"),
    ("At that moment a sharp voice came through the open French window behind us:", None),
    # a phrase of how somebody was opens the sentence: no name
    ("Dumb with amazement, Tom crossed to the window and said:", "Tom Baker"),
    ("Pale with anger, Anne rose from her chair, and said:", "Anne Grey"),
    # a name the page also writes in lower case is still a name
    ("The sun rose over the garden. Rose with tears in her eyes looked at the empty nests, "
     "and said:", "Rose"),
])
def test_a_colon_intro_hands_the_line_to_its_last_clause_s_subject(
        intro: str, speaker: str | None) -> None:
    """The subject of the clause after `, and` or `, but` speaks when that clause has a verb of
    its own; `Presently` is no part of Tom's name; `French` in `the open French window` is
    nobody."""
    text = _GARDEN_PARTY + intro + "\n\n“Have you been long in town?”"
    assert speaker_of(text, "Have you been long in town") == speaker


def test_a_country_after_a_plain_word_still_speaks_in_a_colon_intro() -> None:
    """`and China was blunt:` is China's, though a lower-case word comes right before it (only
    `the open French window` has a determiner before that word)."""
    text = ("Talks resumed in Geneva on Monday.\n\nThe delegates sat down and China was "
            "blunt:\n\n“We will not move on this point at all.”")
    assert speaker_of(text, "We will not move") == "China"
    text = ("Leaders met in Brussels on Monday.\n\nThe outgoing Texas Gov. Rick Perry was "
            "blunt:\n\n“We will not sign this agreement today, whatever they offer.”")
    assert speaker_of(text, "We will not sign") == "Rick Perry"  # a state is no nationality


def test_in_news_a_colon_intro_s_first_subject_speaks_whatever_the_last_clause() -> None:
    """`Lopez read from a prepared text, and Berg listened:` is Lopez's in a report."""
    text = ("Maria Lopez chaired the meeting and Hans Berg sat beside her.\n\nLopez read from "
            "a prepared text, and Berg listened:\n\n“The budget will be balanced by the end "
            "of next year.”")
    assert speaker_of(text, "The budget will be balanced") == "Maria Lopez"


def test_a_bare_surname_and_a_mrs_named_in_one_sentence_are_husband_and_wife() -> None:
    """`There was Braddocks at a big table with a party: Cohn, Mrs. Braddocks, …`: `Braddocks
    asked` is the man, `Mrs. Braddocks put in` his wife."""
    text = _GARDEN_PARTY + (
        "We went into the back room. There was Braddocks at a big table with a party: Cohn, "
        "Frances Clyne, Mrs. Braddocks, and several people I did not know.\n\n"
        "“You are coming to the dance, aren’t you?” Braddocks asked.\n\n"
        "“Why, the dances. Don’t you know we have revived them?” Mrs. Braddocks put in.")
    assert speaker_of(text, "coming to the dance") == "Braddocks"
    assert speaker_of(text, "revived them") == "Mrs. Braddocks"
    report = ("Mary Smith taught English at Lincoln High for 30 years. Students still call her "
              "Mrs. Smith, Smith said, though she retired in 2015.\n\n"
              "“I never minded it,” Smith said.")
    assert speaker_of(report, "I never minded it") == "Mary Smith"  # one woman, in a report


def test_in_a_story_he_is_the_man_the_teller_just_ran_across() -> None:
    """`I ran across Robert Lane.` / `“…,” he added`: Robert Lane is named only as an object
    and an old friend was named before him, yet a story's he is the man the scene follows."""
    text = (
        "I have been asked, both by my old friend Holmes and by the family, to set down what "
        "happened that summer.\n\nHaving nothing to do in town, I was walking by the river "
        "when I ran across Robert Lane. I had seen little of him for years. We talked of old "
        "times, and it ended in his asking me down to the farm.\n\n"
        "“My sister will be glad to see you again after all this time,” he added.\n\n"
        "“Your sister keeps well?” I asked.\n\n“Quite well,” he replied.\n\n"
        "“Then I shall come,” I said.\n\n“You will like the place,” returned he.\n\n"
        "“I am sure of it,” said I.\n\n“We dine at seven,” cried he."
    )
    assert speaker_of(text, "My sister will be glad") == "Robert Lane"
    assert speaker_of(text, "Quite well") == "Robert Lane"


def test_a_described_man_after_the_boy_s_line_is_the_other_man_in_the_talk() -> None:
    """`“…,” said Randolph.` / `“…!” rejoined the young man`: not the boy who just spoke, but
    the one other man in the conversation."""
    text = (
        "Frederick Winter sat in the hotel garden, smoking after breakfast.\n\n"
        "“Will you give me a lump of sugar?” asked Randolph, a small boy with a stick.\n\n"
        "“Yes, take one,” replied Winter.\n\n“Are you going to Italy?” cried Randolph.\n\n"
        "“To Rome,” returned Winter.\n\n"
        "“I don’t want to go to Italy,” said Randolph. “I want to go home.”\n\n"
        "“Oh, Italy is a beautiful place!” rejoined the young man."
    )
    assert speaker_of(text, "Italy is a beautiful place") == "Frederick Winter"
    # a young man who is anyone at all brings nobody in
    anyone = text.replace("returned Winter.", "returned Winter. In Geneva a young man was "
                          "not at liberty to speak to a young lady he did not know.")
    assert speaker_of(anyone, "Italy is a beautiful place") == "Frederick Winter"
    on = (
        "Old Tom Baker sat by the fire with his nephew Ned Baker.\n\n“The boat is broken,” "
        "cried Tom.\n\n“It was the storm,” replied Ned.\n\n“A bad storm,” returned Tom.\n\n"
        "“They will mend it soon, I think,” said Ned.\n\n"
        "“She will sail again by Friday,” added the young man, laughing."
    )
    assert speaker_of(on, "She will sail again") is None  # `added`: he may be going on


TERRACE = (
    "“You are late,” said John, as I climbed down from the cart.\n\n"
    "“The train was slow,” said I. “It stopped at every village.”\n\n"
    "“Never mind,” returned he. “You are here now. I can tell you, Harry, things have been "
    "hard for us. Do you remember Evie?”\n\n“No.”\n\n"
    "“She came after your time. She keeps the house for my mother.”\n\n"
    "I nodded.\n\n"
    "“Well, the fellow was useful to her, I suppose.”\n\n"
    "“It must be difficult for you all,” I said.\n\n"
    "“Difficult! It is damnable!” cried John."
)


def test_a_story_s_sentence_is_about_the_owner_it_opens_with() -> None:
    """`Marilla's lips twitched. She had expected Mrs. Rachel to call.` / `“…,” she said`: the
    she is Marilla, whose lips open the sentence, not Mrs. Rachel, named after."""
    text = ("“Good evening, Marilla,” said Mrs. Rachel Lynde. “I heard you were ill.”\n\n"
            "“Good evening,” returned Marilla Cuthbert.\n\n“You are well, then?” cried Mrs. "
            "Rachel.\n\n“Quite,” replied Marilla.\n\n“I am glad,” returned Mrs. Rachel.\n\n"
            "Marilla's lips twitched. She had expected Mrs. Rachel to call.\n\n"
            "“Oh, I am quite well,” she said. “Matthew went to the station.”")
    assert speaker_of(text, "Oh, I am quite well") == "Marilla Cuthbert"
    # nor one who owns a person: the sentence is about that person
    kin = text.replace("Marilla's lips twitched. She had expected Mrs. Rachel to call.",
                       "Marilla's sister had come over too. She had expected Mrs. Rachel to call.")
    assert speaker_of(kin, "Oh, I am quite well") != "Marilla Cuthbert"
    # an owner later in the sentence is no subject
    later = text.replace("Marilla's lips twitched. She had expected Mrs. Rachel to call.",
                         "Then, at Marilla's words, Mrs. Rachel frowned.")
    assert speaker_of(later, "Oh, I am quite well") == "Rachel Lynde"


def test_the_teller_s_silent_turn_hands_the_talk_back() -> None:
    """`I nodded.` between two of John's lines is the teller's turn, taken without a word: the
    next line is John's again, not the teller's; unless it calls John by name."""
    got = dict(voices(TERRACE))
    assert got["No"] == "Harry" and got["She came after your time"] == "John"
    assert got["Well, the fellow was useful to her, I suppose"] == "John"
    called = TERRACE.replace("“Well, the fellow", "“Well, John, the fellow")
    assert dict(voices(called))["Well, John, the fellow was useful to her, I suppose"] != "John"
    # a beat that goes on to the teller's own doing is no silent turn
    more = TERRACE.replace("I nodded.\n\n“Well, the fellow was useful to her, I suppose.”",
                           "I nodded. Then a thought struck me.\n\n"
                           "“But how did you know I had it?”")
    assert dict(voices(more))["But how did you know I had it"] != "John"
    longer = TERRACE.replace("I nodded.\n\n“Well, the fellow was useful to her, I suppose.”",
                             "I nodded, and held up the old letter that had come for me this "
                             "morning.\n\n“But how did you know I had it?”")
    assert dict(voices(longer))["But how did you know I had it"] != "John"
    # a beat that is no answer may lead to the teller's own line
    paused = TERRACE.replace("I nodded.\n\n“Well, the fellow was useful to her, I suppose.”",
                             "I hesitated.\n\n“I never met her, I think.”")
    assert dict(voices(paused))["I never met her, I think"] != "John"
    # nor is it a silent turn when it brings somebody in
    visit = TERRACE.replace("I nodded.\n\n“Well, the fellow was useful to her, I suppose.”",
                            "I nodded, and Mary Hale came in with the tea.\n\n“Good evening "
                            "to you both.”")
    assert dict(voices(visit))["Good evening to you both"] != "John"
    # nor one aimed at somebody else
    for aside in ("I bowed, and turned to the lady.", "I asked her whether she had slept."):
        aimed = TERRACE.replace("I nodded.\n\n“Well, the fellow was useful to her, I suppose.”",
                                aside + "\n\n“You must forgive the hour, madam.”")
        assert dict(voices(aimed))["You must forgive the hour, madam"] != "John"
    # after the teller's own line, a nod does not hand the talk back to the teller
    own = TERRACE.replace("mother.”\n\nI nodded.", "mother.”\n\n“I see,” I said.\n\nI nodded.")
    assert dict(voices(own))["Well, the fellow was useful to her, I suppose"] != "Harry"


def test_i_d_and_i_ve_are_the_teller_not_a_name() -> None:
    """`before I’d said a word`: the capital is the pronoun's, so nobody called `I’d` speaks."""
    text = ("‘You’ll be the one for the hostel,’ the driver said, before I’d said a word.\n\n"
            "‘How did you know?’\n\n‘Backpack, boots, looks lost,’ he said.\n")
    assert "I’d" not in who_spoke(text)
    assert "I've" not in who_spoke(text.replace("I’d said", "I've said"))


def test_said_i_ends_a_sentence() -> None:
    """`said I.` is the pronoun, not an initial: the teller's next sentence is theirs too."""
    assert dict(voices(TERRACE))["It stopped at every village"] == "Harry"


def test_a_name_in_words_the_line_quotes_calls_nobody() -> None:
    """`“She cried, ‘Not so soon, Mr. Vale?’ …”`: the line repeats someone else's call, so
    it may still be Mr. Vale's answer to the line before that called him."""
    text = ("Mr. Vale and Lady Brook sat by the fire.\n\n“Where did you meet him?” said she.\n\n"
            "“Ah, where, Mr. Vale?” cried she.\n\n"
            "“At the Duchess's. She caught my arm and cried, ‘You are not leaving so soon, "
            "Mr. Vale?’ and so I stayed.”\n\n“How like her,” said she.")
    assert speaker_of(text, "At the Duchess") == "Mr. Vale"
    # marks for dropped letters quote nothing: the line still calls Jem, so it is not his
    dialect = ("“Well,” said he.\n\n“No,” said she.\n\n“Yes,” said he.\n\nJem and Mr. Grout "
               "came in together.\n\n“I never yowl,” said Jem.\n\n“You do,” said Mr. Grout."
               "\n\n“‘Old your noise, Jem, you’re yowlin’ again.”")
    assert speaker_of(dialect, "Old your noise") != "Jem"


def test_a_call_by_a_surname_more_often_named_means_its_holder() -> None:
    """`“Well, Morgan?”` in a scene with Inspector Morgan, named three times, is not a call to
    the clerk Morgan Hale, named once: the answer is the Inspector's."""
    text = ("Inspector Morgan came into the office at nine. Inspector Morgan hung up his coat "
            "and sat down, and Inspector Morgan read the post that Morgan Hale, the clerk, had "
            "left for him.\n\n“Any news?” said Inspector Morgan.\n\n“None, sir,” replied the "
            "clerk.\n\n“Nothing at all?” cried Inspector Morgan.\n\n“Not a word,” returned the "
            "clerk.\n\nA long silence followed. The fire burned low.\n\n“Well, Morgan?”\n\n“We "
            "wait, and we watch.”")
    assert speaker_of(text, "We wait") == "Morgan"


def test_a_call_by_a_first_name_means_the_person_of_that_first_name() -> None:
    """`“Why, Mary, …”` calls Mary Cavendish, not a place whose name ends in Mary."""
    text = ("Mrs. Vale had come down from town by the early train, and sat now on the lawn at "
            "Styles St. Mary with her niece, Mary Cavendish.\n\n"
            "“Why, Mary, you look tired,” cried Mrs. Vale.\n\n“I slept badly.”\n\n"
            "“You must rest,” said Mrs. Vale.\n\n“I will,” returned she.\n\n“Good,” said she.")
    assert speaker_of(text, "I slept badly") == "Mary Cavendish"
    # of two Marys, the one the story has named most
    two = text.replace("Cavendish.\n\n", "Cavendish. Then Mary Hale came out of the house. "
                       "Mary Hale sat down by her aunt.\n\n")
    assert speaker_of(two, "I slept badly") == "Mary Hale"


_UNNAMED_TELLER = (
    "I found the General in his study, and Polina Marsh by the window.\n\n"
    "“You are late again,” said Polina.\n\n“I was kept at the tables,” I replied.\n\n"
    "“Did you win?”\n\n“I lost everything,” I said.\n\n“Then you must stop playing.”\n\n"
    "“I cannot,” I answered. “It is stronger than I am.”\n\n“You talk like a child.”\n\n"
    "“Perhaps I am one,” I said.\n\n“Then go and play with the children.”\n\n"
    "“Very well,” I said, and went out."
)


def test_a_teller_nobody_names_takes_turns_and_the_narrator_reads_their_lines() -> None:
    """`“I was kept at the tables,” I replied.` / `“Did you win?”`: Polina's turn; the teller's
    own lines stay in the narrator's voice (the narrator is the teller)."""
    got = dict(voices(_UNNAMED_TELLER))
    assert got["Did you win"] == got["You talk like a child"] == "Polina Marsh"
    assert got["Then go and play with the children"] == "Polina Marsh"
    assert got["I lost everything"] is None and got["It is stronger than I am"] is None
    assert [p.name for p in run(_UNNAMED_TELLER).speakers] == ["Polina Marsh"]
    few = _UNNAMED_TELLER.replace("“Perhaps I am one,” I said.", "“Perhaps I am.”").replace(
        "“Very well,” I said,", "“Very well.” I").replace(
        "“You talk like a child.”", "“You talk like a child,” returned she.").replace(
        "said Polina", "cried Polina").replace("children.”", "children,” said she.")
    # three `I said` make no teller, but since round 32 the line after the writer's own is
    # still the one they answered (see _teller_partner)
    assert dict(voices(few))["Did you win"] == "Polina Marsh"


def test_a_one_word_answer_does_not_name_the_teller() -> None:
    """`“Perhaps.”` next to the teller's lines is an answer, not the teller's name (the teller
    would be called `Perhaps`)."""
    few = _UNNAMED_TELLER.replace("“Perhaps I am one,” I said.", "“Perhaps.”").replace(
        "“Very well,” I said,", "“Very well.” I").replace(
        "“You talk like a child.”", "“You talk like a child,” returned she.").replace(
        "said Polina", "cried Polina").replace("children.”", "children,” said she.")
    assert "Perhaps" not in {p.name for p in run(few).speakers}


def test_an_unnamed_speaker_is_named_by_the_noun_phrase_not_the_verb_after_it() -> None:
    """`A spokesman for Platte River declined to address the report but said …`: the speaker
    is `A spokesman for Platte River`; `the House Armed Services Committee` stays whole."""
    text = ("A spokesman for Platte River declined to address the report specifically but said "
            "in a statement that “the company treated the server like any other client.”\n\n"
            "A spokeswoman for the House Armed Services Committee emailed reporters, arguing, "
            "“The text of the law says nothing of the kind, as anyone can see.”")
    assert [p.name for p in run(text).speakers] == [
        "A spokesman for Platte River", "A spokeswoman for the House Armed Services Committee"]
    # a past tense without -ed, or an -ed verb ending its clause, ends the phrase too
    line = "\n\n“We have not been paid for three weeks and nobody will tell us why.”"
    for intro in ("A worker from the mill came out to the gate:", "A worker from the mill smiled:"):
        assert [p.name for p in run(intro + line).speakers] == ["A worker from the mill"], intro
    paid = run("A lawyer for the paid staff spoke after the vote:" + line).speakers
    assert [p.name for p in paid] == ["A lawyer for the paid staff"]
    for intro, name in (("A man in a grey coat stood up at the back:", "A man in a grey coat"),
                        ("A clerk from the bank handed Tom his hat:", "A clerk from the bank"),
                        ("A lawyer for families of men held at the base spoke:",
                         "A lawyer for families of men held at the base")):
        assert [p.name for p in run(intro + line).speakers] == [name], intro


def test_a_common_word_opening_a_sentence_is_no_speaker_of_the_next_quote() -> None:
    """`Rather, he said, continued struggles …` / `“…”`: `Rather` is a word the text also
    writes in lower case, not a person who continued."""
    text = ("Delegates may vote their conscience, rather than follow the rules that bind them, "
            "and some would rather stay home.\n\nJo Humphrey, who calls the plan a folly, said "
            "he does not believe it needs an alternative. Rather, he said, continued struggles "
            "by the campaign will bring support together.\n\n“To my knowledge, there is no "
            "heavy hitter involved as yet, and there may never be one.”")
    assert speaker_of(text, "To my knowledge") in (None, "Jo Humphrey")
    text = ("Peyton Manning spoke to reporters on Wednesday about the young receivers.\n\n"
            "Manning said the team was ready for Sunday.\n\n“We have worked hard all week, "
            "and I like where we are.”")
    assert speaker_of(text, "We have worked hard") == "Peyton Manning"  # a name, not a word


def test_an_unnamed_speaker_s_name_is_one_line_and_not_how_they_speak() -> None:
    """`a\nyoung admirer` read across a line break is `a young admirer`; `said another
    gentleman in a gruff voice` is `another gentleman`."""
    text = ("The opera was ending.\n\n“If anybody can tell a fellow when to wear a black tie, "
            "it is he,” a\nyoung admirer had once said.\n\n“Nobody can,” said another "
            "gentleman in a\ngruff voice.")
    assert [p.name for p in run(text).speakers] == ["a young admirer", "another gentleman"]


def test_a_family_named_in_the_plural_is_nobody_a_pronoun_means() -> None:
    from readaloud.names import name_mention

    page = make_page("Tomas Berg Bergs")
    toks = tokenize(page.text, 0, len(page.text))
    person, family = name_mention(toks, 0, 2, page), name_mention(toks, 2, 3, page)
    assert person is not None and family is not None
    people = People()
    tomas, bergs = people.add(person, 0).key, people.add(family, 11).key
    assert tomas != bergs
    assert people.compatible(tomas, "male") and not people.compatible(bergs, "female")


# --------------------------------------------------------------------------------------------
# Robustness and speed
# --------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(articles())
def test_attribute_never_crashes_and_voices_only_quotes(article: Article) -> None:
    segs = segment(article)
    result = attribute(article, segs)
    assert [(s.start, s.end) for s in result.segments] == [(s.start, s.end) for s in segs]
    names = {s.name for s in result.speakers}
    for s in result.segments:
        assert s.speaker is None or (s.kind == "quote" and s.speaker in names)


def test_a_long_run_of_the_same_bare_organisation_cue_does_not_recurse() -> None:
    """`“…,” the board said.` four hundred times: each looks back for a named board, and a
    bare `the board` found there is read alone, not followed further back (it used to
    recurse through every earlier one until Python gave up)."""
    line = "“We will decide on the harbour plan next week,” the board said."
    result = run("\n\n".join(["The board met again today.", *[line] * 400]))
    quotes = [s for s in result.segments if s.kind == "quote"]
    assert len(quotes) == 400 and all(s.speaker is None for s in quotes)


def test_does_not_mutate_inputs() -> None:
    article = make_article("Headline\n\n“Yes,” Omar Haddad said.")
    segs = segment(article)
    before = (article, segs)
    attribute(article, segs)
    assert (article, segs) == before and all(s.speaker is None for s in segs)


def test_long_novel_like_text_is_linear() -> None:
    para = "“Is it far?” asked Tilly. “Not far,” said the Gardener. They walked on."
    text = "\n\n".join([para] * 2000)
    article = Article("long", text, "", tuple(
        Block("paragraph", m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)))
    result = attribute(article, segment(article))
    assert {s.name for s in result.speakers} == {"Tilly", "Gardener"}


def test_blocks_given_out_of_order_do_not_crash() -> None:
    text = "“One,” said Ann Vole. “Two,” said Ann Vole."
    blocks = (Block("paragraph", 22, len(text)), Block("paragraph", 0, 21), Block("title", 5, 3))
    article = Article("odd", text, "", blocks)
    attribute(article, segment(article))


def test_a_bare_surname_is_not_the_one_the_writer_calls_by_first_name() -> None:
    """`Ebeling and her husband, Tom`: of two people of one surname named equally often, the
    bare surname is not the one the writer calls by the first name (here a brand, `Tom's
    shoes`, ties the count before the first bare `Ebeling`)."""
    text = (
        "Betsy Ebeling, 68, has been a friend of the candidate since sixth grade.\n\n"
        "Wearing a pair of Tom’s shoes, Ebeling and her husband, Tom, were greeted by an "
        "organizer.\n\n"
        "“We live in Chicago,” Ebeling said. “We came today because she is a good friend.”\n\n"
        "“It goes in here and goes out here,” Tom Ebeling said.\n\n"
        "“Tell her I promised you a picture,” Ebeling said.\n\n"
        "“This is one of her oldest friends,” Tom told a volunteer.")
    assert speaker_of(text, "We live in Chicago") == "Betsy Ebeling"
    assert speaker_of(text, "promised you a picture") == "Betsy Ebeling"
    assert speaker_of(text, "goes out here") == "Tom Ebeling"
    assert speaker_of(text, "oldest friends") == "Tom Ebeling"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Jill Browning and Tom Hale met reporters on Sunday. “We played well,” said Browning."
     "\n\nBrowning was blunt: “We have to be much better next week than this.”",
     "Jill Browning"),
    ("Jill Browning and Tom Hale met reporters on Sunday. “We played well,” said Browning."
     "\n\nBrowning was blunt:\n\n“We have to be much better next week than this.”",
     "Jill Browning"),
    ("Sen. Jack Reed and Tom Hale met reporters on Sunday. “We played well,” Hale said."
     "\n\nReed was blunt: “We have to be much better next week than this.”", "Jack Reed"),
    ("Bill O’Reilly and Tom Hale met reporters on Sunday. “We played well,” said O’Reilly."
     "\n\nO’Reilly was blunt: “We have to be much better next week than this.”",
     "Bill O’Reilly"),
    ("Joe McNally and Tom Hale met reporters on Sunday. “We played well,” said McNally."
     "\n\nMcNally was blunt: “We have to be much better next week than this.”", "Joe McNally"),
    ("Tom Hale met reporters on Sunday. “We played well,” Dr. Browning said.\n\nBrowning was "
     "blunt: “We have to be much better next week than this.”", "Browning"),
    # a participle or a gerund that the article never capitalises mid-sentence is no name
    ("Tom Hale met reporters on Sunday. “We played well,” Hale said.\n\nFundraising was "
     "blunt: “We have to be much better next week than this.”", None),
])
def test_a_name_ending_like_a_participle_opens_a_sentence(text: str, speaker: str) -> None:
    """`Browning was blunt:`: a surname ending in -ing, -ed or -ly that the article writes
    capitalised after another word (`said Browning`) is a name at a sentence's start too."""
    assert speaker_of(text, "much better next week") == speaker


def test_mrs_of_a_surname_is_not_the_son_named_in_full() -> None:
    """`Mrs. Archer` is Newland Archer's mother, not Newland, whose first name is nobody's we
    know and whom the narration calls his: she gets her own voice and he stays a man."""
    text = (
        "Newland Archer opened the door at the back of the club box and turned his eyes to "
        "the stage.\n\n"
        "Mrs. Archer, who was fond of coining her social philosophy into axioms, had once "
        "said: “We all have our pet common people.”\n\n"
        "“They are nothing of the kind,” said Newland Archer, and he laughed.")
    got = run(text)
    assert speaker_of(text, "pet common people") == "Mrs. Archer"
    assert speaker_of(text, "nothing of the kind") == "Newland Archer"
    genders = {s.name: s.gender for s in got.speakers}
    assert genders["Mrs. Archer"] == "female" and genders["Newland Archer"] != "female"


@pytest.mark.parametrize(("text", "speaker"), [
    # a woman whose first name we do not know, named in full, then as Mrs. or Ms.
    ("Ngozi Okafor, a nurse, was at the hospital when the power failed.\n\n“We worked by "
     "torchlight,” Mrs. Okafor said.\n\n“Nobody slept,” Okafor added.", "Ngozi Okafor"),
    ("Minyon Moore, a longtime adviser, spoke on Monday. “We will win this,” Ms. Moore said.",
     "Minyon Moore"),
    # a woman's first name: she is Mrs. Clinton even when `his` follows her name
    ("Hillary Clinton shook his hand and smiled.\n\n“We will win this,” Mrs. Clinton said.",
     "Hillary Clinton"),
])
def test_mrs_of_a_surname_is_the_woman_named_in_full(text: str, speaker: str) -> None:
    assert [s.name for s in run(text).speakers] == [speaker]


@pytest.mark.parametrize(("cue", "speaker"), [
    ("Mr. Vale assented", "Mr. Vale"),
    ("the boy hazarded", "the boy"),
    ("ventured Mr. Vale", "Mr. Vale"),
    ("I remonstrated", None),  # the teller nobody names: the narrator reads it
    ("interposed the boy", "the boy"),
    ("persisted Mr. Vale", "Mr. Vale"),
])
def test_story_verbs_of_saying_something_carefully_are_cues(cue: str, speaker: str | None
                                                           ) -> None:
    """`“…,” Winterbourne assented.`, `“Perhaps,” young Thorley hazarded`: verbs that say
    how a line was offered are cues right after it."""
    text = GARDEN + f"\n\n“Then I may take two, and keep one for my sister,” {cue}."
    assert speaker_of(text, "keep one for my sister") == speaker
    if speaker is None:
        assert any(s.cue == cue for s in run(text).segments if "my sister" in s.text)


def test_a_verb_of_offering_with_a_particle_says_where_somebody_went() -> None:
    """`The boy ventured in.` after a line is no cue (the turns give it to Mr. Vale), nor is
    `Adele ventured into acting` after an album's title."""
    text = GARDEN + "\n\n“You may come into the garden now, if you like.” The boy ventured in."
    assert speaker_of(text, "come into the garden") == "Mr. Vale"
    title = "After the album “Songs for a Long Winter Night,” Adele ventured into acting."
    assert speaker_of(title, "Songs for a Long") is None


@pytest.mark.parametrize(("text", "speaker"), [
    # the first name was the last of the two named, as a subject: it is him
    ("Bernie Sanders and his wife, Jane Sanders, arrived in Iowa on Sunday.\n\nJane Sanders "
     "spoke briefly to the volunteers. Then Bernie took the stage.\n\n“We are going to win "
     "this state,” Sanders said.", "Bernie Sanders"),
    # one named more often wins, first name or not
    ("Bernie Sanders and his wife, Jane Sanders, arrived in Iowa on Sunday. Bernie Sanders "
     "waved. Bernie smiled.\n\n“We are going to win this state,” Sanders said.",
     "Bernie Sanders"),
])
def test_a_first_name_tells_people_apart_only_on_a_tie(text: str, speaker: str) -> None:
    assert speaker_of(text, "win this state") == speaker


def test_a_cue_clause_ended_by_a_semicolon_is_a_short_tail() -> None:
    """`“It’s the first position in dancing.” Alice said; but was dreadfully puzzled …`: the
    cue is a short clause of its own though the sentence goes on (Alice's lines turned to
    the Gryphon by the turn-taking when the cue was missed)."""
    text = GARDEN + (
        "\n\n“It is the first position in dancing.” Mr. Vale said; but was dreadfully puzzled "
        "by the whole thing, and longed to change the subject.")
    assert speaker_of(text, "first position in dancing") == "Mr. Vale"
    again = GARDEN + (  # the turns alone would give it to Mr. Vale
        "\n\n“It is the first position in dancing.” the boy said; but was dreadfully puzzled "
        "by the whole thing, and longed to change the subject.")
    assert speaker_of(again, "first position in dancing") == "the boy"
    report = ("“The vote is on Tuesday.” The deal was signed; Smith said it would hold until "
              "the spring of next year at the earliest.")
    assert speaker_of(report, "vote is on Tuesday") is None


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the name set off by commas after a role speaks: `he says` is him, not the owner
    ("Senator Alan Reed announced his campaign last week.\n\nReed’s adviser, Tom Hale, says "
     "his man has the money and the time. “He will win this state easily,” he says.",
     "win this state", "Tom Hale"),
    # the last words of a longer aside are nobody who speaks
    ("Mark Toll, 49, a civilian employee of the Air Force, said Hillary Clinton should be "
     "ready. He attended the rally.\n\n“It is going to be all guns blazing,” he said.",
     "all guns blazing", "Mark Toll"),
])
def test_a_name_set_off_after_a_role_is_the_speaker(text: str, words: str, speaker: str
                                                    ) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("word", "state"), [
    ("R-Iowa", "iowa"), ("D-N.Y.", "new york"), ("(R-Ky.)", "kentucky"), ("D-Vt.", "vermont"),
    ("R-Texas", "texas"), ("I-Maine", "maine"), ("R-FL", "florida"), ("R-Zz.", None),
    ("Crouse-Mays", None),
])
def test_a_party_label_gives_the_state(word: str, state: str | None) -> None:
    assert party_state(word) == state


@pytest.mark.parametrize(("words", "state"), [
    ({"new", "jersey", "governor"}, "new jersey"), ({"ohio", "gov"}, "ohio"),
    ({"west", "virginia", "senator"}, "west virginia"), ({"virginia", "senator"}, "virginia"),
    ({"senator"}, None), ({"ohio", "iowa"}, None),
])
def test_title_words_name_one_state(words: set[str], state: str | None) -> None:
    assert state_of(words) == state


@pytest.mark.parametrize(("text", "speaker"), [
    # a governor known from another state is not `the New Jersey governor`
    ("Ohio Gov. John Kasich spoke on Monday.\n\nChris Christie was on the trail in New "
     "Hampshire again. Sooner or later, the New Jersey governor told reporters, “it starts to "
     "pay off for every one of us in the end.”", "Chris Christie"),
    # nor a senator known from another state by a party label, or by `of`
    ("Sen. Joni Ernst, R-Iowa, spoke first.\n\nThe Florida senator told reporters that “we "
     "will see what it translates to a week from tonight.”", None),
    ("Sen. Amy Hale of Iowa spoke first.\n\nThe Florida senator told reporters that “we "
     "will see what it translates to a week from tonight.”", None),
    # a senator nothing places may be another one the article never called senator
    ("Sen. Bernie Sanders spoke in Iowa on Monday. Hillary Clinton answered him.\n\n“We "
     "will see what it translates to a week from tonight,” the Vermont senator said.", None),
    # one known from that state is meant
    ("Vermont Sen. Bernie Sanders spoke in Iowa on Monday. Hillary Clinton answered him.\n\n"
     "“We will see what it translates to a week from tonight,” the Vermont senator said.",
     "Bernie Sanders"),
    ("Sen. Bernie Sanders (I-Vt.) spoke in Iowa on Monday. Hillary Clinton answered him.\n\n"
     "“We will see what it translates to a week from tonight,” the Vermont senator said.",
     "Bernie Sanders"),
])
def test_a_role_that_names_a_state_is_somebody_from_there(text: str, speaker: str | None
                                                        ) -> None:
    words = "pay off" if "pay off" in text else "what it translates"
    assert speaker_of(text, words) == speaker


def test_in_a_report_his_wife_is_not_the_last_woman_named() -> None:
    """`his wife` in a report is nobody the article names as his wife; the woman named last
    (his rival) is not her, but a voice of her own, `his wife` (round 48). Stories keep their
    nearest-woman reading (see resolve_kin)."""
    text = ("Bernie Sanders spoke in Iowa on Monday. Hillary Clinton spoke in Ohio.\n\n"
            "As the crowd cheered Sanders, his wife whispered to him: “They are still with you, "
            "all of them, tonight.”")
    assert speaker_of(text, "still with you") == "his wife"


@pytest.mark.parametrize(("text", "speaker"), [
    # the speech verb of an opening `When …,` clause is not the main clause's
    ("When Reed suggested that the city would sue the state over the deal, Vale fired back "
     "forcefully: “If they sue us in a court in Miami, they are going to lose.”", "Vale"),
    # with no main clause before the quote, the opening clause's verb is the quote's
    ("As Reed said at the rally, “we will win this state and then the next one after it.”",
     "Reed"),
])
def test_a_verb_in_an_opening_clause_is_not_the_quotes(text: str, speaker: str) -> None:
    assert speaker_of(text, "they are going to lose" if "sue" in text
                      else "win this state") == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # `said of X` names whom the words are about, not who says them
    ("Recalling that moment, Dan Pryor, who ran the campaign, said of Sanders: “The question "
     "is, will he do the same thing this year?”", "Dan Pryor"),
    ("An adviser, who spoke on the condition of anonymity, said of the senator, “The question "
     "is, will he do the same thing this year?”", None),
    # `said Smith` still names the speaker
    ("The plan was dropped on Monday, said Dan Pryor: “The question is, will he do the same "
     "thing this year?”", "Dan Pryor"),
])
def test_said_of_somebody_is_not_their_line(text: str, speaker: str | None) -> None:
    assert speaker_of(text, "the same thing this year") == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a `who said` clause makes the name the sentence's speaker, even after `by`
    ("Hillary Clinton's position was supported on Friday by Sen. Dana Pike of Ohio, the top "
     "Democrat on the panel, who said none of the emails began with her.\n\n“It has never "
     "made sense to me that she is held responsible,” she said in a statement.", "Dana Pike"),
    # not a `who has called` (no speech)
    ("Asked whether she feared that Donna Pike, the nominee, who has called the plan a hoax, "
     "could win, Mary Ban demurred.\n\n“There is just one science,” she said.", "Mary Ban"),
])
def test_a_who_said_clause_names_a_speaker(text: str, speaker: str) -> None:
    words = next(w for w in ("never made sense", "one science") if w in text)
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("line", "speaker"), [
    # an old style sets the cue off with a semicolon
    ("“No”; said Mr. Vale approvingly; “no, you could not have known it.”", "Mr. Vale"),
    # a clause after a semicolon is no cue
    ("“No”; Mr. Peck said it would rain before night, and went indoors.", None),
])
def test_a_cue_after_a_semicolon(line: str, speaker: str | None) -> None:
    assert speaker_of(GARDEN + "\n\n" + line, "No") == speaker


@pytest.mark.parametrize(("beat", "speaker"), [
    # a short paragraph of action hands the next paragraph's line to its subject
    ("Kitty leant forward.", "Kitty"),
    # not a sentence that describes somebody, nor the teller's own gesture
    ("Kitty had a stubborn streak.", None),
    ("I nodded.", None),
    # nor a long paragraph of narration
    ("The rain beat on the windows of the little parlour. " * 4 + "Kitty leant forward.",
     None),
    # nor a paragraph with a line in it: that is talk, where the turns decide (here they
    # cannot)
    ("“Good morning, all,” said Mr. Vale. Kitty leant forward.", None),
    # nor a beat aimed at somebody else, or a leaving, unless the subject turns to speak
    ("Mrs. Vale looked sharply at Kitty.", None),
    ("Mr. Vale handed his daughter Kitty the letter.", None),
    ("Mr. Vale handed him the letter.", None),
    ("Mr. Vale left the room without a word.", None),
    ("Kitty turned to Mrs. Vale, smiling.", "Kitty"),
])
def test_a_beat_paragraph_hands_the_next_line_to_its_subject(beat: str, speaker: str | None
                                                             ) -> None:
    text = (HEARTH + "\n\n* * *\n\nThe next morning the rain had stopped, and the whole family"
            " sat at breakfast in the little parlour.\n\n" + beat + "\n\n“Is he handsome, "
            "mamma?”")
    assert speaker_of(text, "Is he handsome") == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the object of a verb, then `who said`, is not who the next he/she means
    ("Mary Ban criticized Ann Cole, who said on Sunday that the plan would fail.\n\n“That is "
     "just not true,” she said.", "just not true", "Mary Ban"),
    # nor does `who continued working` report words
    ("Tom Reed, the mayor, thanked the plant. Later John Hale, who continued working at the "
     "plant, spoke.\n\n“He never gave up,” he said.", "never gave up", "John Hale"),
    # a place set off after the subject is not the name of a role's aside
    ("Mark Toll, 49, Waterloo, said the plan was bad. He left early.\n\n“It is a joke from "
     "start to end,” he said.", "a joke from", "Mark Toll"),
])
def test_asides_after_a_subject_do_not_speak(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # one brought in as somebody's relative is not who the bare surname means
    ("Dora Woods, whose husband, Navy SEAL Tyler Woods, died in the attack, spoke on Monday."
     "\n\n“We are going to win this state,” Woods said.", "Dora Woods"),
    ("As Donald Trump began tweeting, his son said the campaign was just getting started.\n\n"
     "Eric Trump, son of the front-runner, spoke on Monday. “It is a great compliment,” Eric "
     "Trump said.\n\n“It will be an interesting battle,” Eric Trump said.\n\n“We are going "
     "to win this state,” Trump tweeted.", "Donald Trump"),
    # a relative named first but not as a relative does not take the surname
    ("Ivanka Trump introduced her father at the rally on Monday. Donald Trump then spoke for "
     "an hour.\n\n“We are going to win this state,” Trump said.", "Donald Trump"),
])
def test_a_relative_does_not_take_a_shared_surname(text: str, speaker: str) -> None:
    assert speaker_of(text, "win this state") == speaker


def test_a_story_s_relative_is_not_the_one_they_are_related_to() -> None:
    """`Mrs. Lane, Mary's mother,` is not Mary Lane, and `his sister Rosamond Vincy` is not
    the `Mr. Vincy` just named as his father (a first name of no known gender; `sister`
    says she is a woman)."""
    farm = who_spoke(INN + "\n\n“The cows are out,” said Mary Lane.\n\nMrs. Lane, Mary's mother, "
                     "was a tall woman with grey hair.\n\n“Mary!” said Mrs. Lane.\n\n“Yes, "
                     "mother,” said Mary.")
    assert farm[-3:] == ["Mary Lane", "Mrs. Lane", "Mary Lane"]
    breakfast = who_spoke(INN + "\n\nFred Vincy came home with Mr. Lydgate. His father, Mr. "
                          "Vincy, and his sister Rosamond Vincy were at breakfast.\n\n“You are "
                          "late,” said Rosamond.\n\n“Welcome, Mr. Lydgate,” said his father.")
    assert breakfast[-2:] == ["Rosamond Vincy", "Mr. Vincy"]



def _without_rules(text: str) -> Article:
    """As the reader gives it: a line like `___.` between two paragraphs is in no block."""
    article = make_article(text)
    blocks = tuple(b for b in article.blocks if any(c.isalnum() for c in text[b.start:b.end]))
    return replace(article, blocks=blocks)


def _quotes(article: Article) -> dict[str, str | None]:
    """Each quote segment's text and speaker, for an article built outside `run`."""
    return {s.text: s.speaker for s in attribute(article, segment(article)).segments
            if s.kind == "quote"}


def test_a_he_of_a_report_does_not_reach_across_a_separator_line() -> None:
    # AP's "The Latest": items apart by `___.`; the man of the item before is not `he`
    text = ("Headline\n\nChris Christie got a heated reception in Hampstead.\n\n"
            "Christie slipped in a back door. He said he loved the noise.\n\n___.\n\n"
            "12:00 p.m.\n\nDemocratic candidate Bernie Sanders is choosing not to respond.\n\n"
            "Instead, the Vermont senator is sticking to his message.\n\n"
            "“We have come a long way in the last nine months,” he told supporters.")
    assert list(_quotes(_without_rules(text)).values()) == ["Bernie Sanders"]


def test_a_he_of_a_story_goes_on_across_a_scene_break() -> None:
    # a novel's `* * *` starts a scene, most often of the one the story follows
    text = ("Headline\n\n“Come in,” said Tom Vale.\n\n“Thank you,” said Ann.\n\n"
            "“Sit down,” said Tom.\n\n“I will,” said Ann.\n\n“Tea?” said Tom.\n\n"
            "Tom Vale walked home alone that night.\n\n* * *\n\n"
            "The next morning he rose early.\n\n“What a day it will be,” he said.")
    assert _quotes(_without_rules(text))["“What a day it will be,”"] == "Tom Vale"


@pytest.mark.parametrize(("gap", "separates"), [
    ("\n\n___.\n\n", True), ("\n__.\n", True), ("\n* * *\n", False), ("\n~~~~~.\n", False),
    ("\nX.\n", False), ("\n\u202a\n", False), ("\n_\n", False), ("\n___ TOP ___\n", False),
])
def test_what_separates_a_report_s_items(gap: str, separates: bool) -> None:
    from readaloud.attribute import _item_rule

    assert _item_rule(gap) is separates


def test_a_he_of_a_feature_goes_on_across_a_scene_break() -> None:
    # a profile's `* * *` goes on following the one it is about
    text = ("Headline\n\nMaria Lopez has run the bakery on Dock Street for thirty years, and "
            "her bread is known in every house of the town.\n\n* * *\n\nEvery morning she "
            "arrives at four.\n\n“The ovens do not wait for anyone, least of all me,” she said.")
    assert list(_quotes(_without_rules(text)).values()) == ["Maria Lopez"]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the campaign of the woman `her` means, not the last campaign named
    ("Bernie Sanders won on Tuesday.\n\nThe Sanders campaign said: “We were just declared the "
     "winner, and we thank you.”\n\nHillary Clinton lost. Her campaign quickly blasted out an "
     "email to supporters stating, “Speaker Paul Ryan joins the growing list of critics.”",
     "Speaker Paul Ryan", "Clinton campaign"),
    # no campaign named before: `his campaign` is still his, and one speaker with `the Sanders
    # campaign` written later
    ("Bernie Sanders won on Tuesday. Even before he took the stage, his campaign sent out a "
     "text message saying: “With your help, we were just declared the winner!”\n\n"
     "The Sanders campaign later said: “We thank every voter in the state.”",
     "With your help", "Sanders campaign"),
    # the one man named before it in its own sentence, though only in an opening clause
    ("Al Sharpton, the civil rights leader and television host, will have Bernie Sanders to "
     "breakfast on Wednesday.\n\nEven before Sanders took the stage to acknowledge his victory, "
     "his campaign sent out a text message to supporters saying: “With your help, we were "
     "just declared the winner!”", "With your help", "Sanders campaign"),
    ("President Barack Obama spoke in Ohio on Monday. His administration later said in a "
     "statement: “The rules will change next year for every school.”",
     "The rules will change", "Obama administration"),
    ("Hillary Clinton spoke in Ohio. Her presidential campaign later said: “We will open ten "
     "offices in the state this month.”", "We will open ten", "Clinton campaign"),
    # the one an opening phrase is about is no subject of its own
    ("Marco Rubio spoke in Iowa on Monday. Asked about Ted Cruz, his campaign issued a "
     "statement: “We will not answer every attack from the senator.”", "every attack",
     "Rubio campaign"),
    ("Governor Jerry Brown spoke in Sacramento. After meeting Mayor Eric Garcetti, his "
     "administration said in a statement: “The two leaders agreed on the water plan.”",
     "The two leaders", "Brown administration"),
    ("Robert F. Kennedy Jr. spoke in Ohio on Monday. His campaign said: “We will be on the "
     "ballot in every state by the fall.”", "on the ballot", "Kennedy campaign"),
    # … but only a whole surname: the Bryan campaign is not Ryan's
    ("The Bryan campaign said: “We are in this race until the very end.”\n\nPaul Ryan spoke in "
     "Ohio on Monday. His campaign said: “We will open ten offices in the state.”",
     "ten offices", "Ryan campaign"),
    # a campaign named before in full, for a name of three words
    ("Rep. Debbie Wasserman Schultz spoke in Miami.\n\nThe Wasserman Schultz campaign said: "
     "“Every vote will be counted in this district.”\n\nOn Tuesday her campaign added: “We "
     "expect to win the primary by twenty points.”", "We expect to win",
     "Wasserman Schultz campaign"),
])
def test_his_or_her_campaign_is_the_campaign_of_the_one_meant(
        text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_his_campaign_of_nobody_sure_stays_with_the_narrator() -> None:
    text = ("Tom Rusk and Omar Haddad met on Monday. His campaign said in a statement: "
            "“We will not debate again this year, whatever the polls say.”")
    assert speaker_of(text, "We will not debate") is None
    text = ("After Tom Rusk met Omar Haddad on Monday, his campaign said in a statement: "
            "“We will not debate again this year, whatever the polls say.”")
    assert speaker_of(text, "We will not debate") is None


def test_somebody_brought_in_as_named_x_is_a_person() -> None:
    text = ("The rally ended early. The woman who started it all identified herself to CNN as a "
            "52-year-old resident named Caroline. “He truly cares about the American people,” "
            "she said of Trump.")
    assert speaker_of(text, "He truly cares") == "Caroline"


def test_a_he_or_she_after_a_preposition_and_that_is_still_the_subject() -> None:
    # `that` is a pronoun here: `she` opens the main clause
    text = ("Jane Roe toured the farms of the county this week. She met the governor on Monday. "
            "After that she is “going to fight for every family farm in the state, whatever it "
            "costs.”")
    assert speaker_of(text, "going to fight") == "Jane Roe"


@pytest.mark.parametrize(("text", "main"), [
    ("Even before Sanders took the stage, his campaign sent", "his"),
    ("Just after the vote, Smith said", "Smith"),
    ("When the vote came, Smith said", "Smith"),
    ("Even so, Smith said", "Even"),  # `so` opens no clause
    ("Even", "Even"),  # nothing after the adverb
])
def test_where_the_main_clause_starts(text: str, main: str) -> None:
    toks = tokenize(text, 0, len(text))
    k = opening_clause_end(toks, 0, len(toks), make_page(text))
    assert toks[k].text == main


@pytest.mark.parametrize(("words", "opens"), [
    ("Even before ", True), ("When ", True), ("just after ", True),
    ("Asked about ", False), ("Even ", False), ("", False), ("After meeting ", False),
])
def test_what_opens_a_subordinate_clause(words: str, opens: bool) -> None:
    assert opening_subordinator(words) is opens


def test_the_name_after_said_that_a_verb_follows_is_what_was_said_about() -> None:
    # `said Trump continued…`: Trump is the subject of what Murphy said, not a speaker
    text = ("Trump still has fences to mend. Brian Murphy, the chairman of the county party, for "
            "example, said Trump continued to hurt his cause by taking on the senator.\n\n"
            "“I don’t think it’s cut well for him,” he said on Friday.")
    assert speaker_of(text, "cut well for him") == "Brian Murphy"
    # … while an inverted cue's speaker before a full stop or a comma is one
    text = ("The vote was close. “We lost by ten votes in the end,” said Omar Haddad, the "
            "mayor.\n\n“Nobody on this council has read the report,” he said.")
    assert speaker_of(text, "Nobody on this council") == "Omar Haddad"


_TEA_PARTY = (
    "“Have some wine,” said the Hare.\n\n“I don't see any wine,” said Alice.\n\n"
    "“There isn't any,” said the Hare.\n\n“Then it wasn't very civil of you,” said Alice.\n\n"
    "“Your hair wants cutting,” said the Hatter.\n\n“What day of the month is it?” said the "
    "Hatter, turning to Alice.\n\n")


@pytest.mark.parametrize(("line", "words", "speaker"), [
    # a story's short line right after its speech verb, with no comma
    ("Alice considered a little, and then said “The fourth.”", "The fourth", "Alice"),
    ("The Hatter drew a long breath, and said severely “That is very curious.”",
     "very curious", "Hatter"),
    # the words on a label, or words somebody is to say, are nobody's line
    ("It was all very well for Alice to say “Drink me.”", "Drink me", None),
    ("Alice was obliged to say “Creatures.”", "Creatures", None),
    ("The Hatter said “twinkle” twice, and stopped.", "twinkle", None),
    ("The Hatter said “Twinkle” twice, and stopped.", "Twinkle", None),
    ("The Hatter said “twinkle, twinkle.”", "twinkle, twinkle", None),
    ("The Gryphon only called out “Come on!”", "Come on", "Gryphon"),
    # words never said, or written
    ("Alice had never once said “Thank you.” to anyone.", "Thank you", None),
    ("The Hatter did not say “Sorry.” He just left.", "Sorry", None),
    ("The Hatter didn't say “Sorry.” at all.", "Sorry", None),
    ("Alice wrote “Closed.” on the door.", "Closed", None),
    ("Alice found a bottle, and the Hatter called it “Poison!”", "Poison", None),
])
def test_a_story_s_short_line_after_its_verb(line: str, words: str, speaker: str | None
                                             ) -> None:
    assert speaker_of(_TEA_PARTY + line, words) == speaker


def test_a_report_s_short_exclamation_after_a_verb_stays_woven() -> None:
    text = ("Rep. Joe Wilson, the congressman who gained attention in 2009 when he yelled "
            "“You lie!” at the president, endorsed the senator on Friday.")
    assert speaker_of(text, "You lie") is None


@pytest.mark.parametrize(("line", "speaker"), [
    ("At last the Mouse, who seemed to be a person of authority among them, called out, “Sit "
     "down, all of you, and listen to me!”", "Mouse"),
    ("And then Tom Vale, who seemed to be a person of authority, said, “Sit down, all of you, "
     "and listen to me!”", "Tom Vale"),
])
def test_an_opening_adverbial_before_a_subject_and_its_aside(line: str, speaker: str) -> None:
    assert speaker_of(_TEA_PARTY + line, "Sit down") == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # an opening adverbial is no subject: the one after it is
    (_TEA_PARTY + "Very soon the Rabbit noticed Alice, as she went hunting about, and called out "
     "to her in an angry tone, “Why, Mary Ann, what are you doing out here?”", "Mary Ann",
     "Rabbit"),
    ("Alice sat alone by the pool. Presently she began again. “I wonder if I shall fall right "
     "through the earth!”", "I wonder if", "Alice"),
    # … while a place or a clause opened by `At` or `Once` is skipped as before
    ("At the Capitol, Pelosi was blunt: “We have the votes, and we will show them next week.”",
     "We have the votes", "Pelosi"),
    ("Once the Senate voted, Schumer was blunt: “This is the first round of many, not the "
     "last.”", "first round", "Schumer"),
    ("At the Justice Department, Garland had a warning for the protesters: “Nobody is above "
     "the law here.”", "above the law", "Garland"),
])
def test_who_an_opening_adverbial_leaves_as_the_subject(
        text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("text", "subject"), [
    ("At last the Mouse called out", "the"), ("Very soon the Rabbit noticed", "the"),
    ("And then Tom Vale said", "Tom"), ("Presently she began", "she"),
    ("Long Tran said", "Long"),  # one such word before a capital opens a name
    ("At the White House, Obama said", "At"),  # a place: main_subject skips it itself
    ("Once inside, Pence said", "Once"),  # a clause (see opening_clause_end)
    ("Once more the Mouse called", "the"),
    ("The Mouse said", "The"),
])
def test_where_a_subject_starts_after_an_opening_adverbial(text: str, subject: str) -> None:
    toks = tokenize(text, 0, len(text))
    assert toks[opening_adverbial(toks)].text == subject


@pytest.mark.parametrize(("line", "words", "speaker"), [
    # a capitalised title nobody holds is a character of its own, not the last one who spoke
    ("“Take off your hat,” the King said to the Hatter.", "Take off your hat", "King"),
    # a plain text's emphasis closes after the quote's own punctuation
    ("“It isn't mine,” said the Hatter.\n\n“_Stolen!_” the King exclaimed, turning to the jury.",
     "Stolen", "King"),
    # one who holds the title is still meant, and a title is not doubled
    ("Captain Vale came in from the rain.\n\n“Good morning to you all,” said the Captain.",
     "Good morning", "Vale"),
    ("“Will you dance with me, Fanny?” said Tom.\n\n“With pleasure, I am sure,” replied the "
     "Lady.", "With pleasure", "Lady"),
])
def test_a_story_s_capitalised_title_speaks_for_itself(line: str, words: str, speaker: str
                                                       ) -> None:
    assert speaker_of(_TEA_PARTY + line, words) == speaker


def test_a_plain_text_s_emphasis_after_a_quote_s_punctuation() -> None:
    # Project Gutenberg's `_…_` closes after the `!`: the quote still ends mid-sentence
    text = ('Headline\n\n"Have some wine," said the Hare.\n\n"I don\'t see any wine," said '
            'Alice.\n\n"There isn\'t any," said the Hare.\n\n"Then it wasn\'t very civil of '
            'you," said Alice.\n\n"Your hair wants cutting," said the Hatter.\n\n"Take off your '
            'hat," the King said to the Hatter.\n\n"It isn\'t mine," said the Hatter.\n\n'
            '"_Stolen!_" the King exclaimed, turning to the jury, who instantly made a memorandum '
            'of the fact.\n')
    assert _quotes(text_article(text, "story.txt"))['"_Stolen!_"'] == "King"


@pytest.mark.parametrize(("line", "words", "speaker"), [
    # a later verb with its own subject introduces the second part
    ("“What is his sorrow?” Alice asked the Gryphon, and the Gryphon answered, very nearly in "
     "the same words as before, “It's all his fancy, that.”", "all his fancy", "Gryphon"),
    # … not one inside a clause about something else
    ("“Of course it is,” said the Duchess, who seemed ready to agree to everything that Alice "
     "said; “there's a large mine near here.”", "large mine", "Duchess"),
    ("“Yes,” said the Hatter, and, as the Hare warned, “we are all mad here, every one.”",
     "all mad here", "Hatter"),
    ("“Yes,” said the Hatter, and, though Alice objected, “we are all mad here, every one.”",
     "all mad here", "Hatter"),
])
def test_the_second_part_of_an_interrupted_quote(line: str, words: str, speaker: str) -> None:
    assert speaker_of(_TEA_PARTY + line, words) == speaker



@pytest.mark.parametrize("scene", [
    "FAIRY_TALE", "KITCHEN", "HEARTH", "SCHOOLROOM", "CAFE", "STUDY", "FIESTA", "VALES",
    "MORNING_CALL", "TERRACE", "_UNNAMED_TELLER",
])
def test_a_hard_wrapped_story_reads_the_same(scene: str) -> None:
    """A plain-text novel breaks its lines at any space (`“…, Harry,\\nthings…`, `…,”\\nsaid
    I`): every line break inside a paragraph reads as a space, so the same scene set one word
    to a line gives every quote the same speaker."""
    text = globals()[scene]
    wrapped = re.sub(r"(?<=\S) (?=\S)", "\n", text)
    assert [s for _q, s in voices(wrapped)] == [s for _q, s in voices(text)]
    # and with Windows line ends, as Project Gutenberg's plain texts come
    crlf = wrapped.replace("\n", "\r\n")
    assert [s for _q, s in voices(crlf)] == [s for _q, s in voices(text)]


def test_short_lines_standing_alone_make_a_text_dialogue() -> None:
    """A scene written with modern cues (`Wes said`, as news writes them) was read as news,
    and each uncued reply went on in the voice of the line before (review 16: most of its
    wrong voices in fiction). Three paragraphs that are one short line and nothing else make
    a text dialogue; news sets a speech's sentences or a crowd's answers apart, but long,
    cued or one word (`“Nooooo!”`), or two at most."""
    from readaloud.attribute import dialogue_style

    night = ("At two in the morning Wes sat behind the counter and Nora mopped the floor.\n\n"
             "“Seven letters,” Wes said. “A feeling of unease.”\n\n“Anxiety, I "
             "think.”\n\n“That's seven?”\n\n“Count it.”")
    assert dialogue_style(make_article("Night Shift\n\n" + night))
    assert who_spoke(night) == ["Wes", "Wes", "Nora", "Wes", "Nora"]
    two = night.rsplit("\n\n", 1)[0].replace("At two in the morning", "At 2 a.m.")
    assert not dialogue_style(make_article("Night Shift\n\n" + two))  # a figure: no story
    speech = ("The senator spoke for an hour.\n\n“We will not give up,” Senator Ann Roe "
              "said.\n\n“We will fight for every family in this state, in every town and every "
              "county, for as long as it takes.”\n\n“We owe them that much, and more than "
              "that, and we will not forget it in November or after.”\n\n“Nobody in this hall "
              "should doubt it for one moment, not one of you, not ever again.”")
    assert not dialogue_style(make_article("Rally\n\n" + speech))
    # a British report's cued lines in single quotes are no lone lines
    british = ("Residents of Elm Road met on Tuesday. Jane Hart and Mark Dean spoke.\n\n‘We "
               "are delighted,’ she said. ‘It is a great day.’\n\n‘We were not asked,’ he "
               "said. ‘Nobody came.’\n\n‘It is done now,’ she said. ‘We move on.’")
    assert not dialogue_style(make_article("Council\n\n" + british))
    crowd = ("“Do we give up?” the senator asked the crowd.\n\n“Nooooo!”\n\n“Or do we roll up "
             "our sleeves and get to work?”\n\n“Yesssss!”\n\n“Then let's go.”")
    assert not dialogue_style(make_article("Rally\n\n" + crowd))  # a word alone: a shout


def test_an_uncued_line_is_never_the_one_it_calls() -> None:
    """`“Where do you want the sofa?” Marcus asked.` / `“In the van, Marcus.”` was Marcus's,
    carried on from the paragraph before (review 16b); so was `“It’s no trouble, Colonel.”`
    after Colonel Fenwick's line. A line is not given to the one it calls, by name or by a
    title only they hold, or one the last speaker holds among others (a title nobody holds
    may call anyone)."""
    sofa = ("The truck was two hours late, and Dana had carried the boxes down herself.\n\n"
            "“Where do you want the sofa?” Marcus asked.\n\n“In the van, Marcus. That's the "
            "whole idea.”")
    assert speaker_of(sofa, "In the van") is None
    study = ("Colonel Fenwick sat behind the desk.\n\n“I told Winifred not to trouble you,” "
             "he said.\n\n“It's no trouble, {}.”")
    assert speaker_of(study.format("Colonel"), "no trouble") is None
    assert speaker_of(study.format("Sir"), "no trouble") == "Fenwick"
    # two colonels: the title calls the one who spoke the line before (since round 37; the
    # reply used to go on as Fenwick's own)
    two = study.replace("sat behind the desk.", "sat behind the desk; Colonel Ames stood."
                        ).replace("he said", "Fenwick said")
    assert speaker_of(two.format("Colonel"), "no trouble") is None
    # and in a story's turns
    turns = ("Colonel Fenwick sat behind the desk and Winifred stood at the window.\n\n“Tea?” "
             "said Fenwick.\n\n“No, thank you.”\n\n“Colonel, I insist on it.”\n\n“Very "
             "well,” said he.\n\n“Sugar?” returned she.\n\n“Two,” replied he.")
    assert speaker_of(turns, "I insist") is None


def test_a_nation_word_in_a_report_is_the_person_just_named() -> None:
    """`said the Italian`, `the American said`, `said the Briton` made speakers called
    `Italian` and `American` in sports reports (review 16a), and `the Dutchman said` one
    called `Dutchman` (review 15a): in a report such a word means somebody named before,
    the one whose name opens the last sentence before it (as `the lawmaker` does); with
    nobody there, the narrator reads the line; in a story it is a character of its own."""
    report = ("Marco Bellini praised his side after the match in Rome on Sunday.\n\n“I am very "
              "proud,” said the Italian.\n\nHannah Okafor lost in three sets. “She deserved "
              "it,” the American said.\n\n“It was hard,” said the Briton.")
    assert who_spoke(report) == ["Marco Bellini", "Hannah Okafor", None]
    sport = ("Rik Verhoef won the race in Monaco on Sunday after a late safety car.\n\n“We were "
             "a bit lucky today,” the Dutchman said.\n\nSen. Tom Rusk spoke in Houston. “We "
             "will win this state,” the Texan said.\n\n“We will study the result,” the "
             "Kremlin said.")
    assert who_spoke(sport) == ["Rik Verhoef", "Tom Rusk", "Kremlin"]
    story = ("The diligence stopped at the inn, and a stout traveller climbed down.\n\n“Wine!” "
             "cried the Italian.\n\n“Wine, sir?” returned the landlord.\n\n“Wine,” replied "
             "the Italian.\n\n“We have ale,” said the landlord.")
    assert who_spoke(story) == ["Italian", "the landlord", "Italian", "the landlord"]
    # a nation word before its noun is no epithet, and the sentence's subject is looked for on
    woven = ("The first taste the Mexican audience gets of Donald Trump is his head on a "
             "banknote, calling them “frijoleros” (“beaners”) and bragging about the wall.")
    assert who_spoke(woven) == [None, None]


def test_who_after_a_place_or_a_firm_is_the_person_before_it() -> None:
    """`Victor Lamont, founder of the start-up Pingr, who told an audience…: “…”` and `Gwen in
    Cardiff, who wrote: “…”` were voiced as Pingr and Cardiff (review 16c): `who` means the
    person; but a person's name after `of` is still the one `who` means (`daughter of the
    late John Smith, who…`), and so is a name with nobody before the preposition."""
    text = ("The latest was Victor Lamont, founder of the start-up Pingr, who told an audience "
            "in Lisbon: “The post is a museum.”\n\nThis week's question comes from Gwen in "
            "Cardiff, who wrote: “Why do my tomatoes split?”\n\nShe spoke with the daughter of "
            "the late John Smith, who once said: “Never sell the farm.”\n\nHe wrote a letter "
            "to Anna Berg, who replied: “Not yet.”\n\nThe farm went to Mary Hale, daughter of "
            "Tom Smith, who wrote: “Keep the orchard.”\n\nA message to Senator Warren came from "
            "Casey Parker, who wrote: “Please help.”")
    assert who_spoke(text) == ["Victor Lamont", "Gwen", "John Smith", "Anna Berg", "Tom Smith",
                               "Casey Parker"]


def test_the_one_quoted_as_saying_speaks_not_the_one_who_quoted() -> None:
    """`State news agency KCNA quoted Kim Yo Jong, the sister of the leader, as saying: “…”`
    was KCNA's (review 16a): the object of `quoted` or `cited` speaks."""
    text = ("State news agency KCNA quoted Kim Yo Jong, the sister of the leader, as saying: "
            "“They will pay a heavy price.”\n\nThe Times cited an unnamed official as saying: "
            "“The talks are over.”\n\nKCNA later issued a statement, saying: “The exercises "
            "are a provocation.”")
    assert who_spoke(text) == ["Kim Yo Jong", "an unnamed official", "KCNA"]
    # `quoted her`: who she is, the subject (the nearest guess) would be wrong
    her = ("Kim Yo Jong issued a warning on Monday. State news agency KCNA quoted her as "
           "saying: “They will pay a heavy price.”")
    assert who_spoke(her) == [None]


def test_he_after_an_unnamed_spokesman_who_said_something_is_not_the_man_named_before() -> None:
    """`A police spokesman said the fire started in the engine room. “…,” he said.` was the
    prime minister's, named a paragraph before (review 16a): a newcomer who says something
    goes on in the next sentence's he, and since round 39 speaks in a voice of their own."""
    text = ("“Families deserve to know,” Prime Minister Arvid Holm told reporters.\n\nA police "
            "spokesman said the fire started in the engine room. “We have no indication of "
            "criminal activity,” he said.")
    assert speaker_of(text, "no indication") == "A police spokesman"


INTERVIEW = (
    "Tomasz Wierzbicki has played principal cello with the Lakeshore Chamber Orchestra for "
    "eleven years. Our editor Hannah Oyelaran talked with him before the winter season.\n\n"
    "HO: You've said the orchestra survives on weddings. Is that a joke?\n\n"
    "TW: Only half. A quartet plays maybe forty weddings a year.\n\n"
    "HO: What do couples ask for?\n\n"
    "TW: Pachelbel, always. Miriam once said to me, \"We are not a jukebox, Tomasz.\"\n\n"
    "Photo: Tomasz Wierzbicki in the rehearsal room."
)


def interview_voices(text: str) -> list[tuple[str, str | None]]:
    """voices, for a text read as an interview (`--interview`)."""
    article = replace(make_article("Headline\n\n" + text), interview=True)
    return [(s.text.strip("“”\"‘’'.,!?"), s.speaker)
            for s in attribute(article, segment(article)).segments if s.kind == "quote"]


def interview_speaker(text: str, words: str) -> str | None:
    """The speaker of the quote segment holding `words` in a text read as an interview."""
    return next(who for quote, who in interview_voices(text) if words in quote)


def test_an_interview_s_turns_are_read_in_their_speakers_voices() -> None:
    """Q&A interviews and transcripts write no quote marks: `TW: Only half.` was all the
    narrator's (review 16c: none of 30 answers voiced). Asked for (`--interview`), labels
    that open two paragraphs or more, two of them and four labelled paragraphs in all, make
    the text an interview: a label's paragraph is its speaker's turn, marks inside
    included; initials are the person whose name has them, `Q:` the publication's question
    (the narrator's), `A:` the one the text before the first turn names most; a label read
    once (`Photo:`) is no speaker."""
    for words, who in (("survives on weddings", "Hannah Oyelaran"), ("Is that a joke",
                        "Hannah Oyelaran"), ("Only half", "Tomasz Wierzbicki"),
                       ("forty weddings", "Tomasz Wierzbicki"), ("couples", "Hannah Oyelaran"),
                       ("not a jukebox", "Tomasz Wierzbicki")):
        assert interview_speaker(INTERVIEW, words) == who, words
    assert "rehearsal room" not in " ".join(q for q, _who in interview_voices(INTERVIEW))
    qa = ("Priya Raman has spent ten years mapping the buried rivers of Sheffield. Raman's "
          "book is out this week.\n\nQ: How many rivers are there?\n\nA: Depends how you "
          "count.\n\nQ: What got you started?\n\nA: A flood in my aunt's cellar.")
    assert [who for _q, who in interview_voices(qa)] == [None, "Priya Raman", None,
                                                        "Priya Raman"]
    # only when asked for: by default a label's words are narration, as the scorer reads them
    assert voices(INTERVIEW) == [("We are not a jukebox, Tomasz", "Miriam")]


def test_an_interview_s_first_turns_under_whole_names_are_theirs() -> None:
    """`Dana Whitfield: …` and `Tomas Brenner: …` open an interview once each, then
    `Whitfield:` / `Brenner:` take turns: the first two turns were the narrator's (review
    57h), for a label seen once was no speaker; a whole name whose surname is a speaker's
    label is that speaker."""
    qa = ("Tomas Brenner spoke to Dana Whitfield in his studio.\n\nDana Whitfield: Why "
          "start with a broken pot?\n\nTomas Brenner: Because that is where it starts.\n\n"
          "Whitfield: But you stayed.\n\nBrenner: For six years.\n\nWhitfield: And the "
          "money?\n\nBrenner: There was none.")
    assert interview_speaker(qa, "broken pot") == "Dana Whitfield"
    assert interview_speaker(qa, "where it starts") == "Tomas Brenner"
    assert interview_speaker(qa, "For six years") == "Tomas Brenner"


def test_a_list_s_labels_make_no_interview() -> None:
    """`Pros:` / `Cons:` open paragraphs of a review twice each: list headings, not people
    (a one-word label must be written elsewhere in the text too); a quote inside stays its
    own."""
    from readaloud.segment import transcript_turns

    review = ("The Lumo 3 is a small phone with a big battery.\n\nPros: the battery, the "
              "screen.\n\nCons: the camera, “which is a joke,” said one tester.\n\nPros: "
              "the price.\n\nCons: the weight.")
    assert transcript_turns(replace(make_article("Review\n\n" + review), interview=True)) == {}
    assert interview_speaker(review, "which is a joke") == "one tester"


# --------------------------------------------------------------------------------------------
# Round 28: shapes from reviews 17a (news from many papers) and 17b (bigger casts)
# --------------------------------------------------------------------------------------------


def test_a_reader_s_name_set_off_before_the_place_is_the_one_who_wrote() -> None:
    """`Gwen, from Cardiff, who wrote:` and `Tom, 64, of Leeds, who emailed:` were voiced as
    Cardiff and Leeds: commas around the place, and an age, do not make the place the one
    `who` means."""
    text = ("Many readers wrote in. Gwen, from Cardiff, who wrote: “I have read this paper for "
            "forty years.”\n\nTom, 64, of Leeds, who emailed: “The crossword is too hard now.”")
    assert who_spoke(text) == ["Gwen", "Tom"]


def test_he_after_a_spokesman_for_someone_who_said_something_is_nobody_named_before() -> None:
    """`A spokesman for the police said … “…,” he said` went to the boy named a paragraph
    before: the newcomer's `said` may come after a `for`/`of` phrase (and the spokesman
    speaks in a voice of their own)."""
    text = ("Tom Reed, 9, was last seen on Friday, his mother said.\n\nA spokesman for the "
            "police said officers were searching the woods. “We are asking everyone to check "
            "their sheds,” he said.")
    assert speaker_of(text, "check their sheds") == "A spokesman"


def test_a_dateline_in_capitals_before_a_colon_is_no_speaker_nor_is_a_naming() -> None:
    """`CHENNAI: Government school teachers … protested…, calling it “surveillance…”` was
    voiced as CHENNAI (review 17a): a capitalised place before a colon opens a report (it
    does not speak), and `calling it “…”` names a thing."""
    text = ("CHENNAI: Government school teachers on Monday protested against the new attendance "
            "app, calling it “surveillance in the name of reform.”")
    assert who_spoke(text) == [None]


def test_a_place_after_in_and_a_region_word_is_not_the_subject() -> None:
    """`A message circulating on WhatsApp groups in south-west Nigeria says "…"` was
    Nigeria's: the place is the object of `in`, past its region word."""
    text = ('Claim: A message circulating on WhatsApp groups in south-west Nigeria says "hot '
            'water with three limes kills malaria parasites in 48 hours."')
    assert who_spoke(text) == [None]


def test_capitals_after_an_indefinite_article_and_before_a_role_are_no_name() -> None:
    """`A 400-level Mass Communication student, who gave her name as Blessing,` made a
    speaker called `Mass Communication` for her `she said`; she is Blessing (round 44: the
    unnamed newcomer who says something is the she after her, by the name she gave)."""
    text = ("A 400-level Mass Communication student, who gave her name simply as Blessing, said "
            "she had gone home. “I just sit at home,” she said.")
    assert speaker_of(text, "sit at home") == "Blessing"


def test_a_name_set_off_after_its_title_is_the_subject() -> None:
    """`Kerala Finance Minister, Meera Krishnan, described the meeting as cordial. “…,” she
    said.` went to a speaker called `Finance Minister`: the name set off after the title is
    the sentence's subject, and the title is hers."""
    for lead in ("Kerala Finance Minister", "The Finance Minister"):
        text = (f"“The promise has been broken,” Punjab Finance Minister Rahul Bhatia said.\n\n"
                f"{lead}, Meera Krishnan, described the meeting as cordial. “We were heard. "
                f"That is all,” she said.")
        assert speaker_of(text, "We were heard") == "Meera Krishnan"


def test_she_replied_is_not_the_one_who_asked() -> None:
    """`“So you could not see…?” Botha asked. “I saw it was heavy,” she replied.` went to
    Botha (and made him a woman): a reply does not answer its own question."""
    text = ("Testifying for the State, Precious Maseko said she saw two officers lift the body."
            "\n\nUnder cross-examination by advocate Johan Botha, Maseko conceded it had been "
            "dark. \"So you could not see what was in the cloth?\" Botha asked. \"I saw it was "
            "heavy,\" she replied.")
    assert speaker_of(text, "I saw it was heavy") == "Precious Maseko"  # Johan is a man


def test_a_husband_set_off_after_her_is_a_man() -> None:
    """`Her husband, Kunle Adesina, a driver, was found dead` / `“He called me…,” she told
    reporters.` was the dead husband's: the kin word tells his gender."""
    text = ("For three days, Mrs Funmilayo Adesina kept dialling her husband's number.\n\nHer "
            "husband, Kunle Adesina, a driver, was found dead on Saturday.\n\n“He called me "
            "around 9pm to say he was taking a last trip,” she told reporters.")
    assert speaker_of(text, "last trip") == "Funmilayo Adesina"


def test_the_younger_man_is_not_the_bald_man() -> None:
    """`A bald man … turned to the younger one.` / `“…,” said the bald man.` / `“…,” the
    younger man said.` gave both lines to the bald man: two features that differ (`bald`,
    `younger`) are two people."""
    text = ("The two men stood at the bar. A bald man in a grey coat turned to the younger "
            "one.\n\n“You're late,” said the bald man.\n\n“The train was stopped,” the younger "
            "man said.\n\n“Always an excuse,” said the bald man.")
    assert who_spoke(text) == ["the bald man", "the younger man", "the bald man"]


STORY_SHOP = ("Anna and Marek stood at the counter. The old clock ticked.\n\n“You’re late.”\n\n"
              "“The bus broke down.”\n\n“Again?”\n\n“Again.” {beat} “It’s the winter.”\n\n"
              "“It’s always the winter with you.” Anna laughed.\n\n“Very funny.”")


@pytest.mark.parametrize(("beat", "speaker"), [
    ("Marek shrugged off his coat.", "Marek"),
    ("Marek’s hands went to the buttons of his coat.", "Marek"),
    ("Marek flinched.", None),  # struck by the line: the one who heard it
    ("Marek’s face was pale.", None),  # a description, not a beat
    ("Marek looked at Anna.", None),  # aimed at the other: either may have said it
])
def test_a_beat_after_a_line_in_its_paragraph_is_the_speaker_s(beat: str, speaker: str | None
                                                              ) -> None:
    """`“Again.” Marek shrugged off his coat. “It’s the winter.”` was nobody's: a paragraph
    is one person's, and the beat after its first line names them (review 17b), unless the
    beat shows them struck by the line or acting towards the other."""
    text = STORY_SHOP.format(beat=beat)
    assert who_spoke(text)[3] == speaker  # `“Again.”`
    assert speaker_of(text, "always the winter") == "Anna"


def test_a_word_called_once_does_not_name_the_teller() -> None:
    """`“…whatever they tell you. Understand?”` made the first-person teller a speaker called
    `Understand` (review 17b): the teller's name must be called twice, or be a first name."""
    text = ("\"I don't, sir.\"\n\n\"Yes, sir.\"\n\nMr. Penhallow, the mate, took me below and "
            "showed me where I would sleep. \"You'll take your orders from me,\" he said, \"or "
            "from the captain, and from nobody else, whatever they tell you. Understand?\"\n\n"
            "I said I understood, though I did not, until that evening, when a tall fellow "
            "called Abel Crane told me to fetch him a bucket of steam from the galley.\n\n"
            "\"Steam, boy. For the rigging. Go on, cook knows.\"\n\nAbel laughed and cuffed my "
            "head. Mr. Penhallow, passing, said only, \"Told you,\" and I said, \"Yes, sir,\" "
            "and felt I had learned something.")
    assert "Understand" not in who_spoke(text)


def test_a_place_adverb_opening_a_beat_is_nobody() -> None:
    """`Far off, a hawk turned once over the flats and was gone.` / `“I figure we try.”` went
    to a speaker called `Far`."""
    text = ("“You figure we make it, Hollis?”\n\n“We got maybe a half day's water.”\n\n“Less.”"
            "\n\n“Mount up,” said Boone.\n\nBoone considered it. Far off, a hawk turned once "
            "over the flats and was gone.\n\n“I figure we try.”")
    assert "Far" not in who_spoke(text)


def test_straight_single_quotes_make_lone_lines_too() -> None:
    """A pub scene in straight single quotes (`'Let them hear. It's a boat.'`) was read as a
    report, and `Shona said` carried into the next paragraph's reply (review 17b)."""
    text = ("Fergus slapped the table. 'Nineteen twelve. Write it down.'\n\n'Everybody knows "
            "that one,' Shona said. 'Keep your voice down, they'll hear.'\n\n'Let them hear. "
            "It's a boat.'\n\n'How do you know that?'\n\n'I did chemistry, Fergus.'\n\n'I sat "
            "next to you in chemistry?'")
    assert speaker_of(text, "Let them hear") == "Fergus"


def test_said_he_after_a_title_call_is_the_one_called() -> None:
    """`“Signals!” cried Mrs. Pellow. “Colonel, you heard her.”` / `“I heard nothing,” said
    he.` was the doctor's, the man named last: a title only one person holds calls them."""
    text = ("“I object to everything after nine o’clock,” observed the Colonel.\n\n“None "
            "whatever,” returned the doctor. He led the knave of clubs.\n\n“Signals!” cried "
            "Mrs. Pellow. “Colonel, you heard her.”\n\n“I heard nothing,” said he.")
    assert speaker_of(text, "I heard nothing") == "Colonel"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Adebayo Coker runs a bicycle repair shop.\n\nAdebayo’s mother, Joy, still keeps his "
     "first invoice. “It was for £4.50,” she said.", "4.50", "Joy"),
    ("Beatriz Alves is nine.\n\nHer mum, Claudia, stopped believing in holidays. “You can’t "
     "just pack a bag,” she explains.", "pack a bag", "Claudia"),
    ("President Osei welcomed the families.\n\nLast spring a student of mine, Jonah, stopped "
     "me after a lecture. “Professor, I think you are wrong,” he said.", "you are wrong",
     "Jonah"),
])
def test_a_name_set_off_after_a_relative_or_a_student_is_that_person(
        text: str, words: str, speaker: str) -> None:
    """`Adebayo’s mother, Joy,`, `Her mum, Claudia,`, `a student of mine, Jonah,`: the name
    was not registered, and the she/he went to the person named before (review 17c)."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the writer's own grandmother: hers since round 32 (see _writers_own_subject)
    ("Martha comes out and says, “Lord, tell her to help me.”\n\nMy grandmother cooked for "
     "eleven people every Sunday. If you tried to help she would say, “Out from under my "
     "feet!”", "Out from under", "My grandmother"),
    ("My daughter Noor bought six vadai. “For research,” she said.\n\nMr Perera invited us to "
     "dinner. His wife cooked eleven curries. When we tried to thank her, she waved us away. "
     "“Eat first,” she said.", "Eat first", None),
    # a name in the clause before the relative is no description of her (review 15c)
    ("Ten years ago I opened Pinecone Books with a loan from my mum.\n\nMy first customer "
     "was a retired judge named Walter Greaves. He came back every week.\n\nWhen Walter "
     "died, his daughter brought in three boxes of his books. \"He wanted you to have them,\" "
     "she said.", "have them", None),
])
def test_he_or_she_after_an_unnamed_relative_is_not_the_one_named_before(
        text: str, words: str, speaker: str | None) -> None:
    """`My grandmother cooked…` / `she would say, “…”` went to Martha, named a paragraph
    before (review 17c): a sentence about somebody's relative makes the next she theirs (the
    writer's own relative is somebody of their own; another's is nobody sure)."""
    assert speaker_of(text, words) == speaker


def test_the_one_told_is_not_the_one_telling() -> None:
    """`My sister Kasia makes pretty frills. Babcia prefers mine. “…,” she told Kasia.` was
    Kasia's."""
    text = ("My sister Kasia makes pretty frills. Babcia prefers mine. “Pretty is for "
            "Instagram,” she told Kasia.")
    assert speaker_of(text, "Instagram") is None


def test_a_first_name_nobody_knows_opening_a_sentence_is_a_person() -> None:
    """`Zainab built the new bug hotel. “…,” she told us.` and `Marlowe, whose rocket won,
    wants…` went to the woman named before (review 17c): the name is somebody, and a she
    may be them (a name the tables know since round 42, `Poppy`, is hers)."""
    text = ("Our project lead, Tamara Oduro, says the newts are back. “We counted fourteen,” she "
            "said.\n\nZainab built the new bug hotel. “It has five floors,” she told us.\n\n"
            "Marlowe, whose rocket won, wants to be an engineer. “I’m going to Mars,” she said.")
    assert speaker_of(text, "five floors") == "Zainab"  # a woman's name
    assert speaker_of(text, "going to Mars") is None
    assert speaker_of(text.replace("Marlowe", "Poppy"), "going to Mars") == "Poppy"


def test_a_word_for_a_thing_before_a_colon_is_no_label() -> None:
    """`Theme: “Winter Wonderland,” again.` was voiced by a speaker called Theme."""
    text = "Sign-up sheets for the party are on the intranet. Theme: “Winter Wonderland,” again."
    assert who_spoke(text) == [None]


def test_the_subject_after_but_shouts_not_the_one_who_said_nothing() -> None:
    """`Mrs Tanaka didn’t say anything, but her grandson Kenji pointed at my feet and shouted,
    “Toilet!”` was Mrs Tanaka's."""
    text = ("Mrs Tanaka met me at the door. “Very bad weather,” she said.\n\nMrs Tanaka didn’t say "
            "anything, but her grandson Kenji pointed at my feet and shouted, “Toilet!”")
    assert speaker_of(text, "Toilet") == "Kenji"


def test_he_after_a_sentence_about_the_minister_is_the_minister() -> None:
    """`The Minister also urged societies to install meters. “…,” he said.` went to the
    engineer quoted in between (review 17a): the he is the one the title names, when one
    person holds it."""
    for title in ("Minister", "minister"):
        text = ("“We have no option,” Minister Suresh Kulkarni said.\n\n“Tankers are allotted "
                f"ward-wise,” said Ramesh Patil, an engineer.\n\nThe {title} also urged "
                "societies to install meters. “Metering is the only way,” he said.")
        assert speaker_of(text, "Metering") == "Suresh Kulkarni"


def test_a_report_s_single_quoted_subheadings_make_no_dialogue() -> None:
    """A report quoting in double marks set three subheadings in single ones (`'Relationships
    that last.'`): straight single marks count as a story's lone lines only in a text that
    quotes in them (more lines open with one than with a double mark)."""
    subheads = "\n\n".join(
        f"'{head}'\n\n\"{line.capitalize()},\" the campaign said, {filler}"
        for head, line in (("Relationships that last.", "we are ready"),
                           ("A long road ahead.", "the polls are close"),
                           ("Knocking on doors.", "turnout decides it"))
        for filler in ["knocking on doors across the state for weeks on end."])
    article = make_article("Headline\n\n" + subheads)
    assert not dialogue_style(article)
    story = subheads.replace('"', "'")
    assert dialogue_style(make_article("Headline\n\n" + story))


def test_a_role_nobody_is_known_by_leaves_the_he_or_she_to_its_pick() -> None:
    """`The woman's sister, Lauren Pascoe, said…` / `she said` is hers: nobody is known as
    the sister, so the role is taken for the one the pronoun means (see the minister
    above)."""
    text = ("\"We did not treat her disappearance with the urgency it deserved,\" Chief "
            "Constable James Colwell said.\n\nThe woman's sister, Lauren Pascoe, said the "
            "apology was \"welcome but late.\" \"If they had listened to us on day one, she "
            "might still be here,\" she said.")
    assert speaker_of(text, "listened to us") == "Lauren Pascoe"


def test_a_relative_set_off_after_a_name_is_that_named_person() -> None:
    """`My aunt Roza, her older sister, thought the whole thing was ridiculous. “…,” she
    said` is Roza's: a relative described after a name brings nobody new in (review 16c's
    essay, kept right when unnamed relatives began to take a she)."""
    text = ("My mother took up swimming at sixty-one.\n\nMy aunt Roza, her older sister, thought "
            "the whole thing was ridiculous. “At your age, Helena,” she said on the phone, "
            "“you should be learning to knit.”")
    assert speaker_of(text, "learning to knit") == "Roza"


@pytest.mark.parametrize(("beat", "speaker"), [
    ("Asked whether Kenya was losing too many doctors, Kamau was blunt.", "Wanjiku Kamau"),
    ("Kamau wasn't satisfied.", "Wanjiku Kamau"),
    ("Kamau laughed.", "Wanjiku Kamau"),
    ("She laughs.", "Wanjiku Kamau"),  # a profile's present tense
    ("Then she corrects herself.", "Wanjiku Kamau"),
    ("Kamau caught herself.", "Wanjiku Kamau"),
    ("Kamau was elected.", None),  # no word of manner
    ("Kamau corrects the record.", None),  # correcting something else is no manner
    ("Kamau was blunt about the budget.", "Wanjiku Kamau"),  # about a short something
    ("Kamau was blunt about what the dean had done to the budget of the faculty.", None),
])
def test_a_report_s_sentence_of_manner_hands_the_next_line_to_its_subject(
        beat: str, speaker: str | None) -> None:
    """`Asked whether…, Kamau was blunt. "We trained doctors for export."` was left to the
    narrator (review 17a; 17c's `Li was candid.`): in a report a short sentence that ends on
    a word of manner gives the line after it in its paragraph to its subject; a profile's
    `She laughs.` and `Then she corrects herself.` (review 25c) too."""
    text = ("Professor Wanjiku Kamau spoke to us in her office on Monday about the faculty and "
            f"its future.\n\nThe dean of law was also there.\n\n{beat} \"We trained doctors "
            "for export.\"")
    assert speaker_of(text, "doctors for export") == speaker


def test_a_name_after_an_occupation_is_the_subject_for_a_pronoun() -> None:
    """`Volunteer firefighter Jarrah Simpson has been on the fireground… “…,” he said.` was
    left to the narrator (review 17a): `firefighter` is a role before a name. A trade a
    story names a passer-by with is not (`the farmer repeated` would be taken for the woman
    who spoke before, in a short scene read as a report)."""
    text = ("Volunteer firefighter Jarrah Simpson, 19, has been on the fireground since "
            "Tuesday. \"You just keep going,\" he said.")
    assert who_spoke(text) == ["Jarrah Simpson"]
    farm = ("\"If you go down the lane,\" said the farmer, \"turn left at the oak.\"\n\n\"Thank "
            "you,\" said Mrs. Abney. \"Left at the oak.\"\n\n\"Left at the oak,\" the farmer "
            "repeated. \"Not right.\"")
    assert "Mrs. Abney" not in who_spoke(farm)[-2:]


@pytest.mark.parametrize(("cue", "speaker"), [
    ("said the Welsh farmer Dai Jones", "Dai Jones"),
    ("said the Warlpiri ranger Jo Tjapaltjarri", "Jo Tjapaltjarri"),
    ("said Clinton supporter Ann Lee", "Ann Lee"),
    ("said Tom Rusk", "Tom Rusk"),
])
def test_a_name_after_a_word_for_a_person_is_the_speaker_not_the_word_before(
        cue: str, speaker: str) -> None:
    """`said the Welsh farmer Dai Jones` was spoken by `Welsh`, and `said Clinton supporter
    Ann Lee` by Clinton: a capitalised word that qualifies a noun for a person (`farmer`,
    `supporter`) is no name when a name follows the noun."""
    text = f"“The river came up in an hour,” {cue}."
    assert speaker_of(text, "river came up") == speaker


@pytest.mark.parametrize(("intro", "speaker"), [
    ("“We moved the sheep at dawn,” the Warlpiri elder Aunty Dot Walker said.", "Dot Walker"),
    ("Tom Baxter, a beekeeper from Kent, lost half his hives.", "Tom Baxter"),
    ("Restaurant owner Ann Lee stayed open.", "Ann Lee"),
])
def test_a_report_s_own_word_for_somebody_is_a_role_that_means_them(intro: str,
                                                                     speaker: str) -> None:
    """`the Warlpiri elder Aunty Dot Walker said` / `“…,” the elder said.`: a word the report
    set before a name, or in an aside after one, names that person later, though no list
    of roles holds it."""
    word = {"Dot Walker": "elder", "Tom Baxter": "beekeeper", "Ann Lee": "owner"}[speaker]
    text = (f"{intro}\n\nCrews worked through the night to clear the "
            f"roads.\n\n“Nobody slept here,” the {word} said.")
    assert speaker_of(text, "Nobody slept") == speaker


def test_a_report_s_own_role_word_nobody_holds_is_nobody() -> None:
    """A word that is a role only because the report described somebody with it voices
    nobody but them: when the one so described is named only inside a quote (no holder),
    `the beekeeper said` is left to the narrator, not read like a he/she."""
    text = ("Mayor Ann Lee toured the farms. “I met beekeeper Tom "
            "Baxter this morning,” she said.\n\nCrews worked through the night.\n\n“Nobody "
            "slept here,” the beekeeper said.")
    assert speaker_of(text, "Nobody slept") is None


def test_a_he_in_an_opening_clause_is_the_name_that_opens_the_main_clause() -> None:
    """`Asked if he will miss Frank, Tyler shrugged. “Obviously,” he said.` made a speaker
    `Miss Frank` (`miss` is a verb there, no honorific), and then the he of the opening
    clause counted as Frank: it is Tyler, whom the main clause names after it."""
    text = ("Frank Delaney is ninety. Tyler Okoro is nineteen.\n\n“I was hopeless,” "
            "Frank admits.\n\nAsked if he will miss Frank, Tyler shrugged. “Obviously,” he said.")
    assert speaker_of(text, "hopeless") == "Frank Delaney"
    assert speaker_of(text, "Obviously") == "Tyler Okoro"


@pytest.mark.parametrize(("title", "name"), [
    ("Player-manager", "Shauna Kilbride"), ("Vice-captain", "Tom Rusk"),
    ("Jean-Paul", "Jean-Paul Rusk"),
])
def test_a_hyphened_role_before_a_name_is_a_title(title: str, name: str) -> None:
    """`Player-manager Shauna Kilbride` was a speaker of that name; a role in lower case
    after a hyphen is a title (`Jean-Paul` is a first name)."""
    given = name.split()[-1] if title == "Jean-Paul" else name
    text = (f"{title} {given} changed the defence. “I should have started her "
            f"there,” said {name.split()[-1]}.")
    assert speaker_of(text, "started her") == name


def test_a_relative_named_before_the_main_clause_is_no_apposition() -> None:
    """`Asked about his sister, Dev laughed.` made Dev a sister (female), and `“She’s
    right,” he said.` went to the coach: a kin word set off before a name is the name's only
    when the name is set off after it too (`His sister, Dev, laughed.`)."""
    text = ("Dev Raghunathan made 134 on Friday. “Mum will be unbearable,” Dev said.\n\nCoach "
            "Colin Mayhew was proud. “Nothing has changed,” Mayhew said.\n\nAsked about his "
            "sister, Dev laughed. “She’s right,” he said.")
    assert speaker_of(text, "right") == "Dev Raghunathan"
    assert {s.name: s.gender for s in run(text).speakers}["Dev Raghunathan"] == "male"


def test_an_object_her_says_nothing_of_the_subject_s_gender() -> None:
    """`Krishnan asks her about the moment she nearly quit.` made the host a woman, and her
    guest's `she says` his: a him or an object her after a name is somebody else."""
    text = ("Sunil Krishnan's walking podcast usually features athletes. This week's guest, "
            "Abena Boateng, walked across Spain.\n\n\"My knees were not consulted,\" Boateng "
            "says.\n\nKrishnan asks her about the moment she nearly quit. She tells him about a "
            "rainy afternoon near Burgos.\n\n\"We didn't speak,\" she says.")
    assert speaker_of(text, "We didn't speak") == "Abena Boateng"
    genders = {s.name: s.gender for s in run(text).speakers}
    assert genders["Abena Boateng"] == "female"


@pytest.mark.parametrize(("name", "gender"), [
    ("Sunil", "male"), ("Kunle", "male"), ("Lwazi", "male"), ("Wanjiku", "female"),
    ("Siobhan", "female"), ("Gethin", "male"), ("Kiran", "unknown"), ("Precious", "unknown"),
])
def test_first_names_of_many_cultures_tell_the_gender(name: str, gender: str) -> None:
    """First names from the many places English-language papers report on; names given to
    both (Kiran) and names that are words (Precious) tell nothing."""
    assert first_name_gender(name.lower()) == gender


def test_a_story_s_reported_speech_is_no_cue_for_the_next_paragraph() -> None:
    """In a story, `Mr. Fennick … coloured … and said that he did not.` / `“Then what do you
    do?”` gave the question to Mr. Fennick: a speech verb with its words reported after it
    (`said that`, `said it`, `said a word`) is his turn, neither a cue nor a beat for a line
    in the next paragraph, which answers him; `and said:` still cues the line."""
    scene = ("“You are late,” said Lady Harcastle.\n\n“The roads, ma’am,” said Eleanor.\n\n"
             "“Roads,” said Lady Harcastle. “Sit.”\n\n“Thank you,” said Eleanor.\n\n“Tea?” "
             "said Lady Harcastle.\n\nThe curate came in at four. Lady Harcastle looked at him "
             "for a long time.\n\n“And you, Mr. Fennick, do you paint?”\n\nMr. Fennick "
             "coloured to the roots of his hair and {said}\n\n“Then what do you do?”")
    assert speaker_of(scene.format(said="said that he did not."), "what do you do") is None
    assert speaker_of(scene.format(said="said:"), "what do you do") == "Mr. Fennick"


@pytest.mark.parametrize(("newcomer", "speaker"), [
    ("A lobbyist for the company, who spoke on condition of anonymity, said", "A lobbyist"),
    ("One aide said", "One aide"), ("A lobbyist said", "A lobbyist"),
])
def test_he_after_an_unnamed_role_who_spoke_is_not_the_one_named_before(newcomer: str,
                                                                        speaker: str) -> None:
    """`A lobbyist for the company, who spoke on condition of anonymity, said such trips
    were routine. “Everybody does it,” he said.` went to the congressman quoted before: a
    newcomer known by a role of no gender who says something in the sentence before is the
    he (round 49: it was the narrator's until then, but the he takes up the sentence's
    subject, as wire copy's `One forecaster … said… “…,” she said` does)."""
    text = ("Rep. Howard Lyle called the trips fact-finding missions. “I disclosed everything,” "
            f"he said.\n\n{newcomer} such trips were routine. “Everybody does it,” he said.")
    assert speaker_of(text, "disclosed") == "Howard Lyle"
    assert speaker_of(text, "Everybody does it") == speaker


def test_a_part_held_with_his_own_tells_the_subject_s_gender() -> None:
    """`Adeyemi sat with his eyes shut…` / `“That,” she said, “is disgusting.”` gave the
    woman's line to Adeyemi: `with his eyes shut` is his own, so he is no she."""
    text = ("“Coffee,” said Hollis. “Anyone?”\n\n“Black,” said Mara.\n\n“Two sugars,” said "
            "Quinn.\n\n“None for me,” said Adeyemi.\n\n“Suit yourself,” said Hollis.\n\nAt "
            "twenty-six minutes the floor shook. Adeyemi sat with his eyes shut and his hands "
            "flat on the table.\n\n“That,” she said, “is disgusting.”")
    assert speaker_of(text, "None for me") == "Adeyemi"
    assert speaker_of(text, "is disgusting") == "Hollis"  # who spoke last, of unknown gender


def test_a_line_that_calls_a_newcomer_is_answered_by_them_not_by_turns() -> None:
    """`“Bobby, you talk to the sister?”` / `“Phone's disconnected…”` went to Ski, who spoke
    before the caller: a question put by name to somebody nobody known is called by is
    answered by them, whom the narrator reads when nothing else names them."""
    text = ("“Okay, people. The Hadley thing. Where are we?”\n\n“Less than nowhere,” said Ski. "
            "“We had a witness Thursday. Friday she's in Tampa.”\n\nFitz snorted into his "
            "coffee. Ruiz didn't.\n\n“Bobby, you talk to the sister?”\n\n“Phone's "
            "disconnected. I got Tampa PD doing a knock this morning.”")
    assert speaker_of(text, "Less than nowhere") == "Ski"
    assert speaker_of(text, "Phone's disconnected") is None


def test_an_instruction_opening_a_sentence_is_nobody() -> None:
    """An advice column's `Try asking your son…: “Could I bring dinner…?”` was spoken by a
    `Try`: a verb of instruction opening a sentence is no one-word name."""
    text = ("Dear Ignored, you are almost certainly not being punished.\n\nTry asking your son, "
            "not his wife, in a low-pressure way: “Could I bring dinner on Sunday and leave "
            "after an hour?”")
    assert speaker_of(text, "Could I bring dinner") is None


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Harrow Motors will cut 2,000 jobs, the carmaker said on Monday.\n\n“These are difficult "
     "decisions,” the company said in a statement.", "difficult decisions", "Harrow Motors"),
    ("Fenmoor Town striker Yusuf Demirci will stay. After Saturday’s win the club was "
     "emphatic.\n\n“I am happy here,” he said.", "happy here", "Yusuf Demirci"),
])
def test_a_company_s_or_a_club_s_name_is_an_organisation(text: str, words: str,
                                                          speaker: str | None) -> None:
    """`Harrow Motors` was a person, so `the company said` found no company, and `Fenmoor
    Town` was a he: a name of two words or more ending in a company's or a club's word
    (Motors, Holdings, Pharma, Town, United…) is an organisation. (The striker's line was
    the narrator's until round 38 made `striker` a word for a person: the he is him.)"""
    assert speaker_of(text, words) == speaker


def test_a_possessive_gerund_joined_by_and_owns_the_participle() -> None:
    """`never did she go without Mr. Woodhouse's giving a gentle sigh, and saying, “Ah, poor
    Miss Taylor!”` was Emma's, the sentence's subject: the possessive's name owns both -ing
    words; `Sanders slammed Clinton's handling of Libya, saying: “…”` stays Sanders's."""
    text = ("Emma Woodhouse was fond of Miss Taylor. But never did she go without Mr. "
            "Woodhouse's giving a gentle sigh, and saying, “Ah, poor Miss Taylor! She would be "
            "very glad to stay.”\n\nSanders slammed Clinton's handling of Libya, saying: “It was "
            "a disaster.”")
    assert speaker_of(text, "poor Miss Taylor") == "Mr. Woodhouse"
    assert speaker_of(text, "It was a disaster") == "Sanders"


def test_a_name_after_a_word_for_an_organisation_is_that_organisation() -> None:
    """`Maria Vasquez of the charity Age Forward welcomed the study. “…,” she said.` was
    left to the narrator: `Age Forward` was a person who might be the she; a name right
    after `the charity`, `the firm`, `the band` is the organisation (not `the company Tom
    founded`, a first name)."""
    text = ("Maria Vasquez of the charity Age Forward welcomed the study. “Anything that keeps "
            "people moving is good news,” she said.")
    assert speaker_of(text, "good news") == "Maria Vasquez"


def test_a_user_name_after_an_inverted_verb_wrote_the_line() -> None:
    """A reader-comment roundup's `“Beer traps work…,” wrote gardenthyme88.` had nobody: a
    lower-case name with digits at its end after an inverted verb is the one who wrote."""
    text = "“Beer traps work, but you end up with drunk slugs,” wrote gardenthyme88."
    assert speaker_of(text, "Beer traps work") == "gardenthyme88"


STORY_TEA = ("“Tea?” said Mrs. Pike.\n\n“Please,” said Odile.\n\n“Milk?” said Mrs. Pike.\n\n“No,” "
             "said Odile.\n\n“Sugar?” said Mrs. Pike.\n\n{beat}\n\n“Your sister said one "
             "bedroom.”")


@pytest.mark.parametrize(("beat", "speaker"), [
    ("Mr. Banerjee came in and looked at the ceiling.", "Mr. Banerjee"),
    ("Mr. Banerjee looked at Odile. Odile looked at the ceiling.", None),
    ("Mr. Banerjee looked at Odile. Odile did not answer.", None),
    ("Mr. Banerjee looked at Odile. Odile did not look up from the map.", "Odile"),
])
def test_a_beat_whose_subject_looks_away_hands_the_line_to_nobody(beat: str,
                                                                  speaker: str | None) -> None:
    """`Mr. Banerjee looked at Odile. Odile looked at the ceiling.` / `“Your sister said
    one bedroom.”` went to Odile, who looked away: a beat whose subject looks away or keeps
    silent names the one listening (`did not look up from the map` is no silence)."""
    text = (f"{beat}\n\n“Your sister said one bedroom.”\n\n“You haven’t even tried it.”\n\n"
            "“I am trying it now. It is making noises.”")
    assert speaker_of(text, "one bedroom") == speaker


def test_a_memory_before_a_line_is_no_beat() -> None:
    """`Deputy Hallam had been so pleased with his opening remarks. He had practised them on
    the shuttle. “I see. I’m so sorry.”` went to Hallam, who was not there: what somebody
    had done is a memory, no beat of the scene."""
    text = STORY_TEA.replace("“Your sister said one bedroom.”", "").format(beat=(
        "Linnea closed her eyes for a moment. Deputy Hallam had been so pleased with his "
        "opening remarks. He had practised them on the shuttle. “I see. I’m so sorry.”"))
    assert speaker_of(text, "so sorry") is None


def test_said_the_translator_is_a_role() -> None:
    """`“The ambassador is laughing,” said the translator.` went to the Vhorr of the beat
    before: a translator is somebody."""
    text = STORY_TEA.format(beat="Then the Vhorr made a sound like a kettle.").replace(
        "“Your sister said one bedroom.”", "“The ambassador is laughing,” said the translator.")
    assert speaker_of(text, "ambassador is laughing") == "the translator"


def test_a_call_that_asks_nothing_leaves_the_answer_to_the_turns() -> None:
    """`“Oh, Henry, let them,” said Mother.` calls Father by a name the story never gave
    him: a call that asks no question is no sign of a stranger, so the next line is still
    Father's turn."""
    text = ("“Neither of you is doing it,” said Father from the ladder. “Pass it up.”\n\n“Oh, "
            "Henry, let them,” said Mother. “It's Christmas.”\n\n“Very well. Peter holds the "
            "ladder, Anne climbs up.”")
    assert speaker_of(text, "Peter holds the ladder") == "Father"


def test_garda_is_a_title() -> None:
    """`Garda Ruairí Keane told the court…` / `“…,” Garda Keane said.` made two people once
    Ruairí was known for a first name: `Garda` is an Irish officer's title."""
    text = ("Garda Ruairí Keane told the court the driver had been shaken. “He told me he "
            "thought he was going to die,” Garda Keane said.")
    assert speaker_of(text, "going to die") == "Ruairí Keane"


def test_a_surname_that_is_also_a_place_is_the_person_named_so() -> None:
    """`Host Shauna Hill` … `Hill, back in the studio, says…` / `“…,” she says` went to
    Eunice, quoted before (review 18c): `Hill` alone was read as a place, an organisation of
    its own. A common surname that is also a place is the person named with it; `the Hill`
    is not, nor is a country (`Israel said`)."""
    text = ("Host Shauna Hill hands the microphone to Darnell Wright, who recorded his mother, "
            "Eunice.\n\nEunice was working at a dry cleaner. “Every morning they walked past "
            "the shop,” she says.\n\nHill, back in the studio, says it was the pause that made "
            "her want to air the tape. “You can hear her deciding how much to tell him,” she "
            "says.")
    assert speaker_of(text, "hear her deciding") == "Shauna Hill"
    assert speaker_of(text, "walked past") == "Eunice"
    hill = "Rep. Anita Hill spoke on Monday.\n\nThe Hill said in an editorial: “It passed.”"
    assert speaker_of(hill, "It passed") != "Anita Hill"
    israel = ("Rep. Steve Israel spoke on Monday. “We will vote,” he said.\n\nIsrael said on "
              "Tuesday it would respond. “We will defend ourselves,” Israel said.")
    assert speaker_of(israel, "defend ourselves") != "Steve Israel"


def test_a_first_name_set_off_after_the_and_a_role_is_that_person() -> None:
    """`Volkova's English is brisk. When the aunt, Irina, surveys the wreckage, she says,
    “…”` went to Volkova (review 18c): a name set off after a role was no evidence when a
    name came earlier in the paragraph, lest `Tom Reed sat down. His wife, Jane,` make two
    people; after `the`, the role is nobody's relative, and the name is the person's."""
    text = ("Nadia Volkova's translation of “The Borrowed Samovar” is the funniest thing I have "
            "read this year.\n\nVolkova's English is brisk. When the aunt, Irina, surveys the "
            "wreckage, she says, “In my day we drank tea from one pot.”")
    assert speaker_of(text, "one pot") == "Irina"


def test_an_age_before_a_name_is_no_part_of_it() -> None:
    """`Fifteen-year-old Jamal Turner won…` made a person called `Fifteen-year-old Jamal
    Turner`, so the interview's `JT:` turns were nobody's (review 18c)."""
    text = ("Fifteen-year-old Jamal Turner won the national junior chess title last weekend. He "
            "spoke to us by phone.\n\nQ: How did it feel when you won?\n\nJT: Mostly hungry. I "
            "hadn't eaten since breakfast.\n\nQ: What's next?\n\nJT: The world youth "
            "championships in September.")
    assert interview_speaker(text, "Mostly hungry") == "Jamal Turner"
    assert speaker_of("Twenty-year-old Ana Ruiz won. “I cried,” Ruiz said.", "I cried") == (
        "Ana Ruiz")


@pytest.mark.parametrize("paragraph", [
    "At the preview one visitor stood in front of it for twenty minutes. “My grandmother had "
    "one like this,” she told Okoro.",
    "The night porter told our team that the quilt drew crowds. “My grandmother had one "
    "like this,” she said.",
    # (`I asked my mother…`: the writer's mother is somebody of their own, see
    # test_a_he_or_she_after_somebody_the_writer_knows_is_theirs)
    # (round 49: the newcomer who says something in the sentence before is the she; see
    # test_a_she_after_a_newcomer_who_spoke_is_hers)
    # a place names nobody; of `freshman roommate` the last noun is the head
    "Her freshman roommate, now a pediatrician in Denver, was not surprised. “My grandmother "
    "had one like this,” she said.",
    "One of our gallery guards, who has worked here for thirty years, told me it felt like a "
    "friend moving house. “My grandmother had one like this,” she said.",
    "An alumna who had given toward the dome, an old woman in a tweed coat, was next in line. "
    "She looked for a long time. “My grandmother had one like this,” she said.",
])
def test_a_paragraph_about_somebody_unnamed_keeps_her_from_the_woman_named_before(
        paragraph: str) -> None:
    """A pronoun whose paragraph names nobody before it went to the woman the paragraph
    before named (review 19c: 21 of its 25 wrong voices, at town halls, museums, schools):
    somebody brought in unnamed who may be meant (`one visitor`, `the district nurse`, `my
    mother`) is who the paragraph is about, so the woman named before is not; nobody sure,
    the narrator reads it. A role in the middle of a sentence is no such newcomer (`the
    nominee` may be somebody named: a train article's `the Wisconsin Republican, who had
    previously pledged to support the nominee. He said…` is Paul Ryan's)."""
    text = ("Conservator Helen Vance spent nine weeks on the quilt. “Silk from that period is "
            "heartbreaking,” Vance said.\n\n" + paragraph)
    assert speaker_of(text, "one like this") is None


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # one who asks: the answer is the one named before
    ("A woman in the audience asked about the quilt. “It will stay here,” she said.",
     "Helen Vance"),
    # a man: not who a she means
    ("One visitor stood in front of it for an hour. “It will stay here,” she said.", None),
    ("A fisherman stood in front of it for an hour. “It will stay here,” she said.",
     "Helen Vance"),
    # a role that somebody named holds is them, and a title may be anyone's
    ("The nurse stood in front of it for an hour. “It will stay here,” she said.",
     "Helen Vance"),
    ("The candidate stood in front of it for an hour. “It will stay here,” she said.",
     "Helen Vance"),
])
def test_who_an_unnamed_person_in_the_paragraph_is_not(paragraph: str,
                                                      speaker: str | None) -> None:
    """The rule above, at its edges: an asker, a man for a she, and a role held by the
    woman named before leave the pronoun to her."""
    text = ("Nurse Helen Vance spent nine weeks on the quilt. “Silk from that period is "
            "heartbreaking,” Vance said.\n\n" + paragraph)
    assert speaker_of(text, "stay here") == speaker


def test_a_report_s_his_or_her_role_nobody_holds_is_nobody() -> None:
    """`Bea's first job was at a cinema, where her manager told her, “…”` went to Rafa,
    quoted before (review 19c): a role read like a pronoun took the nearest person, but
    somebody's manager is never the one the `her` means."""
    text = ("Rafa was fired from a car wash after one day. “I washed the wrong car,” he said."
            "\n\nBea's first job was at a cinema, where her manager told her, “Never make eye "
            "contact during the sad bits.”")
    assert speaker_of(text, "eye contact") is None


@pytest.mark.parametrize(("beat", "line", "speaker"), [
    ("The warden stopped beside the slab.", "“Here,” he said, “lies Brother Wulfric.”",
     "the warden"),
    ("The Colonel, very slowly, turned purple.", "“Bunty,” he said. “Is that Reggie?”",
     "Colonel"),
    ("Mum put Pip in her high chair.", "“Right,” she added. “Everybody on mops.”", "Mum"),
    # a name set off after the role says who it is; a role of the other gender is not he
    ("The old porter, Mr. Banerjee, came in.", "“Here,” he said. “Mind the step.”",
     "Mr. Banerjee"),
    ("The duchess set down her cup.", "“Here,” he said. “Mind the step.”", "Mr. Pike"),
])
def test_a_story_s_he_after_a_role_beat_is_that_role(beat: str, line: str,
                                                    speaker: str) -> None:
    """In a story, `The warden stopped beside the slab.` then `“Here,” he said` went to the
    last man who spoke (review 19b: 32 wrong voices after `the warden`, `the Colonel`,
    `Mum`): a he/she after a sentence that opens with a role is that role's person, as
    `said the warden` would be."""
    text = STORY_TEA.replace("“Sugar?” said Mrs. Pike.", "“Sugar?” said Mr. Pike.").format(
        beat=beat).replace("“Your sister said one bedroom.”", line)
    words = line.split("”")[0].strip("“,")
    assert speaker_of(text, words) == speaker


def test_a_line_that_speaks_to_the_last_speaker_does_not_go_on_as_theirs() -> None:
    """`“There is a girl in the kitchens,” the Queen said.` / `“There are nine girls in the
    kitchens, Majesty.”` went on as the Queen's (review 19b): a line that speaks to the one
    who spoke before, by name or by the address their rank takes, is somebody else's."""
    text = ("“Glass upon the wall,” said the Queen, “who is the fairest of us all?”\n\n“There is "
            "a girl in the kitchens,” the Queen said.\n\n“There are nine girls in the kitchens, "
            "Majesty.”")
    assert speaker_of(text, "nine girls") is None
    report = "At the palace on Monday the Queen addressed the mirror.\n\n" + text
    assert speaker_of(report, "nine girls") is None
    assert speaker_of(report.replace(", Majesty", ""), "nine girls") == "Queen"


def test_words_before_a_colon_that_name_a_thing_are_no_speaker() -> None:
    """`Moral: “Flattery is a price someone else has set.”` made a speaker called Moral
    (review 19b)."""
    text = "And the Fox went home hungry.\n\nMoral: “Flattery is a price someone else has set.”"
    assert speaker_of(text, "Flattery") is None


def test_what_anyone_could_say_is_nobody_s_line() -> None:
    """`…before anyone could say “I do.”` went to Abena, the sentence's subject (review 19b):
    what anyone could say, nobody said."""
    text = ("“Is it?”\n\n“It is now.”\n\n“They were in this pocket.”\n\nKwame closed his eyes. "
            "Abena began to laugh, and it was a full minute before anyone could say “I do.”")
    assert speaker_of(text, "I do") is None


def test_a_one_word_answer_is_no_name_for_the_teller() -> None:
    """`“Probate,” he said.` made the first-person teller Probate, so `“Hello?” I said` got
    that voice (review 19b): a line that is a word alone answers, it calls nobody."""
    text = ("“Why is it so cheap?” I asked.\n\nHe found the key. “Probate,” he said. “The family "
            "want it off their hands.”\n\n“Who was Lottie?”\n\n“You can't have this room.”\n\n"
            "“Hello?” I said.\n\n“Everything all right?”")
    assert speaker_of(text, "Hello") is None
    assert "Probate" not in {who for _line, who in voices(text)}


def test_an_age_set_off_after_a_first_name_makes_a_person() -> None:
    """`Danylo, 71, stood by the bus…` / `“Who will feed the chickens?” he said.` went to
    Serhiy Marchuk, quoted before (review 19a): a first name nobody knows, given an age,
    is somebody, so the man quoted before is not sure."""
    text = ("“We try to make sure that night is not their last,” said Serhiy Marchuk, who "
            "coordinates evacuations.\n\nDanylo, 71, stood by the bus with his granddaughter "
            "but did not board.\n\n“Who will feed the chickens?” he said.")
    assert speaker_of(text, "feed the chickens") != "Serhiy Marchuk"
    text = ("Rahim, 45, a farmer, has stretched a plastic sheet between two trees. “The ground "
            "still moves at night,” he said.")
    assert speaker_of(text, "ground still moves") == "Rahim"


def test_a_dateline_before_a_dash_is_nobody() -> None:
    """`OSLO — Energy Minister Helga Strand declined…, saying she would “…”` was OSLO's
    (review 19a): a place in capitals before a dash opening the text is a dateline."""
    text = ("OSLO — Energy Minister Helga Strand declined on Thursday to give a date, saying she "
            "would “not make promises the weather can break.”")
    assert speaker_of(text, "weather can break") == "Helga Strand"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Prof. Adaeze Obi, who teaches engineering at the University of Nigeria, Nsukka, called "
     "him “the most stubborn man I ever met,” and laughed.", "stubborn man", "Adaeze Obi"),
    # not after a day, or a phrase that opens the sentence
    ("At one point on Sunday, Trump, who has nearly 9 million followers, tweeted, “Reporting "
     "that the killer shouted as he fired.”", "Reporting that", "Trump"),
    ("Of Carson, Levine, who has given money to Marco Rubio, said, “He is flat-out scary.”",
     "flat-out scary", "Levine"),
])
def test_one_word_set_off_after_an_organisation_is_its_place(text: str, words: str,
                                                             speaker: str) -> None:
    """`…at the University of Nigeria, Nsukka, called him “…”` was Nsukka's (review 19a): a
    word set off after an organisation's name is where it is, not the subject."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Anjali Raman, 12, won the county spelling bee.\n\nHer mother, Priya Raman, a pharmacist, "
     "said Anjali had taught herself.\n\n“She reads the dictionary like a novel,” Ms. Raman "
     "said.", "dictionary", "Priya Raman"),
    ("Logan Pritchard was sentenced for the murder of Tama Walker.\n\nTama's father, Hemi "
     "Walker, spoke first.\n\nOutside court, Mr Walker said the family would try to rebuild. "
     "“We'll learn to walk around it,” he said.", "walk around it", "Hemi Walker"),
])
def test_an_honorific_of_a_family_is_not_the_one_called_by_a_first_name(
        text: str, words: str, speaker: str) -> None:
    """`Ms. Raman said` went to Anjali Raman, 12, and `Mr Walker` to the murdered son (review
    19a): of the people who share a surname, the one the text calls by a first name alone
    (`Anjali had taught herself`, `Tama's father`) is not the one it calls Ms. or Mr."""
    assert speaker_of(text, words) == speaker


def test_a_name_set_off_after_their_eldest_is_that_child() -> None:
    """`Their eldest, Jonas, organised the visit.` / `“…,” he said.` went to his father,
    quoted before (review 19a): `eldest` is a word for a person too."""
    text = ("“This is the bunk,” Martin Brandt said.\n\nTheir eldest, Jonas, organised the visit."
            "\n\n“I grew up hearing about this train,” he said.")
    assert speaker_of(text, "grew up hearing") == "Jonas"


def test_a_live_blog_s_time_stamp_does_not_hide_the_role_that_opens_the_sentence() -> None:
    """`9:20 a.m. — The governor has requested…` / `“…,” she wrote on X.` went to the woman
    quoted in the entry before (review 19a): after a live blog's time and dash, `The
    governor` opens the sentence, and the one governor known is meant."""
    text = ("Gov. Ana Ruiz toured the coast on Monday.\n\n7:48 a.m. — Denise Albright stayed "
            "home. “The dogs are under the bed,” Albright said.\n\n9:20 a.m. — The governor has "
            "requested a federal disaster declaration. “I expect the White House to act "
            "quickly,” she wrote on X.")
    assert speaker_of(text, "act quickly") == "Ana Ruiz"


def test_a_role_somebody_named_holds_is_no_unnamed_newcomer() -> None:
    """`The coroner, Kirsty Gomersal, asked…` / `The coroner said she would issue a report.
    “…,” she said.` lost its speaker to the rule for unnamed people (review 15a): a role
    somebody named holds is them."""
    text = ("An inquest has heard that paramedics took four hours.\n\nThe coroner, Kirsty "
            "Gomersal, asked a manager why. “We had 40 calls waiting,” replied Philip Dent, a "
            "duty manager.\n\nThe coroner said she would issue a report. “This cannot be "
            "allowed to happen again,” she said.")
    assert speaker_of(text, "cannot be allowed") == "Kirsty Gomersal"


def test_a_turn_is_not_taken_by_the_one_the_line_addresses_by_rank() -> None:
    """Turn-taking gave `“…, Majesty.”` to the Queen, whose turn it was: a line that speaks
    to somebody by the address of their rank is not theirs, as one that calls them by name
    is not."""
    text = ("“Glass upon the wall,” said the Queen. “Who is the fairest of us all?”\n\n“Not you,” "
            "said the Mirror.\n\n“There are nine girls in the kitchens, Majesty.”")
    assert speaker_of(text, "nine girls") != "Queen"
    assert speaker_of(text.replace(", Majesty", ""), "nine girls") == "Queen"


def test_aung_opens_men_s_names_too() -> None:
    """`Aung Naing, a community leader, said he feared…` / `“…,” he said.` went to Ko Zaw,
    quoted before (review 19a): `Aung` and `San` were women's first names, taken from Aung
    San Suu Kyi, whose `she` still tells her gender; in Burmese names they open men's names
    as often. `San Jose` is a place, no person to compete for a he."""
    text = ("“We did not wait for the third,” said Ko Zaw, a teacher.\n\nAung Naing, a "
            "community leader, said he feared they would be sent back.\n\n“Temporary is a word "
            "we have learned to be afraid of,” he said.")
    assert speaker_of(text, "Temporary is a word") == "Aung Naing"
    tweets = ("Donald Trump held a rally in San Jose. After his rally in San Jose, California "
              "the candidate went further. “They burned the flag,” he tweeted.")
    assert speaker_of(tweets, "burned the flag") == "Donald Trump"


def test_a_name_set_off_with_a_person_s_role_is_a_person_whatever_its_last_word() -> None:
    """`Hollis Grange, an analyst at Pemberton & Ruiz, asked…` / `“…?” she asked.` went to
    Cobalt Street Software (review 20a): `Grange` made the name a place, nobody, and the
    company, not known as one, took the she. A role set off after the name says it is a
    person, and `Software` ends a company's name."""
    text = ("Cobalt Street Software reported revenue of $612 million on Tuesday.\n\nHollis "
            "Grange, an analyst at Pemberton & Ruiz, asked whether the company would slow "
            "hiring. “Should we be modelling flat headcount?” she asked.")
    assert speaker_of(text, "flat headcount") == "Hollis Grange"


def test_a_name_of_two_words_before_of_and_an_organisation_is_a_person() -> None:
    """`A co-author, Søren Kjær of Aarhus University, said…` / `“Then we'll know,” he said.`
    went to the allergist quoted before (review 20a): the whole run was one organisation."""
    text = ("Dr. Marcus Obi, an allergist who was not involved, called the work preliminary. "
            "“I'd want to see it replicated,” he said.\n\nA co-author, Søren Kjær of Aarhus "
            "University, said the team was planning a trial. “Then we'll know,” he said.")
    assert speaker_of(text, "Then we'll know") == "Søren Kjær"
    told = ("As America prepares for the election, Newt Gingrich is intrigued.\n\nOn Friday, "
            "Gingrich — mentioned by Newsmax as the leading choice for Donald Trump’s running "
            "mate — told Bill O’Reilly of Fox News, that “you have to look at it very "
            "seriously, of course.”")
    assert speaker_of(told, "very seriously") == "Newt Gingrich"  # not whom he told
    title = ("“Warnings were ignored,” Vadodara Superintendent of Police Sandeep "
             "Chaudhary-Patel said.")
    assert speaker_of(title, "Warnings") != "Vadodara Superintendent"  # a title before `of`


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Céline Abergel of the French daily Le Quotidien said: “We will not give up on this "
     "case, not now, not ever.”", "Céline Abergel"),
    ("Tom Reyes of the weekly Daily Planet said: “We will not give up on this case, not now, "
     "not ever.”", "Tom Reyes"),
    ("Ann Ek of the conservative think tank Heritage Foundation said: “We will not give up "
     "on this case, not now, not ever.”", "Ann Ek"),
    ("Tom Reyes of the Daily Planet said: “We will not give up on this case, not now, not "
     "ever.”", "Tom Reyes"),
    ("The Royal Bank of Scotland said: “We will not give up on this case, not now, not "
     "ever.”", "Royal Bank of Scotland"),
    ("Imperial College of London said: “We will not give up on this case, not now, not "
     "ever.”", "Imperial College of London"),
    ("Zhang Wei of the Bank of China said: “We will not give up on this case, not now, not "
     "ever.”", "Zhang Wei"),
    # a speech verb ends the words that describe an organisation
    ("Ann Lee of the union said Tom Reyes told her: “We will not give up on this case, not "
     "now, not ever.”", "Tom Reyes"),
])
def test_words_that_describe_an_organisation_leave_the_person_before_of(
        sentence: str, speaker: str) -> None:
    """`Céline Abergel of the French daily Le Quotidien called it “…”` went to the paper
    (review 20a): `French daily` stood between `of the` and the paper's name, so the person
    before `of` was not seen. `Royal Bank of Scotland said` was nobody: a word of the bank's
    own before `Bank of` made the run no organisation."""
    assert speaker_of("Banks brace for new rules\n\nThe day began early.\n\n" + sentence,
                      "give up") == speaker


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ("For parents like Camille Durand, whose eight-year-old son took part, the details "
     "matter less than the result. “He ate a peanut butter cookie,” she said.", "Camille Durand"),
    ("Minutes later, Ayesha Qureshi, a nurse who lives nearby, stepped to the microphone. "
     "“He ate a peanut butter cookie,” she said.", "Ayesha Qureshi"),
    # named with nothing set off that says who she is: no more sure than before
    ("For parents like Camille Durand the details matter less than the result. “He ate a "
     "peanut butter cookie,” she said.", None),
])
def test_a_report_s_she_after_a_paragraph_brings_a_woman_in_is_hers(paragraph: str,
                                                                  speaker: str | None) -> None:
    """`For parents like Camille Durand, whose…son took part, …` / `“…,” she said` stayed
    with the narrator (review 20a: 19 misses of this kind): the paragraph names her for the
    first time, with words that say who she is, and she is the one it brings in to speak,
    though an object, not the doctor quoted before."""
    text = ("“We were surprised by how strong the signal was,” said Dr. Hanna Lindqvist, the "
            "study's lead author.\n\n" + paragraph)
    assert speaker_of(text, "peanut butter") == speaker


def test_a_role_set_off_with_a_name_is_that_person_s_not_an_earlier_holder_s() -> None:
    """`The new leader, Colombia's Esteban Morales Quintero, was cautious.` / `“…,” he
    said` went to the race leader named before (review 20a)."""
    text = ("Matteo Bianchi won the stage, while race leader Jonas Vingegaard-Holm lost two "
            "minutes.\n\nThe new leader, Colombia's Esteban Morales Quintero, was cautious. "
            "“The jersey is beautiful,” he said.")
    assert speaker_of(text, "jersey is beautiful") == "Esteban Morales Quintero"


def test_a_report_s_reply_after_a_question_is_the_other_one_s() -> None:
    """`“Frightened of what, exactly?” Rourke asked.` / `“Of losing my job,” she replied.`
    went to Rourke, the asker (review 20a): the one who replies is the other woman of the
    exchange."""
    text = ("The defence lawyer, Pamela Rourke, asked Theodora Nikolaidis why she had not gone "
            "to the police. “Because I was frightened,” Nikolaidis said.\n\n“Frightened of what, "
            "exactly?” Rourke asked.\n\n“Of losing my job. Of him,” she replied.")
    assert speaker_of(text, "losing my job") == "Theodora Nikolaidis"
    assert speaker_of(text.replace("she replied", "she said"), "losing my job") == (
        "Theodora Nikolaidis")  # not the asker either (round 45, State._not_the_asker)


def test_a_question_asked_is_answered_by_somebody_else() -> None:
    """`“Did the house float away?” Sam asked.` / `“No. The house stayed.”` went on as Sam's
    (review 20b, 19b): in a report, the uncued paragraph after a question asked answers it."""
    text = ("Ezra buttered his bread and looked at the window.\n\n“Did the house float away?” "
            "Sam asked.\n\n“No. The house stayed.”")
    assert speaker_of(text, "house stayed") is None
    said = text.replace("float away?” Sam asked", "float away, in the end,” Sam said")
    assert speaker_of(said, "house stayed") == "Sam"


def test_the_n_year_old_is_the_person_named_before() -> None:
    """`“I just shut my eyes and hoped,” the 21-year-old said` after `Kofi Boateng-Reid
    headed in…` stayed with the narrator (review 20a): an age is a word for a person."""
    text = ("Kofi Boateng-Reid headed in a stoppage-time equaliser on Saturday.\n\n“I just shut "
            "my eyes and hoped,” the 21-year-old said afterwards, grinning.")
    assert speaker_of(text, "shut my eyes") == "Kofi Boateng-Reid"
    credit = ("Comedian Peter Sera posted the clip on Thursday.\n\nAnn Boyd via Getty Images."
              "\n\n“What if he had elocution lessons?” the 43-year-old asked.")
    assert speaker_of(credit, "elocution") is None  # a photo's credit names nobody there
    score = "Ashdown Rovers 2 Kirkfield Town 2"
    club = (score + "\n\nKofi Boateng-Reid headed in a stoppage-time equaliser to salvage a "
            "draw for Ashdown Rovers on Saturday, denying Kirkfield a first away win since "
            "October.\n\nKirkfield had led 2-1 through goals from Lasse Nygaard and a penalty "
            "by captain Stellan Havard, and looked comfortable until Boateng-Reid rose above "
            "two defenders.\n\n“I just shut my eyes and hoped,” the 21-year-old said.")
    quotes = _quotes(_with_heading(club, score))
    assert quotes["“I just shut my eyes and hoped,”"] != "Kirkfield"  # a lone word is no one


def test_a_name_after_up_or_down_is_no_subject() -> None:
    """`The funicular up Gubałówka is the obvious start, and Tomasz Wróbel hates it. “…,”
    he told us.` went to Gubałówka, a mountain (review 20c): after `up` a name is an
    object."""
    text = ("The funicular up Gubałówka is the obvious start, and Tomasz Wróbel hates it. “It "
            "is a fairground on a hill,” he told us.")
    assert speaker_of(text, "fairground") == "Tomasz Wróbel"
    pooh = ("\"Oh, there you are!\" called down Winnie-the-Pooh, as soon as you got back to the "
            "tree.\n\n\"Hallo, Piglet,\" said Pooh.")
    assert speaker_of(pooh, "there you are") == "Winnie-the-Pooh"  # after a speech verb


def test_words_never_said_are_nobody_s_line() -> None:
    """`Paul writes, “God loves a cheerful giver.” He did not write, “God loves a large
    giver.”` gave Paul the second line too (review 20c)."""
    text = ("Paul writes, “God loves a cheerful giver.” He did not write, “God loves a large "
            "giver.”")
    assert speaker_of(text, "cheerful giver") == "Paul"
    assert speaker_of(text, "large giver") is None


def test_a_writer_s_mother_in_law_is_somebody_unnamed() -> None:
    """`When I asked my mother-in-law to stop, she said, “…”` went to Aunt Margery, the
    columnist the letter is addressed to (review 20c)."""
    text = ("Dear Aunt Margery,\n\nWhen I asked my mother-in-law to stop, she said, “I'm only "
            "trying to help.”")
    assert speaker_of(text, "only trying") is None


def test_a_gesture_with_one_s_own_notebook_tells_one_s_gender() -> None:
    """`DS Okoro opened his notebook.` … `‘The lock-keeper,’ she said.` went to Okoro
    (review 20b): opening one's notebook, like shaking one's head, says who one is."""
    text = ("‘What have we got?’ asked DI Walsh.\n\nDS Okoro opened his notebook. ‘A body in "
            "the lock.’\n\nWhen Walsh came back her face had gone very still, which Okoro knew "
            "meant trouble.\n\n‘The lock-keeper,’ she said. ‘He's the dead man's brother.’")
    assert speaker_of(text, "The lock-keeper") == "Walsh"  # DI is a rank, not part of her name


def test_a_round_up_s_label_paragraph_names_the_speaker() -> None:
    """`Rep. Curtis Oyelowo (R-Nev.), on the social media platform X:` / `“…”` stayed with
    the narrator (review 20a): a paragraph that is a name and where they spoke, ending in a
    colon, labels the quote that follows."""
    text = ("What lawmakers said about the ruling\n\nRep. Curtis Oyelowo (R-Nev.), on the social "
            "media platform X:\n\n“Nevada ranchers just got handed a bill they never ran up.”"
            "\n\nGov. Hyun-woo Baek, speaking to reporters in Sacramento:\n\n“We'll pay our "
            "fair share. We always have.”")
    assert speaker_of(text, "Nevada ranchers") == "Curtis Oyelowo"
    assert speaker_of(text, "fair share") == "Hyun-woo Baek"


def test_a_report_s_kin_word_nobody_holds_is_nobody() -> None:
    """`Halfway up, we met a couple from Leeds. “…,” the husband announced.` went to the
    guide named before (review 20c): somebody's husband is nobody known."""
    text = ("Our guide, Tomasz Wróbel, met us at the stop.\n\nHalfway up, we met a couple from "
            "Leeds. “Best-kept secret in Europe,” the husband announced.")
    assert speaker_of(text, "Best-kept") is None


def test_a_story_s_vicar_is_a_trade() -> None:
    """`Mr. Hebden, the vicar, was coming up…` … `The vicar looked from one to the other.
    ‘Well,’ he said` went to Jack (review 20b): `vicar`, `deacon`, `steward` are trades a
    story names its people by."""
    text = STORY_TEA.replace("“Sugar?” said Mrs. Pike.", "“Sugar?” said Mr. Pike.").format(
        beat="The vicar looked from one to the other.").replace(
        "“Your sister said one bedroom.”", "“Well,” he said, “I'll pray for fair weather.”")
    assert speaker_of(text, "Well") == "the vicar"


def test_a_day_is_no_name_for_the_teller() -> None:
    """A first-person teller was named `Tuesday` after a note that read `“Tuesday, the
    usual place.”` (review 20b): a day or a month is nobody's name."""
    text = ("She came in without knocking.\n\n“Mr. Ferrante?”\n\n“Depends who's asking,” I "
            "said.\n\n“Lena Voss. My husband is missing.”\n\n“Mine doesn't drink.”\n\nOn the "
            "back, in blue ink, somebody had written “Tuesday, the usual place.”\n\n“Your "
            "handwriting?” I asked.\n\n“No. I found it in his coat.”")
    # (`“Mr. Ferrante?”` / `“Depends who's asking,” I said.`: since round 61 a call with an
    # honorific names the teller, as `“…, Watson”` does)
    assert speaker_of(text, "Depends") == "Ferrante"
    assert speaker_of(text, "Your handwriting") == "Ferrante"


@pytest.mark.parametrize(("text", "story"), [
    ("The Fox and the Crow\n\nThe old Crow sat on a branch with a cheese. “What a morning,” "
     "said the Fox. “Do you not think it is a morning for singing?”\n\nThe Crow said "
     "nothing.\n\n“They tell me,” the Fox went on, “that no voice can match yours.”\n\n“Who "
     "tells you?” the old Crow replied.\n\n“Everyone. Even the Magpie!”", True),
    # a report's lines may ask too, but it dates and numbers what it tells
    ("Council votes on ferry\n\nThe council met on Monday. “What a morning,” said Ann Roe. "
     "“Do you not think it is a morning for voting?”\n\nThe mayor said nothing.\n\n“They "
     "tell me,” Roe went on, “that no vote can match it.”\n\n“Who tells you?” the mayor "
     "replied.\n\n“Everyone. Even the clerk!”", False),
])
def test_a_story_with_few_cues_reads_as_dialogue(text: str, story: bool) -> None:
    """A fable with four cues was read as a report (review 19b: a third of the fiction
    texts, review 20b likewise), so a question's answer went on as the asker's and `said
    the vicar`-style trades were nobody: narration with no date, figure or newsroom word and
    lines that ask, exclaim or call somebody are a story's."""
    assert dialogue_style(make_article(text)) is story


def test_a_caller_named_from_a_place_is_a_person() -> None:
    """`Marguerite from Lyon called in to tell us about…` / `“…,” she said` stayed with the
    narrator (review 19c): a first name alone, then `from` and a place, then a verb, is how a
    show names a caller."""
    text = ("Marguerite from Lyon called in to tell us about her grandmother's stairwell. “It "
            "was floor polish and onions,” she said.")
    assert speaker_of(text, "floor polish") == "Marguerite"


def test_a_story_s_he_after_a_newcomer_does_not_make_the_heroine_a_man() -> None:
    """`The boat put Wren Abernethy ashore…` / `A tall old man was waiting on the slipway. He
    did not offer to take either trunk.` / `“You’ll be the schoolteacher,” said he.` went to
    Wren, made a man by that narration's `He` (review 16b, once read as a story): a he after
    somebody new is brought in is not a person of unknown gender named before."""
    text = ("The boat put Wren Abernethy ashore on Skerrow at the turn of the tide, with two "
            "trunks.\n\nA tall old man was waiting on the slipway. He did not offer to take "
            "either trunk.\n\n“You’ll be the schoolteacher,” said he.\n\n“I am. Wren "
            "Abernethy. You must be Mr. Kell.”\n\n“I must,” said the keeper. “Agnes has the "
            "kettle on.”\n\n“Is it always so windy?” asked Wren.\n\n“No,” said Tobias Kell. "
            "“Sometimes it’s worse.”")
    assert speaker_of(text, "schoolteacher") != "Wren Abernethy"


# --------------------------------------------------------------------------------------------
# Round 32: reviews 21a (courts, disasters, elections, wires), 21b (mysteries, sagas,
# historical fiction), 21c (event recaps, case studies, readers' letters)
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a post `of` a firm: the firm is where it is held, no person to take the he
    ("Mitchell Kaye, chief executive of AutoMotion, which built the vehicles, insisted the "
     "technology was sound. “Our vehicle braked because a child ran into the road,” he said.",
     "Our vehicle braked", "Mitchell Kaye"),
    # a firm written `Surname & Surname` is one organisation, not a person called Cole
    ("Mark Ashby of Ashby & Cole said demand was strong. “People fall in love with the "
     "windows,” he said.", "fall in love", "Mark Ashby"),
    # a wire's dateline typed with a hyphen is no speaker
    ("HELSINKI (Reuters) - Centre Party leader Anneli Virtanen claimed victory on Sunday, "
     "saying voters had sent “a clear message from every corner of the country.”",
     "clear message", "Anneli Virtanen"),
    # a family name first: `Lee` is no man's first name here, the she is hers
    ("“I humbly accept the verdict,” Kim Dong-hoon said.\n\nLee Soo-ah, a 27-year-old office "
     "worker, said housing costs had decided her vote. “I have been looking for a flat for "
     "two years,” she said.", "looking for a flat", "Lee Soo-ah"),
    # `Mrs Walsh` is not the Conor Walsh named before: Conor is a man's name
    ("Conor Walsh, 24, was last seen leaving a nightclub on 3 February.\n\nMrs Walsh said "
     "her son had texted his sister at 2.14am. “That's Conor. Always the chips,” she said.",
     "Always the chips", "Mrs. Walsh"),
    # a title-elect is a title: the name is hers alone
    ("Premier-elect Nomvula Mahlangu said: “We will not give up on this case, not now, not "
     "ever.”", "give up", "Nomvula Mahlangu"),
    # who `asked not to be named` speaks; the he is that newcomer's (round 54: voiced as
    # such, as a `who` clause with no commas no longer hides that the neighbour speaks)
    ("“The water came up fast,” said Liang Wei, the county's emergency planner.\n\nA "
     "neighbour who asked not to be named said the council had been warned. “We told them "
     "after the last flood,” he said.", "We told them", "A neighbour"),
    # the one who asks what she'd say is not the one who answers
    ("Carys Vaughan talks to Ngozi Eze about fermentation.\n\nNgozi explains ogiri, a seed "
     "paste her grandmother made. “It smells like a rumour.”\n\nCarys asks what she'd say to "
     "beginners. “Start with cabbage. Cabbage forgives you.”", "Start with cabbage", None),
    # a he/she said in a who-clause of somebody brought in by `by` is theirs
    ("The first session belonged to novelist Deborah Kline. “Buy the book,” she said.\n\nThe "
     "poetry hour was chaired by Aoife Brennan, who opened with a line she said she had "
     "stolen from her grandmother: “Poets are people who notice the weather.”",
     "notice the weather", "Aoife Brennan"),
])
def test_round_32_news_and_publishers_cues(text: str, words: str, speaker: str | None) -> None:
    """Rows of reviews 21a and 21c that went to the wrong voice, each mended by one rule:
    `chief executive of AutoMotion` made the firm a man (names._post_of), `Ashby & Cole` made
    Cole one (`&` links a run that is a firm), `HELSINKI (Reuters) -` was a speaker (a hyphen
    ends a dateline), `Lee Soo-ah` was a man (names._given_name), `Mrs Walsh` was Conor
    (conor, connor), `Premier-elect` stayed in the name (_hyphened_role), `who asked not to
    be named` read as somebody who asks (resolve._ASKS), `asks what she'd say` gave the line
    to the asker (_asked_about), and `, who opened with a line she said` left the she to the
    last speaker (_who_said)."""
    assert speaker_of(text, words) == speaker


def test_a_woman_accused_of_something_says_nothing() -> None:
    """`The mother of a woman accused of abandoning her newborn pleaded with jurors to see
    her daughter as “…”` went to `a woman` (review 21a): `accused of` after a noun only
    describes it (_reduced_passive)."""
    text = ("The mother of a woman accused of abandoning her newborn pleaded with jurors to see "
            "her daughter as “a scared kid, not a criminal.”")
    assert speaker_of(text, "scared kid") is None
    by = ("A Chinese official responded by saying Japan should be careful “not to interfere "
          "and stir up problems” in the waterway.")
    assert speaker_of(by, "not to interfere") == "A Chinese official"  # `by`: active, theirs


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Marta Kowalczyk has grown tomatoes on her allotment for thirty years. Her advice to "
     "beginners: “Water the roots, never the leaves, and be patient with them.”",
     "Water the roots", "Marta Kowalczyk"),
    ("Oskar Lind runs the seed library. His verdict? “Most people plant far too early in the "
     "spring.”", "plant far too early", "Oskar Lind"),
    ("Ngozi Eze teaches the Saturday class. Ngozi Eze's advice: “Start with cabbage, because "
     "cabbage forgives you everything.”", "Start with cabbage", "Ngozi Eze"),
    ("Oskar Lind wrote from the plant. Oskar Lind's message from the factory floor was "
     "shorter: “We are out of steel until Friday.”", "out of steel", "Oskar Lind"),
    ("Oskar Lind runs the seed library. His verdict on Monday was blunt: “Most people plant "
     "far too early in the spring.”", "plant far too early", "Oskar Lind"),
    # a noun for no words of theirs: no speaker
    ("Oskar Lind runs the seed library. His garden: “Most people plant far too early in the "
     "spring.”", "plant far too early", None),
    # words taken over by somebody else before the colon
    ("Oskar Lind spoke for an hour. His words were drowned out by the crowd, which chanted: "
     "“Send them home, send them all home now.”", "Send them home", None),
    ("Oskar Lind spoke for an hour. His reply was met with boos from the back of the hall: "
     "“Shame on you, shame on all of you tonight!”", "Shame on you", None),
])
def test_a_colon_after_somebody_s_advice_or_verdict_is_theirs(text: str, words: str,
                                                               speaker: str | None) -> None:
    """`Her advice to new users:`, `His verdict?`, `Oskar's message from the factory floor was
    shorter:` left the line with the narrator (review 21c: 12 misses): a he's or she's
    reply noun, nouns of advice, and words of where it went, now hand it to the owner."""
    assert speaker_of(_BUDGET + text, words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Agnieszka Wiśniewska, 45, Wrocław: “Pierogi, always, and my daughter folds them "
     "better.”", "Pierogi", "Agnieszka Wiśniewska"),
    ("Mariko Sato in Osaka wrote simply: “Curry rice, the kind my children still ask for.”",
     "Curry rice", "Mariko Sato"),
    ("Lorraine Tully, 29, Belfast, kept hers short: “Toast. I am not cooking on my day off.”",
     "not cooking", "Lorraine Tully"),
])
def test_a_reader_named_with_age_and_town_speaks(text: str, words: str, speaker: str) -> None:
    """`We asked readers…` pieces label each answer `Name, 45, Town:` or `Name in Town wrote:`
    (review 21c: misses): the age and town set off after the name are no sentence of their
    own, and `in Osaka` is where the subject is, not the subject."""
    assert speaker_of("We asked readers what they cook on Sundays.\n\n" + text,
                      words) == speaker


_TITHE = ("Ned's mother came out of the mill door wiping her hands. “He can read, sir, but only "
          "psalms.”\n\nParson Hume came up the lane from the church. “He means no disrespect, "
          "Sir Thomas.”\n\n“Then he shall not read his own name,” said Sir Thomas.\n\n"
          "Mistress Cole put her hand on her son's shoulder and held it hard. “Go with him, "
          "Ned,” she said.")


def test_words_of_address_tell_a_gender() -> None:
    """`Parson Hume` was made a woman by the she after `Mistress Cole put her hand…`, and
    the she went to him (review 21b): parson, mistress, auntie, gran and their kind say a
    gender as Mr. and Mrs. do (and `Mistress`, like `Mrs.`, stays in her name)."""
    assert speaker_of(_TITHE, "Go with him") == "Mistress Cole"
    plan = run(_TITHE)
    genders = {s.name: s.gender for s in plan.speakers}
    assert genders.get("Parson Hume", genders.get("Hume")) == "male"


def test_a_role_in_a_list_is_no_aside() -> None:
    """`the Reverend Mr Fairfax, the Colonel, and whichever of her granddaughters…` made
    `the Colonel` Mr. Fairfax's alias, so `said the Colonel` was his (review 21b): a comma
    and `and` after the description make it the next item of a list."""
    text = ("Grandmama Amberley had not left the house in eleven years, and so the house came "
            "to her. On Thursdays it came in the shape of the Reverend Mr Fairfax, the "
            "Colonel, and whichever of her granddaughters she was currently displeased with."
            "\n\n“Lydia, you will pour.”\n\nLydia bent her head over the teapot. “Milk, "
            "Colonel?”\n\nMr Fairfax took his cup with both hands. “The committee feels it "
            "would be improved by the presence of the family.”\n\n“The committee,” said the "
            "Colonel, “is Mrs Blount.”")
    assert speaker_of(text, "is Mrs Blount") not in ("Mr. Fairfax", "Mr Fairfax")


def test_a_beat_by_a_character_called_by_rank_hands_over_the_line() -> None:
    """`The Captain nodded slowly. “French?”` stayed with the narrator, and `“You shall
    know…, Mr Okoro.” The Captain drew a breath.` went by the turns to Brandt (review 21b):
    a beat whose subject is `The` and a title is that character's."""
    text = ("“That's a ship's bell, sir,” whispered Brandt from the rail. “Not ours.”\n\nThe "
            "Captain nodded slowly. “French?”\n\n“Or Spanish,” said the surgeon. “I should "
            "like to know before I lay out my instruments.”\n\n“You shall know when I know, "
            "Mr Okoro.” The Captain drew a breath.")
    assert speaker_of(text, "French") == "Captain"
    assert speaker_of(text, "You shall know") == "Captain"
    maid = ("Bertrand Voisin, the neighbour, had brought his daughter. “I don't see why we must "
            "be here,” Bertrand said. “We left at ten. Anouk saw us out.”\n\nThe maid, Anouk, "
            "nodded from the corner. “At ten, monsieur. A little after.”\n\n“And then?” asked "
            "the Inspector.")
    assert speaker_of(maid, "At ten, monsieur") == "Anouk"  # the name set off, not `The maid`


def test_somebody_s_voice_before_a_line_is_theirs() -> None:
    """`He remembered the noise, and then Tamsin's voice somewhere in it, hoarse and
    enormous: “That's my boy!”` went to the he (review 21b)."""
    text = ("Ahmed placed the ball on the spot and stepped back.\n\n“Go on, son!”\n\n“You'll "
            "miss!” jeered somebody in the away end.\n\nHe ran. He remembered the noise, and "
            "then Tamsin's voice somewhere in it, hoarse and enormous: “That's my boy!”")
    assert speaker_of(text, "That's my boy") == "Tamsin"


def test_a_he_or_she_after_somebody_the_writer_knows_is_theirs() -> None:
    """`My mother joined WhatsApp in 2020…` / `“Darling, did you see this?” she wrote` and
    `My editor was unmoved. “Write about it,” she said` stayed with the narrator, or went to
    the mother (review 21a, columns: 5 misses): a paragraph that brings in somebody the
    writer knows, and names nobody, is about them."""
    text = ("My mother joined WhatsApp in March and has not stopped since.\n\n“Good morning to "
            "my beautiful children,” she wrote on the first day.\n\nMy editor was unmoved when "
            "I complained. “Write about it,” she said.\n\nMy brother, who lives in Perth, "
            "answers only at night. “Mum, it is three in the morning here,” he wrote.\n\nI "
            "called my mother to discuss it. “You are very serious these days,” she said.")
    assert who_spoke(text) == ["My mother", "My editor", "My brother", "My mother"]
    quilt = ("Conservator Helen Vance spent nine weeks on the quilt. “Silk from that period is "
             "heartbreaking,” Vance said.\n\nI asked my mother what she did for self-care. "
             "She thought about it. “My grandmother had one like this,” she said.")
    assert speaker_of(quilt, "one like this") == "my mother"  # not Helen Vance
    frank = ("It has been a wet May.\n\nI have spent it at war with slugs. My neighbour on plot "
             "12, Frank, swears by beer traps. “They die happy,” he says.")
    assert speaker_of(frank, "die happy") == "Frank"  # the name set off is theirs
    shift = ("My therapist has a phrase she repeats so often I hear it in my sleep: “No is a "
             "complete sentence.”\n\nI tried it this week. A colleague asked me to cover her "
             "shift on Saturday.\n\n“No,” I said.\n\n“Oh,” she said. “Okay. Why not?”")
    assert speaker_of(shift, "Oh") is None  # the colleague the writer answered, unnamed


def test_an_epithet_s_head_tells_a_gender() -> None:
    """`The Grey Queen sat…` / `“You came back,” she said.` stayed with the narrator (review
    21b): `the Grey Queen` had no gender, so no she could mean her."""
    text = ("The Grey Queen sat on the iron chair and did not look up.\n\n“You came back,” she "
            "said.\n\n“I said I would,” said Tal'ren.\n\nThe Old Mother laughed from the "
            "doorway. “Men always say that.”\n\n“Enough,” said the Grey Queen. “Leave us.”")
    assert speaker_of(text, "You came back") == "Grey Queen"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a fact-check's claim under a label in capitals, credited after a dash
    ("THE CLAIM: “We have increased school funding every single year I have been in "
     "office.” — Gov. Rick Danvers, in a campaign ad", "increased school funding",
     "Rick Danvers"),
    # a live blog's time stamp and headline labels
    ("21:52 Evo Morales to TV: “The people have spoken, and we will respect them.”",
     "people have spoken", "Evo Morales"),
    ("Rep. Ann Roe on the budget: “It is a disgrace and I will vote against it.”",
     "disgrace", "Ann Roe"),
    ("22:05 Statement from the Met Office: “Counting will continue through the night in all "
     "districts.”", "Counting will continue", "Met Office"),
    # `and` inside one organisation's name: no second subject called Technology
    ("Professor Ingrid Dahl of the Norwegian University of Science and Technology led the "
     "study. “We were surprised by the size of the effect,” she said.", "surprised",
     "Ingrid Dahl"),
    ("The Food and Drug Administration said: “We will not give up on this case, not now, not "
     "ever.”", "give up", "Food and Drug Administration"),
    ("Harvard University and Yale University said: “We will not give up on this case, not now, "
     "not ever.”", "give up", "Yale University"),  # two names, as before
    ("The University of Michigan and Ohio State University said: “We will not give up on this "
     "case, not now, not ever.”", "give up", "Ohio State University"),
    ("Smith in Jordan said: “We will not give up on this case, not now, not ever.”", "give up",
     "Smith"),  # a place that is a first name too
    # an age in words after a name says it is a person
    ("Meera, eight, has her own view. “The doughnuts are the best in the world,” she said.",
     "doughnuts", "Meera"),
])
def test_round_32_labels_and_names(text: str, words: str, speaker: str) -> None:
    """Misses of reviews 21a and 21c: a claim under `THE CLAIM:` credited after a dash,
    live-blog labels (`Morales to TV:`, `Statement from the Met:`), a university `of Science
    and Technology` whose `Technology` took the she's subject, an age in words."""
    assert speaker_of("A report from the town.\n\n" + text, words) == speaker


def test_in_his_view_and_an_aside_after_role_words() -> None:
    """`In his view, “…”` left a partial quote of eight words with the narrator (review 21c):
    the view is his, as `His verdict:` is. `Regular customer Kim Lyle, a retired postman,`
    took no gender from the aside, for role words came before the name (`regular
    customer`), so the he after it was nobody's."""
    text = ("Luis Ferreira, an executive at a Portuguese utility, disagreed with the framing. In "
            "his view, “the burden is also an opportunity, if the towns own a share of it.”")
    assert speaker_of(text, "burden is also") == "Luis Ferreira"
    cafe = ("The cafe opened in 2014.\n\nRegular customer Kim Lyle, a retired postman, has eaten "
            "there almost every day since it opened. “I have had the hash perhaps two thousand "
            "times,” he said.")
    assert speaker_of(cafe, "hash") == "Kim Lyle"


def test_a_line_that_takes_up_the_last_one_s_words_answers_it() -> None:
    """`“But not at the scene,” Ms Hughes said.` / `“Not at the scene, no.”` went on as
    the barrister's (review 21a, cross-examination): a line that opens with the last line's
    own words answers it."""
    text = ("Cross-examined by Catrin Hughes KC, Detective Sergeant Owen Pritchard accepted "
            "that he had completed his notes at the station. “I wrote them as soon as I "
            "could,” he said.\n\n“But not at the scene,” Ms Hughes said.\n\n“Not at the "
            "scene, no.”")
    assert speaker_of(text, "Not at the scene, no") is None


def test_after_the_writer_talks_to_somebody_the_turns_are_theirs() -> None:
    """`Walking home, I told my mom about it on the phone.` / `“Tobi,” she said finally,
    “…”` / `“Mom, it’s not a big deal.”` went by the turns to the coach, who spoke three
    paragraphs before (review 18b, once the mother's she had a voice): narration in which
    the writer acts makes the next uncued line the writer's, and the line after that the
    mother's answer."""
    text = ("Coach Reyes blew the whistle and we all stopped running.\n\n“Something funny, "
            "Okafor?” Coach Reyes asked.\n\n“No, Coach,” I said.\n\n“Good. Hit the "
            "showers,” he said.\n\nWalking home, I told my mom about it on the phone. She "
            "didn’t laugh.\n\n“Tobi,” she said finally, “whatever happens Monday, I’m proud "
            "of you.”\n\n“Mom, it’s not a big deal.”\n\n“It is to you. So it is to me.”")
    got = dict(voices(text))
    assert got["whatever happens Monday, I’m proud of you"] == "my mom"
    assert got["Mom, it’s not a big deal"] is None  # not the coach's turn
    assert got["It is to you"] == "my mom"


def test_a_kin_word_or_a_rank_names_nobody_else_s_role() -> None:
    """Once `Grandma` and `the King` had a gender (round 32), `said his mother` went to
    Grandma and, in review 17b's council scene, `asked the boy` to the King (reviews 16b,
    17b): the one a story calls by a kin word or a rank is that, not another kin or role."""
    dinner = ("By the time the lasagne came out, the argument had gone round the table twice."
              "\n\n“Sit, sit, everybody sit,” said Grandma. “Nobody talks about the wedding "
              "until they have eaten.”\n\n“I’m not talking about the wedding,” Luca said. "
              "“I’m talking about the venue.”\n\n“The venue is the wedding,” said his mother.")
    assert speaker_of(dinner, "The venue is the wedding") != "Grandma"


def test_a_voice_named_before_another_line_is_not_that_line_s() -> None:
    """`then the Rabbit's voice along--“Catch him, you by the hedge!” then silence, and then
    another confusion of voices--“Hold up his head…”`: the second line is the crowd's, not
    the Rabbit's (long Alice, once `X's voice` named a speaker)."""
    text = ("The first thing she heard was a general chorus of “There goes Bill!” then the "
            "Rabbit's voice along--“Catch him, you by the hedge!” then silence, and then "
            "another confusion of voices--“Hold up his head--Brandy now--Don't choke him!”")
    assert speaker_of(text, "Catch him") == "Rabbit"
    assert speaker_of(text, "Hold up his head") is None


def test_a_title_held_of_a_place_is_nobody_called_so() -> None:
    """`Mary, Queen of Scots,` made a person called Scots (review 21c, a history post), whom
    a later `Her words…:` then took from Queen Elizabeth: a rank `of` a place is a title."""
    text = ("The court met at noon.\n\nMary, Queen of Scots, said: “We will not give up on this "
            "case, not now, not ever.”\n\n“Nor will I,” she said.")
    assert who_spoke(text) == ["Mary", "Mary"]


def test_one_who_has_left_the_scene_takes_no_turn() -> None:
    """`“Forty! Congratulations. I'll bring you something.”` / `He goes away. Yusuf turns his
    glass…` / `“Forty years since we first came here.”` / `“He doesn't need to know that.”`
    went by the turns to the waiter who had gone (review 19b, once his beat gave him a
    voice): somebody whose line is followed by their leaving is no party to the talk after."""
    text = ("“They've changed the tablecloths,” Miriam says.\n\n“Have they?” asks Yusuf.\n\nThe "
            "waiter is young and has a gold ring in one eyebrow. “Are you celebrating anything "
            "tonight?”\n\n“Forty years,” says Miriam, before Yusuf can say no.\n\n“Forty! "
            "Congratulations. I'll bring you something.”\n\nHe goes away. Yusuf turns his "
            "glass round on the new white cloth.\n\n“Forty years since we first came here. Not "
            "forty years married.”\n\n“He doesn't need to know that.”")
    assert speaker_of(text, "He doesn't need to know") != "The waiter"


def test_two_named_together_as_listeners_take_no_turn() -> None:
    """`Kayla and Ozzie wriggled down into their sleeping bags.` / a tale's next paragraph
    went by the turns to Ozzie, the last name of the two (review 21b's frame story): two
    people named together were both talked to, and the line is neither's by the turns."""
    text = ("‘You want a bear story?’ Grandpa Lew said. ‘I'll give you one.’\n\nKayla and Ozzie "
            "wriggled down into their sleeping bags.\n\n‘Nineteen seventy-two. Me and Harlan "
            "are up at Caribou Lake.’\n\nOzzie pulled his sleeping bag up to his nose. ‘What "
            "did you do?’")
    assert speaker_of(text, "Nineteen seventy-two") is None
    assert speaker_of(text, "What did you do") == "Ozzie"



@pytest.mark.parametrize(("text", "words", "speaker"), [
    # one word set off with a description is a person, wherever it stands
    ("The next day I walked with Greta, a retired teacher from Hamburg.\n\n“The Camino is a "
     "party,” she told me.", "Camino", "Greta"),
    ("We rode the loop with Tom, a student from Leeds. “I came for the port wine,” he "
     "admitted.", "port wine", "Tom"),
    # a listener, a caller, a customer is somebody by role
    ("“We fixed a rocking horse,” said guest Priya Nair.\n\nAlso on the programme: listener "
     "Shirley rings in about the bus shelter. “It's been broken for six weeks,” she tells the "
     "host.", "six weeks", "Shirley"),
    # a noun no role list knows, then the name set off after it
    ("“A tram that nobody rides is a museum piece,” said the mechanic, João Pereira.",
     "museum piece", "João Pereira"),
    ("“A tram that nobody rides is a museum piece,” said the tram mechanic, Tom Pereira, with a"
     " shrug.", "museum piece", "Tom Pereira"),
    # `X quoted Y as saying` after the quote is Y's
    ("“The Islamic Republic has never left the table,” IRNA quoted Rezaei as telling a meeting "
     "of ambassadors in Tehran.", "never left the table", "Rezaei"),
    ("“Our method succeeds where others fail because we seek out likely voters,” Braynard is"
     " quoted as saying.", "Our method", "Braynard"),
    # an agency named after a woven quote reports the words of the one whose verb has it
    ("Foreign Minister Bui Thanh Son told Carol Jennings on Monday that Hanoi wanted “a "
     "partnership based on respect for independence and sovereignty,” according to the "
     "Vietnam News Agency.", "partnership based", "Bui Thanh Son"),
    # a numbered place is nobody
    ("Alderwoman Denise Harper of the 4th Ward said the shortfall was caused by a lack of "
     "drivers. “He knows that,” she said.", "He knows that", "Denise Harper"),
    # what a title owns is no person who holds it
    ("Catherine Aldous and Owain Pryce traded blows at a rowdy Prime Minister's Questions on "
     "Wednesday.\n\n‘I will of course arrange a meeting,’ the Prime Minister replied.",
     "arrange a meeting", None),
    # a title in title case, its small words in lower case, is nobody's line
    ("Hollow Pines, the Glasgow indie band who split in 2014, have announced a new album, "
     "“Lanterns for the Drowned,” due in May.", "Lanterns", None),
    # ... after a word for a work only: a line may look so too
    ("“Where did you eat?” asked Nina.\n\n“At the Harbour Inn,” said Owen.", "Harbour Inn",
     "Owen"),
    # a she after a question by somebody met only there is the answer, not the asker's
    ("“I will not risk lives,” Governor Teresa Lindqvist-Brown said at a briefing.\n\nOne "
     "reporter asked: “Can you say how many homes have been lost?”\n\n“We have confirmed 212 "
     "structures destroyed,” she said.", "212 structures", None),
    # first names the table lacked
    ("The Green budget expert Ayşe Demirtaş backed the minister. “Every euro must be accounted"
     " for,” she said.\n\nPresident Bärbel Krüger called Jens Tiedemann to order after he "
     "shouted “Liar!” across the chamber. “Herr Kollege, that word has no place in this "
     "house,” she said.", "Herr Kollege", "Bärbel Krüger"),
    # who presides is somebody of their own, not a debater named before
    ("Brad Kowalski could be heard shouting across the chamber.\n\n“She's not answering—” "
     "Kowalski began.\n\n“I will not ask again,” the Speaker said.", "not ask again",
     "Speaker"),
    ("Renata Vaz, chief executive of Continental Freight, told the panel the company had paid"
     " every bill.\n\n“I'd have to check the exact figures,” Vaz replied.\n\n“The senator's "
     "time has expired,” the chair said.", "time has expired", "Chair"),
    # a relative clause's speech is the one it means, not the sentence's subject's
    ("Congratulations to Marcus Feld, our Star of the Ward. He was nominated by a patient's "
     "family, who wrote: “Marcus treated our dad like his own.”", "treated our dad", None),
    # a title in italics is nobody
    ("Gil Moreno's collection, *Low Tide at Bahía*, was longlisted last month.\n\n**Your "
     "father appears in several stories.**\n\nHe's not disguised at all. He read the book "
     "and said, “You made me taller.”", "made me taller", "Gil Moreno"),
    # ... but a name in bold is a name
    ("**Raj Iyer** has moved back to Ohio.\n\n**Tess Whalen** completed her first marathon "
     "in Chicago in October. “I cried at mile 20 and again at the finish,” she reports.",
     "cried at mile 20", "Tess Whalen"),
    # plural words for the public are nobody's name
    ("Bob Pruitt hosted the show for 38 years.\n\nA memorial will be held on Sunday. "
     "Listeners are invited to bring “one thing you bought on the show”.", "one thing", None),
    ("A: People still ring in and ask for “the is-this-thing-on man”.\n\nA: A listener "
     "wrote to us last year. She was housebound, and she said, “You are my company.”",
     "is-this-thing-on", None),
    # the writer's own person after `I <verb>` and a preposition
    ("I stood next to my dad in the kitchen with a notebook.\n\n“What's that for?” he "
     "asked.", "What's that for", "my dad"),
    ("Jonah Pryce: What does your family make of it?\n\nDara Kinsella: My mother came to my"
     " first show and sat in the front row with her arms folded. Afterwards she said, “You "
     "were very good, but did you have to mention the bunions?”", "bunions", "My mother"),
    # a lone word opening a reported clause is no person a he may mean
    ("Asked about a listing, Tan Mei Ling said Paylane was “not in a hurry.”\n\nBernhard "
     "Kessler, a fintech analyst in Frankfurt, said competition was intensifying. Paylane "
     "faces rivals backed by the region's biggest banks. “Everyone wants to own the wallet,”"
     " he said.", "own the wallet", "Bernhard Kessler"),
    # a round-up's label: a name and who they are, then the colon
    ("The state Supreme Court struck down the funding formula. Here is some of the reaction."
     "\n\nHazel Okonkwo, parent, Columbus: “I just want my daughter's school to have a "
     "working heater.”", "working heater", "Hazel Okonkwo"),
    ("The state Supreme Court struck down the funding formula. Here is some of the reaction."
     "\n\nThe Rev. Albert Cole, pastor of Greater Hope Baptist Church in Youngstown, who was "
     "a plaintiff in the case: “Twenty-two years. I have buried friends who started this "
     "fight with me.”", "buried friends", "Albert Cole"),
    ("The state Supreme Court struck down the funding formula. Here is some of the reaction."
     "\n\nSenator Lorraine Fitch, Republican, chair of the Senate Education Committee:\n\n"
     "“The court has overstepped its role. Funding decisions belong to the legislature.”",
     "overstepped", "Lorraine Fitch"),
    # a speech verb in the present
    ("By the end they reach a truce, of sorts. Lowry agrees to ask before reclining. ‘Ask, "
     "not announce,’ Kimura clarifies. ‘There's a difference.’", "Ask, not announce",
     "Kimura"),
])
def test_review_22_reports(text: str, words: str, speaker: str | None) -> None:
    """Reviews 22a and 22c (news on business, diplomacy and legislatures; publishers' travel
    writing, radio notes and arts pages): each row was a wrong voice or a miss before."""
    assert speaker_of(text, words) == speaker


def test_a_description_that_opens_a_sentence_is_no_name() -> None:
    """`She looked up. Tall, wet, a fisherman's jumper with a hole in the elbow…` made a
    person called Tall, who took the next three lines (review 22b)."""
    text = ("The bell over the door rang at five to six, which was exactly five minutes after "
            "Priya had decided nobody else would come in.\n\n“You’re still open?”\n\nShe looked"
            " up. Tall, wet, a fisherman's jumper with a hole in the elbow, holding a paperback "
            "like it had wronged him.\n\n“Technically. What’s wrong with the book?”\n\n“The "
            "ending.” He put it on the counter. “She leaves.”\n\n“Oh, that one, Callum?”")
    assert "Tall" not in {who for _line, who in voices(text)}
    smiling = text.replace("Tall, wet, a fisherman's jumper", "Callum, smiling, a fisherman's "
                           "jumper")
    assert speaker_of(smiling, "Technically") == "Callum"


def test_words_written_out_in_capitals_are_read_by_the_narrator() -> None:
    """`She wrote on the board, in capitals: “NOTHING WORKS.”` was Ms. Clarke's line
    (review 22b); a post in capitals is still its writer's."""
    text = ("“Thank you, Tyrese,” said Ms. Clarke. She wrote on the board, in capitals: "
            "“NOTHING WORKS.” Then she turned round. “Essay title. For Monday.”")
    assert speaker_of(text, "NOTHING WORKS") is None
    assert speaker_of(text, "Essay title") == "Ms. Clarke"
    post = "Senator Ann Roe wrote on Twitter: “WE WILL WIN THIS FIGHT FOR OUR FAMILIES!”"
    assert speaker_of(post, "WE WILL WIN") == "Ann Roe"


def test_a_role_brought_in_with_a_description_is_not_the_one_named_beside_it() -> None:
    """`Four people were waiting: the old man with the stick, the girl in the red coat, and
    Constable Pavel Hruška` / `“It's late,” said the old man.` was Hruška's (review 22b): a
    `the` role set apart by what they carry or wear brings somebody in unnamed."""
    text = ("Four people were waiting: the old man with the stick, the girl in the red coat, "
            "and Constable Pavel Hruška, who was off duty.\n\n“It's late,” said the old man."
            "\n\n“It's always late,” said the girl in the red coat.\n\nThe old man turned to "
            "Hruška. “You're a policeman. Why is the tram late?”\n\n“I'm not on duty.”")
    assert speaker_of(text, "It's late") != "Pavel Hruška"


def test_a_he_after_a_role_s_sentence_is_the_one_who_holds_it() -> None:
    """`Little Ned was sitting in bed counting gulls. The doctor listened to his chest for a
    long time. Then he said, “Whose idea was the poultice?”` went to Ned, named earlier in
    the paragraph (review 22b's diary): Dr. Osei holds the title."""
    text = ("The supply boat came at noon, and Dr. Osei with it. When he could, he said, “Mrs. "
            "Pellow, I have come about the boy.”\n\nI told him the boy was better. He said, "
            "“I should like to see that for myself,” and so I took him up.\n\nLittle Ned was "
            "sitting in bed counting gulls through the window. The doctor listened to his "
            "chest for a long time. Then he said, “Whose idea was the onion poultice?”")
    assert speaker_of(text, "onion poultice") == "Osei"


def test_the_writer_s_own_people_anywhere_in_a_sentence() -> None:
    """`I stood next to my dad` brings in the one a he then means (review 22c's food blog,
    once the writer's people were read anywhere in a sentence); the writer's own words stay
    with the narrator: `started braking` reports no line, and a colon after the writer's own
    clause (`that I had to take it back:`) is the writer's."""
    text = ("When my aunt brought up ghosts on the drive home, I laughed and said, “I don't "
            "believe in ghosts.” She got so upset, and started braking so hard, that I had to "
            "take it back: “Of course I believe in ghosts. I was only joking.” To which she "
            "said, “Thank heaven you still believe in something.”")
    assert speaker_of(text, "Of course I believe") is None
    assert speaker_of(text, "Thank heaven") == "my aunt"


def test_a_line_that_is_a_name_alone_calls_them() -> None:
    """`Wren came in half a bar late…` / `“Wren.”` went to Wren, by the turns and by the beat
    (review 23b's band rehearsal): after no question, a name alone calls its person; after a
    question it answers it (`“Who was it?”` / `“Bingley.”`, a test above)."""
    text = ("The band had been at it since noon, and the radiator had given up at two.\n\n"
            "“Again,” said Dani. “From the bridge.”\n\n“Again?” said Theo. “My fingers have "
            "stopped.”\n\nWren came in half a bar late on the second verse and the whole thing "
            "fell apart.\n\n“Wren.”\n\n“I know. Sorry.”\n\nDani counted them in.")
    assert speaker_of(text, "Wren") != "Wren"
    assert speaker_of(text, "I know") != "Theo"


def test_a_weaving_verb_in_a_who_clause_reports_no_words() -> None:
    """`…mostly from Tommo, who applauded everything.` / `“Thank you, Harvey. Opposition.”`
    was Tommo's (review 23b's classroom debate): what somebody always does is no cue."""
    text = ("Ms. Okoro stood by the board with the timer in her hand.\n\n“So ban it,” said "
            "Harvey. “Ban the lot.”\n\nThere was a smattering of applause from the back, mostly "
            "from Tommo, who applauded everything.\n\n“Thank you, Harvey. Opposition. Anjali.”"
            "\n\nAnjali stood up.")
    assert speaker_of(text, "Thank you, Harvey") != "Tommo"


def test_big_sam_and_little_sam_are_two_people() -> None:
    """`said Big Sam` and `said Little Sam` were one speaker `Sam` (review 23b's band): a
    word like Big, Little, Young or Old before a first name makes a person of its own."""
    text = ("The bassist was Big Sam and the keyboard player was Little Sam, and nobody had "
            "ever called either of them anything else.\n\n“I was not ahead,” said Big Sam.\n\n"
            "“You were ahead, babe,” said Little Sam.\n\n“I was in time,” said Big Sam.")
    assert who_spoke(text) == ["Big Sam", "Little Sam", "Big Sam"]


def test_a_he_after_a_the_role_opens_a_sentence_is_not_surely_the_man_named() -> None:
    """`The stranger in the grey suit had been invited by nobody… Now he said three more.` /
    `“Forty, and eighty.”` went to Doc, the man named before (review 23b's poker game): in a
    story, a sentence that opens with `the` and a word for a person after him may bring in
    the he."""
    text = ("“Your bet, Doc.”\n\nDoc looked at his cards the way he looked at X-rays. “Check.”"
            "\n\n“You checked last hand.”\n\n“I'll check every hand if I like.”\n\nThe stranger "
            "in the grey suit had been invited by nobody in particular. He had said perhaps six "
            "words all night. Now he said three more.\n\n“Forty, and eighty.”")
    assert speaker_of(text, "Forty") != "Doc"
    # but a later sentence that opens with his own title is him again (review 22b)
    text = ("The colonel was a neat man with very clean cuffs. He sat down across from the "
            "prisoner and took out a pipe and did not fill it.\n\n“Your name.”\n\n“You know my "
            "name.”\n\n“I would like to hear it.”\n\n“Davit.”\n\n“Davit what?”\n\n“Only "
            "Davit.”\n\nThe sergeant by the door coughed. The colonel raised one hand without "
            "looking round, and the sergeant was quiet.\n\n“Only Davit. Very well. Only Davit, "
            "who painted the slogans?”\n\n“Which slogans?”\n\n“The ones on every wall in the "
            "old market this morning.”\n\n“I don’t know anything about walls.”\n\n“Everybody "
            "knows something about walls.” The colonel turned the empty pipe over in his "
            "fingers. “Levon. What did the painter say, when you asked him?”\n\n“He said, ‘Ask "
            "the boy with paint on his sleeves,’ Colonel.”\n\nThe prisoner put his arms under "
            "the table. It was too late; they had all seen. The colonel smiled and finally "
            "filled the pipe.\n\n“You see,” he said, “everybody knows something about walls.”")
    assert (speaker_of(text, "You see") or "").lower() == "the colonel"
    # (since round 58 the first line is his too: `The colonel was a neat man… He sat down…`
    # is one man's beat, and the name keeps the cue's lower case)
    assert (speaker_of(text, "Your name") or "").lower() == "the colonel"


def test_the_one_a_line_calls_answers_though_only_the_narration_named_them() -> None:
    """`Janelle Okafor-Reyes gave the longest answer. Tad Whitlock interrupted her…` / `“With
    respect, Janelle, …—”` / `“I'm not finished, Tad.”` went to a candidate from three paragraphs
    back (review 23a's debate): the one the line calls, named in the narration just before
    it, answers."""
    text = ("Orson Pike, a retired colonel, answered first. “I'll support the nominee,” Pike "
            "said.\n\nJanelle Okafor-Reyes gave the longest answer on water. Tad Whitlock "
            "interrupted her halfway through.\n\n“With respect, Janelle, the river is not "
            "going to refill itself—”\n\n“I'm not finished, Tad.”\n\n“—whatever the "
            "county says.”")
    assert speaker_of(text, "not finished") == "Janelle Okafor-Reyes"


def test_and_said_after_the_writer_s_own() -> None:
    """`my wife shook me awake and said, “…”` left the line to the narrator (review 23c): the
    writer's own person is the subject of `…and said` (not one in a second opening clause:
    `Once, when my aunt brought it up, I laughed and said, “…”` is the writer's)."""
    text = "At half past five my wife shook me awake and said, “There's a fox. Get up.”"
    assert speaker_of(text, "a fox") == "my wife"
    text = ("Once in my twenties, when my aunt brought up ghosts on the drive home, I laughed "
            "and said, “I don't believe in ghosts at all.”")
    assert speaker_of(text, "believe in ghosts") is None
    # a name after the role, or set off after it, is the subject (reviews 16c, 19c)
    text = ("I was eleven. My uncle Mako paddled me out and said, “Don't look at the wave, look "
            "where you want to go.”")
    assert speaker_of(text, "look at the wave") == "Mako"
    text = ("My manager, a kind man named Desmond Pryce, called me in after six months and said, "
            "“You are very good at this, and you are very unhappy.”")
    assert speaker_of(text, "very good at this") == "Desmond Pryce"


def test_a_line_after_one_that_calls_a_speaker_is_not_surely_the_caller_s() -> None:
    """`“We did drive here, Mama,” Ada said.` / `“I know. That is why.”` went on in Ada's
    voice (review 23c's family blog): the line before calls somebody who has spoken, so
    the next may be their answer; the narrator keeps it."""
    text = ("My grandmother was waiting at the gate. “You're late,” Gran said.\n\n“The train "
            "was slow, Gran,” Lena said.\n\n“It always is. That is why I wait.”")
    assert speaker_of(text, "It always is") != "Lena"


def test_a_habit_or_a_request_gives_no_line() -> None:
    """`“Are we nearly there?” By the tenth time, Ada had started answering in proverbs.` and
    `Anders asked for Psalm 121 to be read. “…”` gave the lines to Ada and Anders (review
    23c): `started` before a doing that is no speech, and `asked for`, cue nobody."""
    text = ("Tomi, who is six, kept asking the only question six-year-olds know. “Are we there "
            "yet?” By the tenth time, Ada had started answering in riddles.")
    assert speaker_of(text, "there yet") is None
    text = ("Ingrid Dahl asked for the old hymn to be sung today. “Abide with me; fast falls "
            "the eventide; the darkness deepens.”")
    assert speaker_of(text, "Abide with me") is None


def test_the_role_after_an_unnamed_newcomer_is_that_newcomer() -> None:
    """`A second CIA officer backed Bob’s account. In an email, the officer said that “…”` and
    `A Republican committee aide blasted the statement. / “…,” the aide said.` were left to
    the narrator (nobody named); reviews 23a (`A senior Democratic aide said… “…,” the aide
    said.`, twelve such lines) asked for their voice: a report's `the officer` right after
    `a second CIA officer` is that unnamed person, one voice for all their lines, never Bob
    nor the spokesman quoted before. (The PolNeAR scorer cannot credit a speaker with no
    name, so on its train split these lines count as wrong voices: see the README.)"""
    text = ("Bob, the base chief, spoke first. “There never was a stand-down order,” said Bob, a "
            "CIA officer.\n\nA second CIA officer at the base that evening backed Bob’s "
            "account. In an email, the officer said that “when asked if the team could respond, "
            "the answer was yes right away.”")
    assert speaker_of(text, "when asked if") == "A second CIA officer"
    text = ("“The simple truth is that the facts have not changed at all,” a spokesman for "
            "committee Democrats said.\n\nA Republican committee aide blasted the statement."
            "\n\n“Their announcement today is further proof they are focused on politics,” the "
            "aide said. “It is also bizarre.”\n\n“We stand by it,” the aide said later.")
    assert who_spoke(text)[1:] == ["A Republican committee aide"] * 3
    # the words that open a sentence name them, not a count later in it (review 18a)
    text = ("A nurse who worked at the home until last spring said staffing on night shifts "
            "was often one nurse for 40 residents. “You triage,” said the nurse, who asked not "
            "to be named.")
    assert speaker_of(text, "You triage") == "A nurse"
    # words that open no sentence bring nobody in (a revert of an earlier round listed such)
    text = ("Ann Vark said the state needs a senator who listens. “I will listen,” the senator "
            "said.")
    assert speaker_of(text, "I will listen") is None
    text = ("A lawyer for the senator said the vote was flawed. “It was a mistake,” the "
            "senator said.")
    assert speaker_of(text, "a mistake") is None


def test_lou_may_be_a_woman() -> None:
    """`Lou, squashed in the back with a bag of satsumas on her knee, …` / `she said` went to
    the other passenger, Lou being a man's name in our tables (review 23b's road trip; noted
    since round 32): Lou is a name of either gender, so the narration's she decides."""
    text = ("Rafa had his hood up and his head against the window. “Wake me at the border.”\n\n"
            "Lou, squashed in the middle of the back seat with a bag of satsumas on her knee, "
            "started peeling one. “Nobody is allowed to complain about the satsumas,” she said.")
    assert speaker_of(text, "complain about") == "Lou"


def test_a_line_after_narration_that_brings_somebody_in_takes_no_turn() -> None:
    """`The student nurse appeared at the end of the bay…` / `‘Sister, bed twelve's drip is
    beeping again.’` went to the one the last speaker was talking to (review 23b's hospital
    ward): a paragraph of narration that opens a sentence with `the` and a word for a person
    nobody holds may bring in the next speaker, so the turns give that line to nobody."""
    text = ("Tom and Ann had been at the table for an hour.\n\n“Another bottle?” said Tom.\n\n"
            "“Not for me,” said Ann. “I'm driving.”\n\n“Then coffee,” said Tom.\n\nThe waiter "
            "appeared at Tom's elbow with a silver tray and a look of great patience.\n\n“Will "
            "there be anything else this evening?”")
    assert speaker_of(text, "anything else") is None


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # an earlier round's unnamed source was broken by these (commit 5d87c96); round 34's,
    # which needs the words to open a sentence, gives what the rules gave before
    ("A photo of the governor hangs in the hall. “I hate that photo,” the governor said.",
     "hate that photo", None),
    ("Sgt. Tom Rusk was in court. A lawyer for the officer said he was innocent. “I did my "
     "job,” the officer said.", "did my job", None),
    ("Tom Rusk is a man of faith. “I pray every morning,” the senator said.", "pray every",
     "Tom Rusk"),
    ("Mayor Ann Vark spoke first. A spokesman for the mayor said the budget was fine. “We are "
     "on track,” the mayor said.", "on track", "Ann Vark"),
    ("A police officer, Sgt. Tom Rusk, was first on the scene. “I saw the car,” the officer "
     "said.", "saw the car", "Tom Rusk"),
])
def test_words_that_only_look_like_an_unnamed_newcomer(text: str, words: str,
                                                       speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker


def test_the_writer_s_own_person_stays_in_view_through_pronouns() -> None:
    """`My mother hated ending calls.` / `“Why…?” I asked her once.` / `“…,” she said.` was
    left to the narrator (review 15c's personal essays): paragraphs that name nobody and speak
    of her keep the writer's own person in view, up to OWN_PARAGRAPHS back; a paragraph that
    names another man, or does not speak of him, ends it."""
    text = ("Grandad and the Telephone\n\nMy grandfather never trusted the telephone. He held "
            "it a hand's width from his ear.\n\n“Why do you hold it like that?” I asked him one "
            "summer.\n\n“Because it shouts,” he said.")
    assert (speaker_of(text, "Because it shouts") or "").lower() == "my grandfather"
    named = text.replace("I asked him one summer", "I asked Carl Moss, who held his the "
                         "same way")
    assert (speaker_of(named, "Because it shouts") or "").lower() != "my grandfather"
    unseen = text.replace("I asked him one summer", "I asked one summer")
    assert speaker_of(unseen, "Because it shouts") is None
    step = ("Supper\n\nMy uncle lifted his cup of tea. “To the storyteller,” he said.\n\nLater "
            "I sat with my "
            "father on the back step and asked him if the story was true. He took his time."
            "\n\n“It keeps happening,” he said.")
    assert (speaker_of(step, "keeps happening") or "").lower() == "my father"


def test_a_boy_named_before_the_writer_s_own_person_does_not_hide_her() -> None:
    """`a boy named Yusuf moved in… he stood at our door… My mother took them and thanked
    him` / `"Teşekkürler," she said.` (review 15c): only somebody who may be a she keeps the
    pronoun from the writer's mother."""
    text = ("The Boy Upstairs\n\nWhen I was six, a boy named Arturo moved in above us.\n\nOn "
            "his first day he knocked with a bowl of figs. My mother took it and thanked him in "
            "the only Spanish she had.\n\n\"Muchas gracias,\" she said.")
    assert (speaker_of(text, "Muchas gracias") or "").lower() == "my mother"
    other = text.replace("a boy named Arturo", "a girl named Lucia").replace(
        "he knocked", "she knocked")
    assert (speaker_of(other, "Muchas gracias") or "").lower() != "my mother"


def test_somebody_an_essay_brings_in_unnamed_speaks() -> None:
    """`a woman across the waiting room offered me half her sandwich.` / `“…,” she said.`
    (review 15c): in a text told in the first person, somebody the narration brings in
    unnamed is the he or she nobody named answers, named by the role set off before them
    (`The driver, an older man…`); a report that never says I keeps them with the narrator."""
    text = ("Night Bus\n\nI missed the last train and took the night bus home. The driver, an "
            "older man with a flat cap, turned the heater up for me.\n\n“Long day?” he asked.\n\n"
            "“Long week,” I said.")
    assert speaker_of(text, "Long day") == "the driver"
    waiting = ("Waiting\n\nMy father went into surgery at nine. I sat by the window with a "
               "book I could not read. Around noon a woman across the room offered me a "
               "biscuit.\n\n“You look like you need it more than I do,” she said.")
    assert speaker_of(waiting, "look like you need") == "the woman"
    morning = waiting.replace("Around noon a woman", "In the canteen, a woman")
    assert speaker_of(morning, "look like you need") == "the woman"
    test = ("Passing at Last\n\nI failed my test twice. The third time, the examiner, a "
            "weary man with a clipboard, had me park on a hill.\n\n“Handbrake,” he said.")
    assert speaker_of(test, "Handbrake") == "the examiner"
    report = ("Bus Driver Praised\n\nPassengers thanked the night crew on Route 9. The driver, "
              "an older man with a flat cap, turned the heater up for them.\n\n“Long day?” he "
              "asked.")
    assert speaker_of(report, "Long day") is None


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # review 24a's wire copy: names of other conventions are one person under each form
    ("Harun Iskandar bin Yusof has run the ferry for 20 years. “No fish, no ferry,” said Harun "
     "Iskandar, 61.\n\nSiti Mariam binti Osman, a hydrologist, said the study was thin. “It treats "
     "the river as a drain,” Siti Mariam said.\n\nBack at the jetty, the 61-year-old was gloomy. "
     "“They want me to sell tickets,” he said.", "sell tickets", "Harun Iskandar bin Yusof"),
    ("Siti Mariam binti Osman, a hydrologist, said the study was thin. “It treats the river as "
     "a drain,” Siti Mariam said.", "treats the river", "Siti Mariam binti Osman"),
    ("“It stings, but the lemons pay,” Efraín Quintero Salas, 58, told AFP.\n\nInés Vidal Roca,"
     " an economist, said farms were changing. “It is no collapse,” Vidal said.\n\nQuintero "
     "said he would keep a few trees. “A man should eat his own fruit,” he said.",
     "eat his own fruit", "Efraín Quintero Salas"),
    ("“Nobody has to leave,” said Lieke van der Meer, the board's chair.\n\nFenna Smit, an "
     "engineer, said the river needed room. “Give it room,” she said.\n\nVan der Meer said "
     "the board would meet landowners. “We take only what we need,” she said.",
     "take only what we need", "Lieke van der Meer"),
    # a heading's capitals make no double surname
    ("Nina Ortiz Described Her Years On The Road.\n\nThe singer was asked about the tours. "
     "Ortiz said, “Nobody warned me how long the nights would be.”", "Nobody warned me",
     "Ortiz"),
    # a middle name that is a first name is no surname
    ("Mary Grace Holt, a nurse, spoke first. “We are tired,” Holt said.\n\nGrace Lin, a "
     "doctor, agreed. “We need help,” Grace said.", "need help", "Grace Lin"),
    ("Pham Van Long, the deputy head, said the district had moved people out. “Without the "
     "sirens, many more would have died,” Long told reporters.", "sirens", "Pham Van Long"),
])
def test_names_of_other_conventions(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_an_age_means_the_one_person_named_with_it() -> None:
    """`said Ahmad Faizal, 52,` … `the 52-year-old fisherman was not optimistic. “…,” he
    said.` went to the councillor quoted in between (review 24a's wire copy): an age that
    opens the sentence, or stands for the speaker, is the one person named with it; with two
    such people it decides nothing."""
    text = ("Reef\n\n“The reef is dying,” said Tomas Reyes, 47, a diver.\n\nHugo Sol, a "
            "councillor, said divers would be paid. “Nobody loses,” Sol said.\n\nOn the pier, "
            "the 47-year-old diver shook his head. “They want me to sell ice cream,” he said."
            "\n\n“I have never sold anything,” the 47-year-old said.")
    assert speaker_of(text, "sell ice cream") == "Tomas Reyes"
    assert speaker_of(text, "never sold anything") == "Tomas Reyes"
    two = text.replace("Hugo Sol, a councillor,", "Hugo Sol, 47, a councillor,")
    assert speaker_of(two, "sell ice cream") != "Tomas Reyes"


def test_a_page_s_q_label_is_nobody() -> None:
    """`Q: Why can't I book online?` / `“You can, for routine things.”` went to a speaker
    called Q (review 24c's surgery newsletter): one capital before a colon is a label."""
    text = ("“Yes, of course. You can still phone or call in. Booking online is one more way, "
            "not the only one.”\n\nQ: Why can't I book a blood test online?\n\n“You can, for "
            "routine checks. For anything new a nurse reads your request first, so you see the "
            "right person.”\n\nPractice manager Ruth Abara added: “We are open until noon.”\n\n"
            "Leonard Pike, chair of our patient group, said the group had tried the system. “It "
            "took me five minutes, and I'm 79,” he said.")
    assert speaker_of(text, "routine checks") is None
    assert speaker_of(text, "open until noon") == "Ruth Abara"


def test_a_name_with_an_aside_before_its_verb_is_the_subject() -> None:
    """`Jonah, on the other hand, saw his focaccia sink.` / `“…,” he said.` went to the
    contestant quoted before (review 24c's baking recap): a lone name with a short aside in
    lower case and then a verb is somebody."""
    text = ("Bread Week\n\nMira, the student, was the star.\n\n“I practised every night,” Mira "
            "told the camera.\n\nJonah, on the other hand, saw his loaf collapse.\n\n“I think I "
            "killed the yeast,” he said.")
    assert speaker_of(text, "killed the yeast") == "Jonah"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # review 24a: a dateline's place is nobody who speaks (`it asks` went to Osaka University,
    # named only after the line)
    ("NAGOYA, Japan (Wire) — At a nursing home in Nagoya, a robot rolls between the "
     "tables.\n\n“Have you had your soup, Mori-san?” it asks, in a bright recorded voice.\n\n"
     "Ito Haruki, a nurse at Nagoya University, said robots could help. “A question about soup "
     "is not a chat,” Ito said.", "had your soup", None),
    # a name joined by `and` to one a preposition governs is governed too
    ("An image going round on X and Telegram shows a photo of Health Minister Rosa Kell "
     "beside the words: "
     "“Nurses who want more pay should find other work.”\n\n“I never said that,” Kell said.",
     "Nurses who want", None),
    # a name in `what Adler had said` is what was said, not who speaks next
    ("Ruth Adler says the hedge is on her land. “Eleven inches,” Adler said.\n\nNina Ortiz, "
     "reached next door, laughed when told what Adler had said. “She measured with a shoelace,”"
     " she said.", "shoelace", "Nina Ortiz"),
    # a name set off inside a `who` clause is its object (review 24c's programme note)
    ("Nell Ames, who plays the eldest daughter, Bryony, describes her as “the one who stayed "
     "and never forgave anybody for it”.", "never forgave", "Nell Ames"),
    ("The plaintiff, who sued Acme, Ann Vark, said: “They sold me a boat that could not "
     "float.”", "could not float", "Ann Vark"),
    # a role nobody holds by title is the one person it was set off after
    ("Saeed bin Nasser al-Harthi, chairman of the port authority, said the berth would open "
     "in May.\n\nColin Pike, a British engineer, said sensors would watch the reef. “We will "
     "know within the hour,” Pike said.\n\nAsked about the reef, the chairman said the "
     "authority had “no plan to dredge a single metre of it for the new berth.”",
     "no plan to dredge", "Saeed bin Nasser al-Harthi"),
    ("Ann Vole, chairman of the ferry board, said fares would rise.\n\nTom Ash, chairman of "
     "the harbour trust, said the berth would close.\n\nColin Pike, an engineer, said sensors "
     "would help. “We will know within the hour,” Pike said.\n\nAsked about the reef, the "
     "chairman said there was “no plan to dredge a single metre of it this year.”",
     "single metre", None),
    # `The agronomist acknowledged…` after `Paula Arango, an agronomist with…,`: her
    ("Lena Brandt, a hydrologist with the water board, said the wells were failing.\n\nSara "
     "Ulm, who runs a dairy, disagreed. “Who pays my herd for three dry years?” Ulm said.\n\n"
     "The hydrologist conceded the point. “Three years is long for a family,” she said.",
     "long for a family", "Lena Brandt"),
])
def test_review_24_reports(text: str, words: str, speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker



def test_dash_dialogue_is_voiced_like_quoted_lines() -> None:
    """A translated novel's dash dialogue (`—Yes, said Juan.`) was read whole by the narrator
    (review 24b): its lines take their cues and turns as quoted lines do."""
    text = ("The summer the well ran dry, Ana sent her son up the hill to his uncle.\n\n—Take "
            "the big jug, said Ana. —Not the clay one.\n\n—Why can't Paco go? asked Juan.\n\n"
            "—Because Paco is four.\n\n—He could carry the small one.\n\n—Go, said Ana.")
    assert who_spoke(text) == ["Ana", "Ana", "Juan", "Ana", "Juan", "Ana"]


def test_a_farm_is_a_place() -> None:
    """`on the edge of Puddlecombe Farm, there lived a fox` / `‘Good morning,’ said the fox`
    gave the fox's line to a person called Puddlecombe Farm (review 24b's picture book)."""
    text = ("Once upon a time, on the edge of Wetherby Farm, there lived a fox who was very "
            "hungry.\n\n‘Good day,’ said the fox, in his sweetest voice, to the speckled hen by "
            "the gate.\n\n‘Good day,’ said the hen, and went on pecking.\n\n‘What are you "
            "after, Fox?’\n\nThe goose came three steps closer, and the fox went three steps "
            "back.\n\n‘Off with you,’ she said.")
    assert "Wetherby Farm" not in who_spoke(text)


def test_a_first_person_writer_s_short_question_is_the_writer_s() -> None:
    """`“Of course I'm stubborn,” she says.` / `“And in ten years?”` / `“Twelve tables,” she
    says.` gave the writer's question to the chef (review 24a's interview over lunch): in a
    text told in the first person, a short question alone in its paragraph does not go on
    with the one who spoke before; a longer line does."""
    text = ("Lunch with a cook\n\nI meet Ada Obi at her restaurant at noon. She orders for us "
            "both, and I let her.\n\nWhen her brother leaves, I ask whether she is stubborn.\n\n"
            "“Of course I'm stubborn,” she says.\n\n“And in ten years?”\n\n“Twelve tables,” "
            "she says.")
    assert speaker_of(text, "in ten years") is None
    longer = text.replace("“And in ten years?”", "“Who else would open a restaurant in a "
                          "town that eats at home?”")
    assert speaker_of(longer, "Who else would") == "Ada Obi"


def test_british_single_quotes_close_and_run_on() -> None:
    """Two single-quoted fragments in one sentence were one quote with the narration between
    (`the days’ because` looked like `players’ union`), and a ‘ opened after `he said.` and
    left open at the paragraph's end was read as narration (review 25a's court report)."""
    text = ("Her mother, Sunita Ray, said in her statement that she had ‘stopped counting the "
            "days’ because each one was ‘exactly the same as the first’.\n\nHer brother, Ravi "
            "Ray, spoke next.\n\n‘Anjali was the one we rang first,’ he said. ‘When my dad was "
            "ill, she sat up with him.\n\n‘Our daughters are six and nine.’\n\nThe ‘players’ "
            "union deal’ was signed.")
    quotes = [s.text for s in run(text).segments if s.kind == "quote"]
    assert quotes[:2] == ["‘stopped counting the days’", "‘exactly the same as the first’."]
    assert "‘players’ union deal’" in quotes
    assert speaker_of(text, "When my dad") == "Ravi Ray"
    assert speaker_of(text, "six and nine") == "Ravi Ray"


def test_a_nickname_given_after_a_full_name_is_that_person() -> None:
    """`Marcus Vane, whom everybody called Ace` / `“Four minutes,” said Ace.` made Ace a
    second person with a voice of his own (review 25b's heist); so did `Nuala Breen — Shiv, to
    anyone who…` and a speaker's own `Everyone calls me Harry.`"""
    text = ("In the back, Nuala Breen — Shiv, to anyone who wanted to keep her teeth — checked "
            "the radios. Across from her sat Marcus Vane, whom everybody called Ace for reasons "
            "nobody remembered.\n\n“Four minutes,” said Ace.\n\n“Three,” snapped Shiv. “Your "
            "watch is slow.”\n\n“It is not,” said Ace.\n\n“It is,” said Shiv.\n\nAn old man "
            "came up the path. “Harbhajan Dhillon,” said the old man. “Everyone calls me "
            "Harry.”\n\n“Radishes,” said Harry.")
    assert speaker_of(text, "Four minutes") == "Marcus Vane"
    assert speaker_of(text, "watch is slow") == "Nuala Breen"
    assert speaker_of(text, "Radishes") == speaker_of(text, "calls me Harry")
    assert "Ace" not in [s.name for s in run(text).speakers]
    # no nickname: `who called Trump a threat` calls him names, `they call me Trump` jokes
    news = ("Sen. Ann Lee, who called Trump a threat to the republic, spoke first.\n\n“We "
            "cannot go on like this,” Lee said.\n\n“She is wrong about everything,” Trump said.")
    assert speaker_of(news, "wrong about everything") == "Trump"
    joke = ("Donald Trump spoke in Ohio. Ann Lee, a voter, listened.\n\n“At work they call "
            "me Trump, because I never stop talking,” Lee said.\n\n“We will win,” Trump said.")
    assert speaker_of(joke, "We will win") == "Donald Trump"


def test_a_reverend_s_wife_and_daughter_in_an_old_novel() -> None:
    """Review 25b's vicarage: `the vicar` was a person of its own beside The Reverend Amos
    Hale, `exclaimed his wife` went to the maid named last, and `repeated Mrs. Hale` to the
    daughter, Miss Clara Hale (a Mrs. is never a Miss)."""
    text = ("The Reverend Amos Hale opened the letter at breakfast.\n\n“It is from my cousin,” "
            "said he.\n\n“From your cousin?” cried his wife, setting down the pot.\n\nMiss "
            "Clara Hale, who was nineteen, said nothing at all.\n\n“Read it, my dear,” "
            "returned the vicar mildly.\n\nThe door was opened by Hannah, the maid, with a "
            "card.\n\n“Already!” exclaimed his wife.\n\n“With caution!” repeated Mrs. Hale.\n\n"
            "“Papa, pray do not,” said Miss Hale.")
    got = dict(voices(text))
    assert got["Read it, my dear"] == "Amos Hale"
    assert got["From your cousin"] == got["Already"] == got["With caution"] == "Mrs. Hale"
    assert got["Papa, pray do not"] == "Clara Hale"


def test_a_conversation_starts_from_a_longer_scene_paragraph() -> None:
    """Review 25b's ferry: a scene paragraph of more than forty words whose last two
    sentences set the two people together left the whole exchange after it unvoiced."""
    text = ("The ferry left the harbour at ten past eleven, forty minutes late, and by "
            "midnight most of the passengers had gone below to sleep in the plastic chairs. "
            "Ines Arrieta stayed on the upper deck. After a while Tomas Reyes came up the "
            "stairs with two paper cups of coffee and sat down on the bench beside her.\n\n"
            "“They only had the one kind,” he said.\n\n“That's fine.”\n\n“It's terrible. I "
            "tasted it.”\n\n“Then why did you buy two?”")
    got = [speaker_of(text, w) for w in ("one kind", "That's fine", "I tasted", "buy two")]
    assert got == ["Tomas Reyes", "Ines Arrieta", "Tomas Reyes", "Ines Arrieta"]


def test_short_forms_and_common_nouns_as_names() -> None:
    """`Win` is Winifred Ashworth (review 25a's allotment feature), and a story's Mole,
    though moles dig, is called by `“Mole, have you seen…?”` and does not say it (25b)."""
    text = ("Winifred Ashworth, 91, has kept plot 12 since 1958.\n\n“It was my father's,” "
            "Win says.")
    assert speaker_of(text, "my father's") == "Winifred Ashworth"
    from readaloud.attribute import State, one_line_blocks, scan_people

    story = make_article("Pip\n\nPip the mouse went to find Mole. Mole was digging, as a mole "
                         "does.\n\n“Not now,” said Mole.\n\n“Mole, Mole, have you seen who took "
                         "the light?”")
    doc = Doc(one_line_blocks(story), find_quotes(story))
    people, _pronouns = scan_people(doc)
    mole = people.by_last["mole"][0]
    assert State(doc, people).calls(doc.quotes[1]) == {mole}


def test_a_man_who_comes_in_says_the_next_he_said() -> None:
    """Review 25b's embassy dinner: `the door opened and a young man in a crumpled linen suit
    came in` / `“I'm so sorry,” he said` went to the host who had laughed a paragraph
    before; the newcomer says it."""
    text = ("“Is the fish from Lisbon?” asked Ada.\n\n“From Porto,” said Dom Afonso. “Lisbon "
            "fish is for tourists.”\n\n“Then I am a tourist,” said Ada.\n\nDom Afonso "
            "laughed. He had a laugh that rattled the glasses.\n\n“You flatter me,” "
            "said Dom Afonso.\n\nAt that moment the door opened and a young man in a crumpled "
            "linen suit came in, looking about him.\n\n“I'm so sorry,” he said to the room. "
            "“The taxi went to the wrong house.”")
    assert speaker_of(text, "so sorry") == "the young man"
    stays = text.replace("a young man in a crumpled linen suit came in", "the wind came in")
    assert speaker_of(stays, "so sorry") == "Dom Afonso"


def test_a_verb_after_and_and_an_aside_shares_the_subject() -> None:
    """`when a state legislator questioned the cost, Akana stood up and, according to the
    minutes, told her: “…”` went to the legislator (review 25c): the aside after `and`
    hid the verb's subject, and the search went back to the opening clause's verb."""
    text = ("At a meeting in March, when a state legislator questioned the cost of the program, "
            "Keoni Alana stood up and, according to the minutes, told her: “You spend that much "
            "on one highway ramp.”")
    assert speaker_of(text, "highway ramp") == "Keoni Alana"


def test_a_he_after_a_man_described_with_commas_is_not_one_of_unknown_gender() -> None:
    """`They found the harbourmaster in his hut, a big, stooped man with a white beard.` /
    `“…,” he said` went to the constable named before, whose gender nothing had told
    (review 25b): `a big, stooped man` brings in a man as `a big man` does."""
    text = ("“Who found it?” asked the Inspector.\n\n“A woman with a dog,” said Pell.\n\n“And "
            "the owner?” said the Inspector.\n\n“Which do you reckon, ma'am?” asked Pell.\n\n"
            "They found the harbourmaster in his hut at the end of the pier, a big, stooped man "
            "with a white beard. He was making tea.\n\n“You'll want to know why I touched it,” "
            "he said.")
    assert speaker_of(text, "why I touched it") != "Pell"


def test_two_short_sentences_in_capitals_are_a_line_not_a_title() -> None:
    """`“They'll be hearing from me in January,” she said. “And February. And March.”` read
    the second part as the title of a work (review 25a); `“Mrs. Doubtfire Returns.”` is
    still one."""
    text = ("Amber Kowal said the board would hear from parents.\n\n“They will be hearing from "
            "me in January,” she said. “And February. And March.”")
    assert speaker_of(text, "And February") == "Amber Kowal"
    from readaloud.attribute import _title_of_a_work

    assert _title_of_a_work("“Mrs. Doubtfire Returns.”")
    assert not _title_of_a_work("“And February. And March.”")


def test_a_beat_between_two_lines_of_a_paragraph_hands_on_the_second() -> None:
    """`“Madame Brassard.” The Professor inclined his head. “We were just talking about
    you.”` left the second line unvoiced (review 25b's heist; its starship had five such):
    a beat may stand between two lines of one paragraph, and the line after it is the beat's
    subject's."""
    text = ("“Report,” said Captain Voss.\n\n“Hull holding,” said Park.\n\n“Good,” said Captain "
            "Voss.\n\nThe door slid open and Odile Hale came in with a bag.\n\n“Madame Hale.” "
            "Tom Reed inclined his head. “We were just talking about you.”")
    assert speaker_of(text, "talking about you") == "Tom Reed"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a name inside a `who` clause on the subject is that clause's object, not who writes
    ("One of the mayor's old allies who now backs Gomez, retired judge Ellen Park, wrote in "
     "an email that the race was “a sad show for a town that deserves much better than this.”",
     "sad show", "Ellen Park"),
    ("A farmer who backs Gomez told the meeting that the bypass was “the worst idea this "
     "county has had in fifty years.”", "worst idea", "A farmer"),
    # `who` after a preposition asks, it does not open a clause on a noun
    ("The row over who wrote which draft got so loud that Mayor Chris Dale said, “I need an "
     "interpreter for this meeting.”", "interpreter", "Chris Dale"),
    # `was asked by X, “…?”`: the one who asks is named after `by`
    ("Mayor Dana Whitfield was asked by radio host Colin Barre, who has backed her rivals, "
     "“Will you publish the audit before the vote in March?”", "publish the audit",
     "Colin Barre"),
    ("The mayor was asked by reporters about the “deeply troubling” audit.", "deeply", None),
    # a Welsh `ap` joins a name as `bin` does: `Gareth` later is the same man
    ("Gareth ap Rhys, 61, has farmed the hill for forty years. His neighbour Tom Bell has "
     "not.\n\nWhat Gareth calls a wall is a ruin.\n\n“It was my father's wall,” he says.",
     "father's wall", "Gareth ap Rhys"),
    # a sound verb in the present tense cues the line it follows
    ("“They were not wrong,” Mia Foss laughs. “We were terrible.”", "not wrong", "Mia Foss"),
    ("‘Who took my lantern?’ squawked Mr. Crow.", "my lantern", "Mr. Crow"),
    # `the coach said` means the coach named before
    ("Bulls coach Shane Carmody said he could barely watch.\n\n‘Tommo was everywhere,’ the "
     "coach said.", "everywhere", "Shane Carmody"),
    # a title set off next to a work noun is a work, not a woman who says things
    ("Mira Okafor wrote the songs in a year. Lantern, a slow waltz in which she imagines "
     "her father as a boy, is the best of them.\n\n‘I wanted it quiet,’ she says.",
     "wanted it quiet", "Mira Okafor"),
    ("Mira Okafor wrote the songs in a year. The final track, Low Water, ends where the "
     "album began.\n\n‘My dad heard it in March,’ she says.", "heard it in March",
     "Mira Okafor"),
    # but a person described with a work in a clause, or a name after `on track,`, is one
    ("Lena Park, a singer whose song topped the charts, played on Friday.\n\n“It was the "
     "best night of my life,” Park said.", "best night", "Lena Park"),
    ("The council kept the project on track, Mayor Ann Vole said on Monday.\n\n“We did it "
     "together,” Vole said.", "did it together", "Ann Vole"),
    # a list a colon opens: its quoted items are nobody's lines
    ("His aide, Tony Quist, emailed back a list: better lighting, “enhanced enforcement,” "
     "and a study.", "enhanced", None),
    # a report's all-quote paragraph right after a short paragraph about one person
    ("Fire crews fought the blaze at the old mill until dawn.\n\nGrace Lyle, 68, watched "
     "from the corner of Canal and Mill streets, wrapped in a blanket.\n\n“My father worked "
     "in that mill for 31 years. It's terrible to see.”", "My father worked", "Grace Lyle"),
    ("Emeka Obi, Maya's father, asked the public for help finding her.\n\nHe then turned to "
     "the cameras.\n\n“Maya, we love you. Just call anyone.”", "we love you", "Emeka Obi"),
    # nobody's: a one-word capitalised opener is no name (`Pause.`), nor a second subject
    ("Dana Ruiz and Tom Akers spoke at the rally.\n\nPause.\n\n“Well, you do that, and so "
     "will I.”", "you do that", None),
    ("Grace Lyle watched from the corner. Tom Akers stood beside her.\n\n“My father worked "
     "in that mill for 31 years.”", "My father worked", None),
    # nor somebody things are done to, nor one named before when another has just spoken
    ("Det. Sgt. Ann Royle said officers had worked on the case for months. “It was a long "
     "job,” Royle said.\n\nJohn Smith, 45, of Elm Road, was charged with burglary.\n\n“We "
     "will not tolerate this kind of crime in our town.”", "will not tolerate", None),
    ("John Smith, 45, was arrested on Monday.\n\nDet. Sgt. Ann Royle said officers had "
     "worked on the case for months. “It was a long job,” Royle said.\n\nJohn Smith stood "
     "in the dock on Tuesday.\n\n“We will not tolerate this kind of crime in our town.”",
     "will not tolerate", None),
    # `A <org> spokeswoman, NAME, said…` makes NAME the subject the next she means
    ("The mill will close, its owners said.\n\nA Halvorsen spokeswoman, Colette Amber, said "
     "the plant would shut in June.\n\n“These are hard decisions, and we do not make them "
     "lightly,” she said.", "hard decisions", "Colette Amber"),
    # the writer's opening clause names the one a main-clause he is
    ("The mayor, Tom Reyes, has backed the plan from the start.\n\nWhen I put that to Ivan "
     "Wells, he was unmoved. “Halsted is not Marrow,” he said.", "not Marrow", "Ivan Wells"),
    # `the statement read` after a sentence that brings in whose statement it is
    ("A statement from Renata Walsh, whose two sons played in the league, was read aloud by "
     "a victim advocate.\n\n“We had to choose which of our boys could play,” the statement "
     "read.", "which of our boys", "Renata Walsh"),
    ("Frank Dale, president of the teachers' union, read a statement on behalf of its "
     "members.\n\n“Teachers asked for a clear policy,” the statement read in part.",
     "clear policy", "Frank Dale"),
    # a document nobody is named for stays with the narrator
    ("A statement was read aloud by a victim advocate.\n\n“We had to choose which of our "
     "boys could play,” the statement read.", "which of our boys", None),
])
def test_review_25_reports(text: str, words: str, speaker: str | None) -> None:
    """Round 36's reviews (25a local news, 25b stories, 25c nonfiction): who clauses and
    passive questions, names of other conventions, works and lists, a paragraph about one
    person, subjects set off after a role, and documents read out."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a British police rank before a name is a title: `the DI` is the one it was written for
    ("Chapter One\n\n‘Right,’ said DI Harriet Okonjo-Blake, coming in with her coat on. "
     "‘Where are we?’\n\n‘Nowhere good,’ said Tom Whelan.\n\n‘Whose is it?’ the DI asked.",
     "Whose is it", "Harriet Okonjo-Blake"),
    # `Her mother, Siobhan,` in a paragraph that names nobody by a family name registers
    # Siobhan, and `Kemi's mother` is her, as `her mother` would be
    ("Chapter Four\n\nKemi laid the table. Her father, Tunde, at the head. Her mother, "
     "Siobhan, at the end nearest the kitchen.\n\n\"Plus one what?\" Kemi asked.\n\n\"Plus "
     "one woman,\" her mother said. \"Her name is Persephone.\"\n\n\"What a lovely house,\" "
     "said Persephone.\n\n\"She says it's a warm house, Dad,\" said Kemi's mother.",
     "warm house", "Siobhan"),
    ("Chapter Four\n\nKemi laid the table. Her father, Tunde, at the head. Her mother, "
     "Siobhan, at the end.\n\n\"Plus one what?\" Kemi asked.\n\n\"The heating is on "
     "eighteen,\" said Kemi's father.", "heating", "Tunde"),
    # somebody else's mother set off so is not Kemi's (who is nobody known here: a voice
    # of her own)
    ("Chapter Four\n\nKemi laid the table. Ben's mother, Ruth, had sent a cake.\n\n\"Plus one "
     "what?\" Kemi asked.\n\n\"Plus one woman,\" said Kemi's mother.", "Plus one woman",
     "Kemi's mother"),
    # a paragraph that opens on somebody never named before brings them in: the uncued line
    # after the greeting they get is theirs, not the turn of who spoke before
    ("Chapter One\n\n'Where is he?' asked DI Harriet Okonjo-Blake.\n\n'Lives like he's not "
     "supposed to, ma'am,' said Tomasz.\n\nDetective Chief Superintendent Alasdair Muir had "
     "the knack of arriving exactly when a case was going well. He held a cup of tea.\n\n"
     "'Sir,' said the DI.\n\n'Harriet. Team.' He nodded round the room. 'Have we got "
     "progress?'", "Team", "Alasdair Muir"),
    # … but not one a line named before (`I'm Felix`) nor one a told story names
    ("Chapter One\n\n'Where is he?' asked DI Harriet Okonjo-Blake.\n\n'I'm Felix, the new "
     "reg,' said the young man.\n\n'Lives like he's not supposed to, ma'am,' said Tomasz.\n\n"
     "Felix opened his mouth and shut it again.\n\n'Sir?' said the DI.\n\n'Forty years.'",
     "Forty years", "Tomasz"),
])
def test_review_26_stories(text: str, words: str, speaker: str | None) -> None:
    """Round 37's story review (26b): ranks written as abbreviations, relatives set off by
    name with a first name only, and a newcomer answering the one who greets them."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # an owner's role is the person set off after the same words, not its last holder
    ("UNITED NATIONS (AP) — The council failed to pass a resolution.\n\nZarand’s deputy "
     "ambassador, Hossein Mirzaei-Rad, said the text was unbalanced.\n\nAldmark’s "
     "ambassador, Ingeborg Lindqvist-Haugen, said: “We will not stop.”\n\n\"We abstained "
     "because the text was unbalanced,\" Zarand’s deputy ambassador said.", "We abstained",
     "Hossein Mirzaei-Rad"),
    # `on X.` ends a sentence; `Cdr.` does not
    ("\"Our crew acted within the rules,\" spokesperson Cdr. Vivek Raghavan wrote on X. "
     "\"No one was hurt.\"", "No one was hurt", "Vivek Raghavan"),
    # a place made a modifier starts no name: the centre is no person between her and her line
    ("Tatyana Sergeyevna Kuzmina of the Kyrenets-based Centre for Energy Research said the "
     "grid was fragile. \"We are one cold week from blackouts,\" she told AFP.",
     "cold week", "Tatyana Sergeyevna Kuzmina"),
    # the one who asks in an opening `Asked by X whether…,` is not the he of the answer
    ("Gen Abdoulaye Kané-Diallo met reporters in the capital on Tuesday.\n\nHe defended the "
     "takeover. \"We had no choice,\" he said.\n\nAsked by the BBC's Nick Rowbotham whether "
     "he could name a date for elections, the general smiled. \"When the country is ready,\" "
     "he replied.", "When the country", "Abdoulaye Kané-Diallo"),
    # a role that opens a sentence with its holder's name set off after it is that person,
    # not the one somebody named before holds the title of
    ("\"We are in contact with all concerned,\" spokesperson Cdr. Vivek Raghavan said.\n\n"
     "Zarand said on Friday that its forces had acted lawfully.\n\nThe commander of "
     "Zarand’s Revolutionary Navy, Rear Admiral Mohsen Dehqan-Nejad, is a veteran of the 1998 "
     "border clashes and has threatened to close the strait in the past.\n\nIn a speech last "
     "month, he said: “We do not start fires. But we know how to answer them.”",
     "start fires", "Mohsen Dehqan-Nejad"),
    # the place a strategist is based in is no part of the cue's name
    ("\"How much worse could it get?\" said Florida-based Republican strategist Al Cardenas.",
     "How much worse", "Al Cardenas"),
])
def test_review_26_wire_news(text: str, words: str, speaker: str | None) -> None:
    """Round 37's wire-news review (26a): owners' roles, platforms and rank abbreviations,
    places made modifiers, a reporter's question before the answer, a role set off with its
    holder's name."""
    assert speaker_of(text, words) == speaker


def test_a_she_the_last_subject_acts_on_is_not_that_subject() -> None:
    """`The critic Oskar Brand-Halloran … accused her of “…”. When I mention the piece, her
    face closes.` / `“He has never made anything,” she says.` gave the potter's reply to the
    critic, whose gender nothing said, and made him a woman (review 26c): a subject whose
    sentence acts on a her is not that her, so the she is the piece's subject."""
    text = ("Adaeze Oduya-Grant has made pots in the same attic for forty years. Oduya-Grant "
            "was born in Lagos. \"I never wanted a shop,\" Oduya-Grant says.\n\nLast spring "
            "one of her jars sold for a fortune. Oduya-Grant shrugs at the figure.\n\nNot "
            "everyone is charmed. The critic Oskar Brand-Halloran called the sale \"a triumph "
            "of marketing over material\" and accused her of flattering collectors. When I "
            "mention the piece, her face closes.\n\n\"He has never made anything,\" she says. "
            "\"Let him write.\"")
    assert speaker_of(text, "never made anything") == "Adaeze Oduya-Grant"
    assert speaker_of(text, "triumph of marketing") == "Oskar Brand-Halloran"


_BACK = ("Chapter Two\n\n“You came,” said Noor.\n\n“I said I would,” said Elias.\n\n“You say a "
         "lot of things.”\n\n“Only the true ones.”\n\nThe bell on the quay rang twice. Neither "
         "of them moved.\n\n“Ask me, then.”\n\n“Ask you what?”\n\n“{last}”\n\nHe folded his "
         "hands. “All right,” he said. “Will you stay?”")


def test_bare_lines_before_a_cued_paragraph_take_the_turns_back_from_it() -> None:
    """After a narration paragraph the turns are lost (`Neither of them mentioned it.`), and a
    run of bare lines stayed with the narrator though the paragraph after it says who speaks
    (review 26b's sea wall, 15 lines): the turns run back from it between the two people."""
    lines = who_spoke(_BACK.format(last="What you came to ask. Elias, you have that look."))
    # (the knock in test_a_narration_beat_that_brings_nobody_in_keeps_the_turns too)
    assert lines[-6:] == ["Noor", "Elias", "Noor", "Noor", "Elias", "Elias"]


def test_bare_lines_keep_the_narrator_when_the_turns_back_do_not_fit() -> None:
    """A line the turns back would give to the one it calls by name (`…, Noor.`): the run is
    not the two people's in that order, so it stays with the narrator."""
    lines = who_spoke(_BACK.format(last="What you came to ask, Noor."))
    assert lines[-4:-2] == [None, None]


def test_quoted_her_as_saying_is_not_the_papers_line() -> None:
    """`The Northfield Gazette quoted her at the time as saying: “…”` gave the girl's words
    to the paper (review 26c): they are hers, and with no name to resolve the `her` by they
    stay with the narrator, as `quoted her as saying` did inside a sentence."""
    text = ("Anaya Cole was nine when she first beat a grandmaster. The Northfield Gazette quoted "
            "her at the time as saying: \"I was not scared. He was old, but he was nice.\"")
    assert speaker_of(text, "I was not scared") is None


def test_a_name_given_with_her_or_his_has_that_gender() -> None:
    """`A young woman from Sudan who gave her name only as Amani sat by the fire.` / `“…,”
    she said quietly.` stayed with the narrator (review 26a): the name is a woman's, not
    one of unknown gender competing with the woman quoted before."""
    text = ("SERUNI, Indonesia (AP) — Aid trucks reached the district on Monday.\n\nNine-year-old "
            "Sofiya was drawing outside the tent. \"I'm drawing the sun,\" she said.\n\nA young "
            "woman from Sudan who gave her name only as Amani sat by the fire. \"We walked for "
            "nine days,\" she said quietly.")
    assert speaker_of(text, "nine days") == "Amani"


def test_somebody_brought_in_before_the_one_named_since_is_not_the_he() -> None:
    """`The fourth passenger, a man in a grey suit, slept…` … `Ferenc had a story for every
    kilometre of the line.` / `‘In 1963…,’ he said` went to the sleeping man (review 26c):
    Ferenc, named again since, is the he; a newcomer of the he's own paragraph or the one
    before still is not (`an old woman was sitting by the road. Rezo stopped.` / `she said`)."""
    text = ("I shared a compartment with three people. Ferenc Dobos, 79, had worked on the line "
            "for 41 years. Zsófia Haraszti-Bell, 23, was a medical student. The fourth "
            "passenger, a man in a grey suit, slept from the first station to the last.\n\n"
            "‘He is from the ministry,’ Ferenc whispered to me.\n\n‘You can’t tell anything "
            "from the shoes,’ Zsófia said.\n\nFerenc had a story for every kilometre of the "
            "line. At the viaduct he made me look out of the window.\n\n‘In 1963 a goods train "
            "went off here,’ he said.")
    assert speaker_of(text, "goods train") == "Ferenc Dobos"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a name set off after an owner's two-word role in an inverted cue is the speaker
    ("Gretchen Albrecht-Lowry leads by four points, the poll found.\n\n\"Voters here know "
     "her,\" said Albrecht-Lowry’s campaign manager, Colton Briggs-Hayward.", "Voters here",
     "Colton Briggs-Hayward"),
    # `In a brief statement, X congratulated…` makes X the statement's author
    ("Sethuraman won the seat by 900 votes.\n\nIn a brief statement, Étienne Beaumont "
     "congratulated Sethuraman and thanked the volunteers.\n\n“We have work to do, and we will "
     "do it,” the statement said.", "work to do", "Étienne Beaumont"),
    # a manner beat after an opening `Asked …,` phrase
    ("Senator Amy Cho spoke to reporters on Friday.\n\nAsked whether she had spoken with "
     "Lindqvist since Tuesday, Cho smiled. \"We talk every day. Sometimes twice.\"",
     "every day", "Amy Cho"),
    # … but not a she given to one of unknown gender, who spoke last
    ("Senator Amy Cho spoke to reporters on Friday.\n\n\"She is tough,\" Lindqvist said of "
     "Cho on Thursday.\n\nAsked whether she had spoken with Lindqvist since Tuesday, she "
     "smiled. \"We talk every day. Sometimes twice.\"", "every day", None),
    # unnamed sources: `when asked` after the cue, `one of her aides`, `her spokesman`
    ("The Senate adjourned.\n\n\"We'll see,\" said one House Republican leadership aide when "
     "asked.", "We'll see", "one House Republican leadership aide"),
    ("The prime minister left by the back door.\n\n\"Same time, same place,\" one of her "
     "aides said with a shrug.", "Same time", "one of her aides"),
    ("Asked whether the prime minister had known, her official spokesman said: \"No.\" He "
     "added: \"She was made aware yesterday afternoon.\"", "made aware",
     "her official spokesman"),
    # a line that ends calling the last speaker by a title they hold is not theirs
    ("Senator Lachlan Beauchamp-Ross pressed the secretary, Graham Ng, on the advice.\n\n"
     "\"That's not an answer,\" Beauchamp-Ross said.\n\n\"It's the answer I'm able to give, "
     "senator.\"", "able to give", None),
    # a story's nickname after a dash with no comma, and a title set off after a name
    ("Chapter One\n\nEleni Kyriakou—Yiayia to everyone under fifty—came through the door.\n\n"
     "“Seven,” said Yiayia.", "Seven", "Eleni Kyriakou"),
    ("Chapter One\n\n\"The North speaks first,\" said Archivist Tem-Orrin.\n\nYsolde "
     "Brannagh, Warden of the North March, rose.\n\n\"Two walls,\" said the Warden. \"On the "
     "same night.\"\n\n\"Walls fall,\" said Lord Cathmor.\n\n\"Not these,\" said the Warden.",
     "Two walls", "Ysolde Brannagh"),
])
def test_review_27(text: str, words: str, speaker: str | None) -> None:
    """Round 37's second reviews (27a sports and entertainment, 27b literary fiction, 27c
    political news), on texts written after the round's first rules: owners' roles and
    statements, manner after `Asked …,`, unnamed sources, a title called, nicknames and
    titles set off after a name."""
    assert speaker_of(text, words) == speaker


def test_a_quote_a_verb_before_it_reports_is_not_the_next_clauses() -> None:
    """`But even as Trump claimed on Tuesday that “…,” one of the former prosecutors for
    David Petraeus said the two cases were quite different.` went to the prosecutor once `one
    of the …` was read as somebody (PolNeAR train, round 37): the quote is Trump's claim."""
    text = ("The FBI closed the case.\n\nBut even as Trump claimed on Tuesday that “General "
            "Petraeus got in trouble for far less,” one of the former prosecutors for David "
            "Petraeus said the two cases were quite different.")
    assert speaker_of(text, "far less") == "Trump"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a nationality with a player's position, or of two words, is the one named before
    ("Nikola Radić scored 31 points.\n\nRadić, asked about the foul, kept it short. “It’s "
     "basketball,” the Serbian center said.", "basketball", "Nikola Radić"),
    ("Ji-woo Han lost in three sets. “She plays like she has nothing to lose,” the South "
     "Korean told reporters.", "nothing to lose", "Ji-woo Han"),
    ("Tomás Ruiz kept a clean sheet. “We defended well,” the veteran goalkeeper said.",
     "defended well", "Tomás Ruiz"),
    # … but a research center is no player, and an adjective is nobody called Moroccan
    ("The Pew Research Center published a poll. “Trust is low,” the center said.",
     "Trust is low", "Pew Research Center"),
    ("Youssef El-Amrani's agent has dismissed reports that the Moroccan striker has agreed "
     "terms with Virtus Lombarda, insisting \"nothing is signed and nothing is close to "
     "done\".", "nothing is signed", None),
    # a role set off by a name opens the sentence: the name; the owner's Ms is not his, but
    # her surname is (round 48)
    ("Morag Dunbar welcomed the ruling.\n\nMs Dunbar's husband, Alasdair, was more cautious. "
     "\"They'll appeal. They always appeal.\"", "always appeal", "Alasdair Dunbar"),
    # a firm's analysts write for the firm; officials are no one person
    ("Cobham Bank said the sell-off was overdone. Maria Lopez, a trader, disagreed.\n\n"
     "\"We would add to positions,\" the bank's analysts wrote in a note.", "add to",
     "Cobham Bank"),
    ("Cobham Bank said the sell-off was overdone. Maria Lopez, a trader, disagreed.\n\n"
     "\"Markets are pricing too many cuts,\" the officials said.", "too many", None),
    # an organisation set off as a group, or calling itself a name, is `the group`
    ("Brightline Mobile was hacked.\n\nA ransomware group calling itself NightCartel claimed "
     "responsibility. \"They chose silence,\" the group wrote.", "chose silence",
     "NightCartel"),
    ("The Digital Privacy Network, a Brussels-based advocacy group, said the breach was "
     "serious. \"Customers deserve to know,\" the group said.", "deserve to know",
     "Digital Privacy Network"),
    ("The Office of the Data Protection Commissioner opened an inquiry. \"We will examine "
     "every step,\" the office said.", "every step", "Office of the Data Protection Commissioner"),
    # `the company` is a company, not the regulator of the sentence, nor an investor named
    # once when the story's own company is named again and again
    ("Brightline Mobile said hackers had stolen data.\n\nIn a filing with the Securities and "
     "Exchange Commission, the company said: \"We are working with law enforcement.\"",
     "law enforcement", "Brightline Mobile"),
    ("Ledgerlight, a London startup that builds accounting software, has raised $48 "
     "million.\n\nLedgerlight says it has 140 customers. Ledgerlight would not give a figure."
     "\n\nHamid Sadeghi, a partner at Koru Capital, says he has heard the argument before.\n\n"
     "For now, the company is in no hurry. “This round gives us three years of runway,” the "
     "company says.", "runway", "Ledgerlight"),
    # a company's name of two words or more may label a quote as a person's does
    ("Pew looked at nine samples.\n\nSamples differ - Pew Research: “All the samples "
     "include more engaged people than they should.”", "more engaged", "Pew Research"),
    # a team's name is no she; the name set off after a role with an owner and an `of`
    # phrase opens the sentence (`The Stallions' director of cricket, X, was…`)
    ("Kaveri Kings beat Indore Stallions by six wickets.\n\nThe Stallions' director of "
     "cricket, Meenakshi Iyer-Sundaram, was more measured when she spoke to the media later. "
     "\"It is a long tournament,\" she said.", "long tournament", "Meenakshi Iyer-Sundaram"),
    # a present attitude; `in a written statement` as `in a statement`
    ("Ledgerlight, a London startup, has raised $48 million. Amara Nwachukwu founded it.\n\n"
     "Kenji Watanabe-Price says the rival will copy them.\n\nAsked about the threat, "
     "Nwachukwu is unbothered. “Castellan has had twenty years to fix the close.”",
     "twenty years", "Amara Nwachukwu"),
    ("Police spokeswoman Folasade Ogunleye-Bakare confirmed the arrests in a written "
     "statement on Sunday.\n\nThe statement read: “Two suspects are in custody.”",
     "in custody", "Folasade Ogunleye-Bakare"),
    # … but `an interview with Time magazine, Khan said` sets no name off as the magazine's
    ("Sadiq Khan was elected mayor of London.\n\nIn an interview with Time magazine, Khan "
     "said: \"I would like to visit the United States.\"", "like to visit", "Sadiq Khan"),
    # the initials of a title call its holder
    ("Detective Chief Inspector Sunil Varghese waited for quiet.\n\n\"Right,\" said Varghese. "
     "\"Settle down.\"\n\n\"And no theories in the car,\" added the DCI.", "no theories",
     "Sunil Varghese"),
    # a story's `the Vicar` is the Reverend named before; `the Colonel` the one named later
    ("Chapter One\n\nBy eleven the tombola had been robbed twice and the Reverend Ambrose "
     "Tillotson had lost his glasses, so nobody noticed Mrs Gwenllian Pugh until she was in "
     "the tea tent.\n\n‘It’s gone,’ she announced. ‘The cup!’\n\nMiss Hester Pargeter did "
     "not look up. ‘Gone where, Gwen?’\n\nThe Vicar came blinking out from behind the urn. "
     "‘The cup? But I saw it at ten.’", "saw it at ten", "Ambrose Tillotson"),
    ("Chapter One\n\nMr. Everard Quennell was shown into the library, and he found the "
     "Colonel seated before the fire.\n\n“You had my note?”\n\n“I had it this morning.”\n\n"
     "“It concerns her.” The Colonel took a letter from his pocket. “This came by the "
     "afternoon post.”\n\n“Shall I read it, sir?”\n\n“No. I will read it to you.” And "
     "settling his spectacles, Colonel Aldous Wrexham read as follows.", "afternoon post",
     "Aldous Wrexham"),
    # a talking animal is a character, and a name alone answering `Who—` is its own
    ("Chapter One\n\n“It’s dark,” said Benji.\n\n“Hold my hand,” said Zara.\n\nA match "
     "flared. In its light they saw a fox sitting on a ledge.\n\n"
     "“Who—” Zara began.\n\n“Juniper,” said the fox. “Keeper of the Under-Bridge.”\n\n"
     "“You can talk,” said Milo.\n\nThe fox considered him. “That depends,” she said.",
     "That depends", "Juniper"),
    # `she was Nain to the children` is what the story calls her
    ("Chapter One\n\nGwenllian Hughes was eighty-three, and she was Nain to the children.\n\n"
     "‘More tea?’ said Janet.\n\n‘In my day,’ said Nain, ‘we had tea at four.’", "In my day",
     "Gwenllian Hughes"),
    # `my friend Mr. X` makes X the teller's friend, whatever the gender
    ("THE SILENT BELL\n\nIt was upon a raw morning that I came down to breakfast and found my "
     "friend Mr. Octavius Nkemelu already dressed.\n\n“You are late, Ashcombe,” said he.\n\n"
     "“I overslept,” I said.\n\n“And the bell has rung,” said my friend softly.",
     "bell has rung", "Octavius Nkemelu"),
    # the narration's `Her name … was X` names the one just brought in
    ("Chapter One\n\nI went down to the bar. A girl with a shaved head was stacking chairs. "
     "Her name, I found out later, was Bex Adeyinka.\n\nI showed her the picture.\n\n"
     "The girl looked at it for a long time. “She used to come in Fridays,” she said.",
     "Fridays", "Bex Adeyinka"),
])
def test_review_28(text: str, words: str, speaker: str | None) -> None:
    """Round 38: sports epithets (27a), business news's organisations (28a), a title's
    initials, a story's title that names its holder, a talking animal and a name the
    narration gives a newcomer (28c)."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # an organisation's initials in brackets after its name are it
    ("The National Prosecuting Authority (NPA) said the trial would resume.\n\n\"We are "
     "ready,\" the NPA said in a statement.", "We are ready", "National Prosecuting Authority"),
    # a title in capitals, or its initials, calls the one who holds it
    ("Additional Solicitor General Vikramjit Rao Deshpande appeared for the State.\n\n\"We "
     "will file a status report,\" the ASG said.", "status report", "Vikramjit Rao Deshpande"),
    ("Education Cabinet Secretary Prof Julius Ogamba-Mwangi released the results.\n\n\"We "
     "cannot be talking about cheating,\" said the CS.", "cheating", "Julius Ogamba-Mwangi"),
    ("Labour MP Dawn Butler said the bill was wrong. \"It is wrong,\" the MP said.",
     "It is wrong", "Dawn Butler"),
    ("Tánaiste Conor Fitzgibbon-Daly said the figures were unacceptable.\n\n\"I will "
     "listen,\" the Tánaiste replied.", "will listen", "Conor Fitzgibbon-Daly"),
    # … but not a party's initials set before a councillor's name, nor an MP brought in
    # unnamed after the one named
    ("EFF councillor Lonwabo Mfundisi was ejected from the chamber.\n\nIn a statement, the "
     "EFF said it would march. \"This budget is anti-poor,\" the EFF said.", "anti-poor",
     "EFF"),
    ("Étienne Beaumont, the Liberal MP for Ottawa Centre, conceded.\n\nOne Liberal MP from "
     "the Greater Toronto Area, who spoke on condition of anonymity, said the result was bad."
     "\n\n“People have been warning about this for a year,” the MP said.", "warning about",
     "One Liberal MP from the Greater Toronto Area"),
    # a Rep. is the congressman
    ("Rep. Danilo Villafuerte-Roxas denied the charge.\n\n\"I have never met him,\" the "
     "congressman said.", "never met him", "Danilo Villafuerte-Roxas"),
    # a party's name before a word for a person qualifies the name after it
    ("Fianna Fáil backbencher Cathal Ó Ceallaigh-Murphy broke ranks. \"I don't say this "
     "lightly,\" he said.", "say this lightly", "Cathal Ó Ceallaigh-Murphy"),
    # after an opening phrase, the title that opens the sentence before a line is the he's,
    # as is the he of `said he would`
    ("Tánaiste Conor Fitzgibbon-Daly said the figures were unacceptable.\n\nFianna Fáil "
     "backbencher Cathal Ó Ceallaigh-Murphy broke ranks. \"I don't say this lightly,\" he "
     "said.\n\nClosing the exchange, the Tánaiste said he would meet hospital management. "
     "\"I am not going to say this is fixed. It is not. But we will keep at it,\" he said.",
     "keep at it", "Conor Fitzgibbon-Daly"),
    # `another X added` after a quote is somebody new, not the X before
    ("“Rubio will come on strong,” said a New Hampshire Republican.\n\n“Iowa proved polls "
     "are misleading,” another New Hampshire Republican added.", "polls are misleading",
     "another New Hampshire Republican"),
    # a capitalised office is nobody's name; the name set off after it is the person
    ("The Resident Electoral Commissioner in Kano, Prof. Hauwa'u Abubakar Sanusi, told "
     "journalists the commission would comply. \"As soon as we are served, we will forward "
     "it,\" she said.", "we are served", "Hauwa'u Abubakar Sanusi"),
    # a name set off after `a … radio station,` is the station's, not the he
    ("Abdulkadir Yusuf Tofa lost the case.\n\nTofa himself, in an interview with a "
     "Kano-based radio station, Freedom Radio, on Thursday evening, said he was calm. \"The "
     "court has no power to choose a candidate for us,\" he said.", "no power",
     "Abdulkadir Yusuf Tofa"),
    # `MP for <seat> <name>`: the name starts after the seat's last word
    ("Workers' Party MP for Aljunied GRC Sylvia Lim-Tan asked about the rules. \"When "
     "a worker collapses on a site, who is responsible?\" she asked.", "who is responsible",
     "Sylvia Lim-Tan"),
    ("\"The structure of municipal electricity pricing is broken,\" said Salga's Eastern Cape "
     "chairperson, Cllr Xolani Mthembu-Jacobs.", "is broken", "Xolani Mthembu-Jacobs"),
    # a translation in brackets between a line and its cue
    ("Residents were divided. “Huyu governor alijenga barabara zetu. Wacha wamuache "
     "amalize,” (This governor built our roads. Let them leave him to finish) said Samuel "
     "Kariuki Ndegwa, a boda boda rider.", "Huyu governor", "Samuel Kariuki Ndegwa"),
    # `X confirmed it in a statement` / `The statement read in part, “…”`: X's; not `in a
    # statement by his director`, which is the director's
    ("The Police Public Relations Officer in the state, SP Folasade Ogunleye-Bakare, "
     "confirmed the development in a statement on Sunday.\n\nThe statement read in part, "
     "“The victim was rescued unhurt.”", "rescued unhurt", "Folasade Ogunleye-Bakare"),
    ("Reacting to the judgment, Tofa, in a statement by his Director of Media and Publicity, "
     "Comrade Ibrahim Shehu Dawakin-Kudu, said he would appeal.\n\nThe statement read: "
     "\"Our principal respects the judiciary.\"", "respects the judiciary", None),
])
def test_review_28_national_news(text: str, words: str, speaker: str | None) -> None:
    """Round 38's review of national news from India, Nigeria, South Africa, Kenya,
    Ireland, Singapore and the Philippines (28b): initials, titles in capitals, parties."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # `with a judge saying …`: the words of somebody unnamed, not the sentence's subject's
    ("A former treasurer who stole from a charity has been jailed for seven years, with a "
     "judge describing her offending as “a profound betrayal of the families who trusted "
     "her”.", "profound betrayal", None),
    ("A man who punched a garda has been jailed, with a judge saying attacks on gardaí doing "
     "their job “strike at the heart of a civilised society”.", "strike at the heart", None),
    # `the trust`, `the hospital` are the ones named before
    ("Wexmoor NHS Foundation Trust apologised to the family.\n\n‘We know this was not good "
     "enough,’ the trust said.", "not good enough", "Wexmoor NHS Foundation Trust"),
    # `reminded`, `instructed`, `informed` report speech as `told` does
    ("Mrs Justice Philippa Ackroyd-Nwosu adjourned the trial.\n\n‘You must decide this case "
     "on the evidence you have heard,’ Mrs Justice Ackroyd-Nwosu reminded jurors.",
     "decide this case", "Philippa Ackroyd-Nwosu"),
    # an agency named for its country speaks
    ("The herd grew for a fifth year.\n\n“We are encouraged,” Parks Canada said in a "
     "statement.", "encouraged", "Parks Canada"),
])
def test_review_29(text: str, words: str, speaker: str | None) -> None:
    """Round 38's unseen reviews, written against 450d2a2 (29a court reporting, 29c health,
    education, environment and science news): a `with` clause's own subject, institutions
    by their kind (not `the district`, which in politics is a seat), agencies named for a
    country."""
    assert speaker_of(text, words) == speaker


ROUND_39 = [
    # --- unnamed sources by `the person`, `the insider`, `the source` (PolNeAR train)
    # `the person`, `the insider` after an unnamed source: that source, whatever its first word
    ("Clinton prepares.\n\n“We have a ton of work to do,” said a longtime adviser to both "
     "Clintons, who requested anonymity.\n\n“Being candid and trustworthy are the last "
     "hurdles for her,” the person added.", "candid and trustworthy",
     "a longtime adviser to both Clintons"),
    ("Talks stalled.\n\n“We are nowhere near a deal,” said a person familiar with the talks."
     "\n\n“Nobody wants to blink first,” the person said.", "blink first",
     "a person familiar with the talks"),
    ("Ryan spoke.\n\nOne operative inside Trump Tower tried to downplay Ryan’s comments, "
     "saying they were “not a big deal around here.”\n\n“Nobody seems to be preoccupied by "
     "it,” the insider said.", "preoccupied by it", "One operative"),
    # a named speaker last: `the person` is nobody known
    ("Talks stalled.\n\n“We are nowhere near a deal,” said Senator Ann Roe.\n\n“Nobody wants "
     "to blink first,” the person said.", "blink first", None),
    # --- relatives, officers and spokeswomen in court reports (29a)
    # a relative set off by name in a report, whatever family name came before
    ("Sandhu’s family spoke briefly to reporters. Her older brother, Manpreet, read a "
     "statement on behalf of their parents.\n\n“Jasleen spent her life taking care of "
     "strangers,” he said.", "taking care of strangers", "Manpreet"),
    ("In a statement, Garda Mac Donncha’s wife, Niamh, thanked the gardaí who came to her "
     "husband’s aid.\n\n“Eoghan went to work that night and came home a different man,” she "
     "said.", "a different man", "Niamh"),
    # a role of an organisation set off by name after a short opening phrase
    ("The judge sentenced Brian Kelly to four years.\n\nSpeaking afterwards, the general "
     "secretary of the Garda Representative Association, Séamus Ó Murchú, welcomed the "
     "sentence.\n\n“Eoghan is one of many,” he said.", "one of many", "Séamus Ó Murchú"),
    # an unnamed newcomer who says something goes on in the next line's he or she
    ("The judge sentenced Brian Kelly to four years.\n\nA Victoria Police spokeswoman said "
     "the investigation had taken more than two years.\n\n“Financial crime against charities "
     "is not victimless,” she said.", "not victimless", "A Victoria Police spokeswoman"),
    # one who only asks does not, nor one of the other gender
    ("The judge sentenced Brian Kelly to four years.\n\nA woman in the crowd asked about "
     "the delay.\n\n“We are all very tired of this,” she said.", "very tired", None),
    ("The judge sentenced Brian Kelly to four years.\n\nA police spokesman said the "
     "investigation had taken two years.\n\n“We are all very tired of this,” she said.",
     "very tired", None),
    # --- US campaign, congressional and statehouse news (30a)
    # a party label with a home town is no name
    ("State Sen. Evelyn Drummond-Pike, R-Butler, a potential challenger, said on the radio "
     "that the governor was “more interested in a talking point than a budget.”",
     "talking point", "Evelyn Drummond-Pike"),
    ("Rep. Tom Kowalski, D-Philadelphia, said: “We are ready to vote tonight if they are.”",
     "ready to vote", "Tom Kowalski"),
    # a qualifier after the name: the governor of a province
    ("The quake struck at dawn.\n\n“We are still counting,” Gov. Rustam Aliyev-Kader of "
     "Sarovan province told reporters.", "still counting", "Rustam Aliyev-Kader"),
    # `the Kentucky Republican` after `X, a Kentucky Republican,`
    ("“We are still counting,” Gov. Rustam Aliyev-Kader told reporters.\n\nSen. Hana "
     "Sato-Whitmore, a Kentucky Republican, has led the talks. Sen. Dale Brannigan "
     "spoke for nine hours.\n\nAsked afterward about Brannigan's filibuster, the Kentucky "
     "Republican was dry. “Everybody's entitled to their opinion,” she said.",
     "entitled to their opinion", "Hana Sato-Whitmore"),
    # a place after `in` is no rival for the he
    ("Roberto Villareal, 71, conceded shortly before midnight. In a brief speech in Del Rio, "
     "he thanked his staff.\n\n“I voted the way I thought was right,” he said.",
     "the way I thought", "Roberto Villareal"),
    # the role before the name, with what it is for
    ("President Elaine Marsh's nominee for labor secretary, Cornelius Vance-Adeyemi, faced "
     "four hours of questions.\n\n“Do you stand by that?” Tuttle asked.\n\n“I didn't write "
     "that flyer, Senator,” the nominee replied.", "write that flyer",
     "Cornelius Vance-Adeyemi"),
    # unnamed people after a preposition other than `in`, and a trade from the list
    ("Sen. Tom Harlan faced a packed gym.\n\n“You promised you wouldn't touch Medicaid,” "
     "shouted a woman near the front before staff asked her to sit down.",
     "touch Medicaid", "a woman near the front"),
    ("Donors are restless.\n\nOne major bundler, who has raised more than $1 million, said "
     "donors were nervous.\n\n“People are nervous, and they have every right to be,” the "
     "bundler said.", "every right", "One major bundler"),
    # a one-word afterthought after the cue
    ("Sen. Tom Harlan spoke.\n\n“This is a speaker who cannot count,” Harlan told CNN. "
     "“Again.”", "Again", "Tom Harlan"),
    # a known female first name
    ("The result was decisive, according to Dr Felicity Osei-Mensah, a political "
     "scientist.\n\n“Villareal had money, but he had no message,” she said.", "no message",
     "Felicity Osei-Mensah"),
    # --- arts and culture features, profiles and obituaries (30b)
    # `Reviewing … in The New York Times, X`, `Writing for the arts site Footlight, X`: X
    ("The play returns.\n\nReviewing the production in The New York Times, Harold Pemberton "
     "called him “a small, dreadful miracle” and wrote that his breakdown was “the finest "
     "piece of quiet acting on a New York stage this decade.”", "finest piece",
     "Harold Pemberton"),
    ("The play returns.\n\nWriting for the arts site Footlight, Hana Kowalczyk-Obi was more "
     "guarded, noting that the second act “circles the same argument three times without "
     "raising the stakes.”", "circles the same", "Hana Kowalczyk-Obi"),
    # a part somebody played is nobody of the report
    ("Teodor Halvorsen has died.\n\nDenise Okoro-Whitfield, who played his nemesis, Sheriff "
     "Martha Dunn, for all nine seasons, remembered a tense first week.\n\n“Everybody on that "
     "set was a little scared of him,” she said.", "scared of him", "Denise Okoro-Whitfield"),
    # the name somebody gave
    ("“Why does the neighbor get the last word?” asks a woman in the third row, who later "
     "gives her name as Ngozi Abara, a nurse.", "last word", "Ngozi Abara"),
    # --- breaking news, conflict and international wires (30c)
    # a place set off after a word for a place is not the subject
    ("Ustrelan President Pavel Grinevsky, speaking at a meeting in the Ustrelan capital, "
     "Dravinsk, said he had approved the truce “as a gesture of good will toward our "
     "neighbours and friends.”", "gesture of good will", "Pavel Grinevsky"),
    # an organisation's initials, written as a word or given in brackets
    ("Fires spread as gusts reached 90km/h, the Rural Fire Service said.\n\nIn a post "
     "shortly after 1pm, the RFS said: “If you are in Tullong, it is too late to leave.”",
     "too late to leave", "Rural Fire Service"),
    ("The army and the paramilitary Rapid Mobility Brigades (RMB) blamed each other.\n\nIn "
     "a statement, the RMB denied responsibility and accused the army of shelling the "
     "market “in order to provoke international outrage against us”.", "provoke",
     "Rapid Mobility Brigades"),
    # the name somebody unnamed gave
    ("“We have more than 400 people here,” said a church volunteer who gave her name only "
     "as Marites. “After that, only God knows.”", "only God knows", "Marites"),
    # --- relatives a line speaks of, a profile's interviewee, kinds of company (30b, 30c)
    # a line about `my mother` is not the mother's, though her sentence comes just before
    ("Anya Roe grew up in Leeds. Her mother cleaned houses.\n\n“So yes, it is about my "
     "mother,” she says.", "about my mother", "Anya Roe"),
    # a profile's present-tense `she says` after a critic's woven words: the interviewee
    ("Marisol Quintero-Haddad is on tour. “I’m like this with everything,” she says. “Ask "
     "anyone,” she says. “I never stop,” Quintero-Haddad says.\n\nThe critic Fenella Ashworth-"
     "Browne called it “a record that sounds like three cities arguing at once,” and the "
     "phrase followed Quintero-Haddad around for years.\n\n“I loved it and I hated it,” she "
     "says.", "loved it and I hated it", "Marisol Quintero-Haddad"),
    # but not when nothing else names the interviewee since
    ("Mary Vance teaches fourth grade. “We are tired,” Vance says. “We are really tired,” she "
     "says. “Nobody listens,” Vance says.\n\nJane Roe, a parent, called the plan “a disaster "
     "for every family in this town.”\n\n“I can't afford it,” she says.", "afford it",
     "Jane Roe"),
    # a kind of company is the company named last
    ("Ash grounds flights.\n\nNorthSky Airways said flights to the north were cancelled.\n\n"
     "“Our flights to the south are operating on schedule,” the airline said.",
     "operating on schedule", "NorthSky Airways"),
    # --- `quoted X as saying`, a source by its own words, roles that are no bare title
    # `quoted X as saying` + a woven fragment: X's, not the agency's
    ("Tents are running out.\n\nThe news agency Darsan-Press quoted Governor Ilya Marat as "
     "saying the army would airlift tents “by every road and, where there are no roads, by "
     "air.”", "every road", "Ilya Marat"),
    # `the source` is the source the paragraph brought in, not one who spoke earlier
    ("Two sources spoke.\n\n“His account started the chain,” one source said.\n\nAsked to "
     "confirm it, a separate intelligence source familiar with the investigation did so: "
     "“The person in question is one of the primary participants,” the source said.",
     "primary participants", "a separate intelligence source"),
    # a capitalised role after `the`, or with an owner, is no bare title
    ("Presidential candidate Ben Carson suggests cutting regulations.\n\n“It might surprise "
     "you, but one of the things would be to cut regulation,” the Republican said this week.",
     "might surprise you", "Ben Carson"),
    ("David Axelrod on Wednesday called on Howard Dean to apologize.\n\n“My reaction, that "
     "was outrageous,” Obama's former campaign strategist said in an interview.",
     "that was outrageous", "David Axelrod"),
    # --- party words (30a)
    # a party adjective in the role set off before a name: `the Democrat` is her
    ("Gov. Walter Hollis faced his Democratic challenger, Attorney General Lucia Begay-Soto, "
     "on Tuesday.\n\nHollis called her plan a fantasy.\n\nBegay-Soto, asked about the remark "
     "as she left, rolled her eyes. “That is Walter,” the Democrat said.", "That is Walter",
     "Lucia Begay-Soto"),
    # `(R-Ky.)` makes a Kentucky Republican, told apart from a Republican of another state
    ("The bill was a win for Senate Minority Leader Edwin Sato-Whitmore (R-Ky.).\n\nSen. "
     "Cody Brannigan (R-Tenn.) spoke for nine hours. “I have no regrets,” Brannigan said.\n\n"
     "Asked afterward about Brannigan's filibuster, the Kentucky Republican was dry. "
     "“Everybody's entitled to their opinion,” he said.", "entitled to their opinion",
     "Edwin Sato-Whitmore"),
    # --- organisations referred to again (30c)
    # `It said…` between the statement's sentence and `the statement said` goes on with it
    ("The ferry's operator, Samudra Jaya Lines, said in a statement that the ship had been "
     "inspected in March. It said it was cooperating with the authorities.\n\n“We share the "
     "deep grief of the families,” the statement said.", "deep grief", "Samudra Jaya Lines"),
    # `calling itself the Sword of the Faithful`: one name, `the group` from then on
    ("A militant group calling itself the Sword of the Faithful claimed responsibility.\n\n"
     "“This is the beginning, not the end,” the group said.", "beginning, not the end",
     "Sword of the Faithful"),
    # the same words for an organisation, said more fully before, are known
    ("The public prosecutor's office in Portalegre said it had opened an investigation.\n\n"
     "“The investigation will determine whether anyone is criminally responsible,” the "
     "prosecutor's office said.", "criminally responsible", "prosecutor's office"),
    # `His statement was read by an advocate` / `the statement read`: his
    ("Her father, Héctor Villanueva, did not speak. His statement was read by a victim "
     "advocate, Sunita Ramanathan.\n\n“I worked construction for 30 years so my children "
     "would not have to,” the statement read.", "worked construction", "Héctor Villanueva"),
    # but a bare `The company said` before tells no more than the cue
    ("The company said on Monday it would cut jobs.\n\n“We regret this decision,” the "
     "company said.", "regret this decision", None),
    # --- documents, local roles and titles (31a, 31b, 31c)
    # `The report, by the Office of X,` / `the report said`: the office's
    ("Audit finds overtime abuse.\n\nThe report, by the Office of the City Auditor, found "
     "that supervisors approved slips late. It was released on Monday.\n\n“The department "
     "could not produce documentation for a third of the hours,” the report said.",
     "could not produce", "Office of the City Auditor"),
    # `In a brief statement released on Tuesday, she said…` / `the statement said`: hers
    ("Maria Ostrowska, the police chief, was placed on leave in March. In a brief statement "
     "released on Tuesday, she said she had cooperated fully.\n\n“I regret that the systems "
     "did not keep pace,” the statement said.", "did not keep pace", "Maria Ostrowska"),
    # `His email read:`: his
    ("The director of the agency, Paul Whitlock, sent an email to all staff on Friday.\n\nHis "
     "email read: “Effective immediately, overtime must be approved in advance.”",
     "approved in advance", "Paul Whitlock"),
    # local government's roles and abbreviated titles (31b)
    ("Superintendent Lionel Achterberg said the books would be reviewed.\n\n“It has never "
     "been used very much,” the superintendent said.", "never been used", "Lionel Achterberg"),
    ("“That petition is why we are here,” said Coun. Siobhan Walsh, who organized the "
     "meeting.", "petition", "Siobhan Walsh"),
    # `a single mother of two who lives on Tamarack Crescent`: a person, and no street
    ("Headline.\n\nNadia Kowalczuk, a single mother of two who lives on Tamarack Crescent, "
     "said the branch was her office.\n\n“I did not have a laptop,” she told council.",
     "have a laptop", "Nadia Kowalczuk"),
    # an unnamed spokeswoman who rejected something speaks on in the next she
    ("Marnie Nguyen asked about the station.\n\nA spokeswoman for Mr Barraclough rejected that "
     "characterisation. “The minister acted on the department's advice,” she said.",
     "department's advice", "A spokeswoman for Mr Barraclough"),
]
"""Round 39's rows, from the reviews written against 30b508c (30a US politics, 30b culture
features and obituaries, 30c breaking news and wires), against 8f543ea (31a parliamentary
politics, 31b local news, 31c investigations), round 38's court reports (29a) and the
PolNeAR train split; each group's first comment says what it is about."""


@pytest.mark.parametrize(("text", "words", "speaker"), ROUND_39)
def test_round_39(text: str, words: str, speaker: str | None) -> None:
    """Round 39: unnamed sources keep a voice, relatives and roles find their names, titles,
    party labels and outlets stop being speakers, documents speak for their authors."""
    assert speaker_of(text, words) == speaker

ROUND_40 = [
    # --- documents speak for whoever issued them (31c investigations)
    # an audit's words are its report's, and the report was issued by the office
    ("Overtime audit.\n\nThe report, by the Office of the City Auditor, found that supervisors "
     "approved slips after the fact.\n\n“The Department’s controls over overtime are not "
     "designed to prevent abuse,” the audit said.", "controls over overtime",
     "Office of the City Auditor"),
    # a determination brought in with `In a determination published…, the ombudsman said`
    ("Damp flats.\n\nThe Housing Ombudsman has since made two findings against the landlord. In "
     "a determination published in June, the ombudsman said the landlord had failed "
     "tenants.\n\n‘The landlord had the information it needed in 2021,’ the determination "
     "said.", "information it needed", "Housing Ombudsman"),
    # a judgment is a document too
    ("Care workers.\n\nIn a judgment published on Tuesday, Employment Judge Siobhán Ní Bhriain "
     "found for the claimants.\n\n‘The claimants were in no position to negotiate,’ the "
     "judgment said.", "no position to negotiate", "Siobhán Ní Bhriain"),
    # an office named as an institution is `the ombudsman` nobody holds, not a person's title
    ("Damp flats.\n\nThe Housing Ombudsman has since made two findings against the "
     "landlord.\n\n‘It did not act on its own expert advice,’ the ombudsman said.",
     "expert advice", "Housing Ombudsman"),
    ("Kidnap.\n\nReacting, the Ogun State Commissioner for Local Government, Alhaji Ganiyu "
     "Hamzat-Lawal, spoke to reporters.\n\n“We will not allow criminals to turn our forests "
     "into a safe haven,” the commissioner stated.", "safe haven", "Ganiyu Hamzat-Lawal"),
    # --- people the narration names, and their gender (30b, 31c)
    # a name set off after a role and followed by a verb phrase ending in `play` is a person,
    # not the title of a play
    ("Band.\n\nThe slot came after the festival's head of music, Rhiannon Ashby-Okoye, saw "
     "them play in Frome.\n\n“It was a Tuesday, and the PA kept cutting out,” Ashby-Okoye "
     "says.", "PA kept cutting out", "Rhiannon Ashby-Okoye"),
    # Constance is a woman's name: her `she wrote` is not her client's (a guard here: 31c's
    # text went wrong only with another man named between)
    ("Lab.\n\nTobias Haldane noticed the problem in 2020, in the lab of Dong-hyun Baek.\n\n"
     "Baek declined to be interviewed. In an email, his lawyer, Constance Abernethy-Osei, wrote "
     "that her client disputes the findings.\n\n“Professor Baek has devoted his career to "
     "science,” she wrote.", "devoted his career", "Constance Abernethy-Osei"),
    # a sentence that opens `For X,` is about X: the next he is X
    ("Lab.\n\nTobias Haldane noticed the problem in 2020. Baek ran the lab. “We follow the "
     "rules,” Baek said.\n\nFor Haldane, it was the longest part.\n\n“People were kind to me "
     "in private,” he says.", "kind to me in private", "Tobias Haldane"),
    # guard: a name after the comma is the subject itself
    ("Lab.\n\nTobias Haldane noticed the problem in 2020. Baek ran the lab. “We follow the "
     "rules,” Baek said.\n\nFor Haldane, Baek had only contempt.\n\n“People were kind to me "
     "in private,” he says.", "kind to me in private", "Baek"),
    # --- people described and then named (32c opinion, 32b Q&A)
    ("Taxis.\n\n“The roads are worse every year,” said a driver named Kofi Mensah.",
     "worse every year", "Kofi Mensah"),
    ("Passports.\n\nThe clerk, a young man called Ashraf who was tired of the question, told "
     "me, “They keep saying September, but nobody believes it.”", "keep saying September",
     "Ashraf"),
    # guard: `called out` is still a speech verb of the one described
    ("Hall.\n\nA woman called out from the back: “Wait for me!”", "Wait for me", "A woman"),
    # --- roles (32b live blogs and newsletters)
    # a title said only after `former` is not the office now (`the Chancellor` is somebody else)
    ("Budget.\n\nThe former chancellor Lord Pemberton posted a reply.\n\n“There will be no "
     "rise in fuel duty,” the Chancellor said.", "no rise in fuel duty", None),
    ("Budget.\n\nThe former chancellor Lord Pemberton posted a reply.\n\n“Nothing adds up,” "
     "the former chancellor said.", "Nothing adds up", "Lord Pemberton"),
    # guard: a former office of somebody else's does not take their present title away
    ("Senate.\n\nSen. Ann Roe, a former governor, spoke first. “We need the money,” the "
     "senator said.", "need the money", "Ann Roe"),
    # `chancellor`, `taoiseach`, `premier` are roles too
    ("Budget.\n\nChancellor Rachel Reeves spoke in the Commons on Tuesday.\n\n“Nothing adds "
     "up,” the chancellor said.", "Nothing adds up", "Rachel Reeves"),
    # a senator is not `the chief executive`
    ("Hearing.\n\nThe chief executive of Meridian Water faced questions. Geoffrey Albright-Sato "
     "apologized.\n\nSen. Pradeep Venkatesh-Moore asked Albright-Sato whether anyone had been "
     "disciplined. “Two people are no longer with the company,” the chief executive said.",
     "no longer with the company", None),
    # --- labels, places and papers are nobody (32c opinion and reviews)
    # a party label whose home town has two words
    ("Surcharge.\n\nSen. Abdirahman Warsame, D-Tule Springs, who voted no, put it more "
     "simply: \"If it was technical, why was it secret?\"", "why was it secret",
     "Abdirahman Warsame"),
    # a second place after `in X and`: not a she
    ("Album.\n\nIfe Adebanjo-Strand grew up in Oslo. Her debut was built by producers in "
     "London and Los Angeles. This time she worked with one.\n\n\"Dmitri's first rule was no "
     "reverb,\" she said.", "no reverb", "Ife Adebanjo-Strand"),
    # a paper named after `the music weekly`: an organisation, never the next she
    ("Album.\n\nIfe Adebanjo-Strand grew up in Oslo. \"I kept the match,\" she said.\n\nA "
     "notice in the music weekly Loudhailer complained of \"eleven variations on the same sad "
     "shrug.\"\n\n\"Nobody's getting the weather,\" she sings in the last verse.",
     "getting the weather", "Ife Adebanjo-Strand"),
    # --- live blogs, newsletters and round-ups (32b)
    # a name set off after a role, then the verb and the colon
    ("Budget live.\n\nThe local MP, Tamsin Okafor-Reid, was less kind: \"This budget is a "
     "shrug in a suit.\"", "shrug in a suit", "Tamsin Okafor-Reid"),
    # an owner's answer with an aside before the colon
    ("Buses.\n\nDlamini's answer, from the same meeting: \"We will not cut the night buses "
     "while I am here.\"", "night buses", "Dlamini"),
    # `From X:` and `An email from X in Y:` hand over to X
    ("Ruling.\n\nFrom the Coldwater Valley Farm Coalition: \"This ruling protects the farms "
     "that feed the county.\"", "farms that feed", "Coldwater Valley Farm Coalition"),
    ("Waiting lists.\n\nAn email from Gareth in Swansea: \"My mother has waited nine months "
     "for a scan.\"", "nine months", "Gareth"),
    # `it read` after the sentence that brings in a statement
    ("Water.\n\nMeridian Water Holdings issued a statement on Tuesday evening. \"We regret the "
     "distress caused to our customers,\" it read.", "regret the distress",
     "Meridian Water Holdings"),
    # the firm whose analysts wrote
    ("Quillon.\n\nShares fell 9 percent. \"The guidance is unlikely to change before "
     "spring,\" analysts at Brenner Capital wrote in a note.", "unlikely to change",
     "Brenner Capital"),
    # bullets under an intro to somebody's lines, with a topic label or none
    ("Storm live\n\nGovernor Alma Treviño-Hale spoke at noon.\n\nKey lines from "
     "Treviño-Hale’s briefing:\n\n• On evacuations: “About 70 percent of people left.”\n\n"
     "• On rescues: “We will not send rescuers into 100-mile-an-hour winds.”",
     "send rescuers", "Alma Treviño-Hale"),
    ("Budget live\n\nHere are the key lines from the reply by the leader of the opposition, "
     "Sir Declan Ashworth-Mayhew:\n\n• ‘This was not a Budget. It was a shell game.’\n\n• "
     "‘She says the books are balanced.’", "books are balanced", "Declan Ashworth-Mayhew"),
    # a reader's credit `— submitted by X, who says…`
    ("Bus drivers\n\nWe asked readers for advice.\n\n“Nobody ever got anywhere faster by "
     "yelling at me.” — submitted by Olumide Bankole-Hart, who says the driver was his own "
     "grandmother", "yelling at me", "Olumide Bankole-Hart"),
    # a company's `Co.` ends the cue's sentence before the next quote
    ("Budget live\n\n‘Gilts barely flinched,’ said Kavita Raghunathan, chief economist at "
     "Stanhope & Co. ‘Boring is the goal.’", "Boring is the goal", "Kavita Raghunathan"),
    # --- reviews and columns (32c)
    # a she that opens the main clause after a `When` clause naming one woman
    ("Review\n\nInes Valderrama runs the kitchen. She is forty and tireless.\n\nShe meant it "
     "as a compliment. When the Courier’s Bernadette Kowalski-Amadi visited in May, she "
     "declared the corn “the dish of the summer, possibly the decade.”", "dish of the summer",
     "Bernadette Kowalski-Amadi"),
    # `X recalls Y telling him`: Y
    ("Memoir\n\nKwame Asante-Whitlock served as defence minister. In it, he recalls "
     "Moreau-Adeyemi telling him, on the night talks broke down, “Let it fail. We’ll blame "
     "the Velorians.”", "Let it fail", "Moreau-Adeyemi"),
    # a who clause after a name goes on with `and` to the speech verb
    ("Memoir\n\nThe memoir quotes the Velorian ambassador, Emeric Vasaryan-Loew, who leaned "
     "across to her and murmured, “Madam Minister, you will not last the year.”",
     "will not last the year", "Emeric Vasaryan-Loew"),
    # guard: after somebody unnamed, the name the clause gives stays the speaker
    ("Hustings\n\nOne member, who gave her name as Pauline and said she had been a member for "
     "forty-one years, asked the candidates to ‘apologise for the state of the country we "
     "left behind’.", "apologise for the state", "Pauline"),
    # a plural thing that opens a sentence is nobody (`Desserts are…:`)
    ("Review\n\nThe menu is short. Desserts are a single line on the menu: “Ask.”", "Ask",
     None),
    # --- fiction (32a fantasy, science fiction and translated novels)
    # a short form the others call somebody the narration names is not the teller's name
    ("Contraband\n\n“Why would we scream?” said Hollis. “It’s a cake.”\n\n“It’s not a "
     "cake,” said Pree.\n\n“By the timpani,” Hollis said.\n\n“Everybody does not know "
     "about it, Hol, or someone would have found these.”\n\n“Nineteen sixty-three,” I "
     "said.\n\n“Look,” I said. “March 1963.”\n\n“Tilly, she’ll confiscate them.”\n\n"
     "“Fine,” I said.", "Nineteen sixty-three", "Tilly"),
    # `Maître` is a title: `Maître Delacourt-Ibarra` is Hélène Delacourt-Ibarra
    ("The Will\n\n«You’re staring at the clock,» Maëlle said.\n\n«It’s wrong,» Annick "
     "said.\n\nThe door opened, and Maître Hélène Delacourt-Ibarra came in.\n\n«Mesdames. I "
     "am sorry for your loss,» she said.\n\n«Difficult,» Annick repeated.\n\n«To you "
     "alone. There is a condition,» said Maître Delacourt-Ibarra.\n\n«To me?» said "
     "Maëlle.", "There is a condition", "Hélène Delacourt-Ibarra"),
    # `Mother Superior` is a title
    ("The Council\n\nMother Superior Chidinma Ekwueme folded her hands on the table. \"I "
     "have been listening, child.\"\n\n\"Child,\" muttered the queen.\n\n\"And I am "
     "seventy-three,\" said the Mother Superior.", "seventy-three", "Chidinma Ekwueme"),
    # `diplomat` is a word for a person (33a defence and diplomacy, written against 4fef4ed)
    ("Sanctions\n\nThe EU agreed a new package on Friday.\n\n“It was a long and sometimes "
     "painful negotiation,” one EU diplomat said.", "painful negotiation", "one EU diplomat"),
    # `Assoc. Prof.` is a title, not a name (33b labour and economy, against 4fef4ed)
    ("Scams\n\nBanks are under pressure. \"The burden falls almost entirely on the victim,\" "
     "said Assoc. Prof. Rohan de Silva, a researcher at the University of Adelaide.",
     "burden falls", "Rohan de Silva"),
    # a role with `of` and its field, then the name set off, after an inverted verb
    ("Robots.\n\nAxelrod Dynamics makes delivery robots. “Nobody was hurt,” said the "
     "company's head of safety, Yuki Tanabe-Moreau.", "Nobody was hurt", "Yuki Tanabe-Moreau"),
    ("Robots.\n\nAxelrod Dynamics makes delivery robots. “Nobody was hurt,” said the "
     "company's safety chief, Yuki Tanabe-Moreau.", "Nobody was hurt", "Yuki Tanabe-Moreau"),
]
"""Round 40's rows, from the reviews written against 8444cca (32a fantasy, science-fiction
and translated fiction, 32b live blogs, Q&A and newsletters, 32c opinion and reviews) and
round 39's (30b, 31c); each group's first comment says what it is about."""


@pytest.mark.parametrize(("text", "words", "speaker"), ROUND_40)
def test_round_40(text: str, words: str, speaker: str | None) -> None:
    """Round 40: documents and offices speak for their issuers, people described and then
    named are that name, former titles are no office now."""
    assert speaker_of(text, words) == speaker


def test_a_title_said_after_former_is_a_past_one_until_said_without() -> None:
    """People.describe: `the former chancellor Lord Pemberton` held the title once; a later
    `Chancellor Pemberton` (no `former`) makes it his again (see resolve._held_once)."""
    from readaloud.names import name_mention

    page = make_page("Pemberton")
    one = name_mention(tokenize(page.text, 0, len(page.text)), 0, 1, page)
    assert one is not None
    people = People()
    key = people.add(one, 0).key
    people.describe(key, ("the", "former", "chancellor", "lord"))
    assert people.entities[key].past == {"chancellor", "lord"}
    people.describe(key, ("chancellor",))
    assert people.entities[key].past == {"lord"}
    people.describe(key, ("former", "chancellor"))
    assert people.entities[key].past == {"lord"}  # a title held now stays so


def test_guillemets_lead_a_story_s_lines() -> None:
    """A translated novel's «…» lines count as lines that open paragraphs (see
    dialogue_style), as “…” ones do."""
    text = "\n\n".join(["The notary’s office smelled of floor polish.",
                         "«You’re staring at the clock,» said Maëlle.", "«It’s wrong.»",
                         "«Everything’s wrong.»", "«Stop looking at the clock,» said Maëlle.",
                         "«Difficult,» said Annick.", "«To me?» said Maëlle.",
                         "«To you alone.»", "«Not to both of us?» asked Annick."])
    assert dialogue_style(make_article("The Will\n\n" + text))
    assert dialogue_style(make_article("The Will\n\n" + text.replace("«", "“").replace(
        "»", "”")))


ROUND_41 = [
    # --- unnamed sources (33a defence and diplomacy)
    # an initialism with its full stops describes the unnamed official the cue later calls
    # `the official`
    ("Jets.\n\nA U.S. official said Washington was \"disappointed but not surprised\" by the "
     "likely outcome.\n\n\"They had a better offset offer from the Europeans,\" the official "
     "said.", "better offset offer", "A U.S. official"),
    # an opening phrase before the unnamed subject leaves them the subject
    ("Sanctions.\n\nIn Ankara, a Turkish foreign ministry official said the government was "
     "“studying the list carefully”. “We expect our partners to consult us first,” the "
     "official said.", "consult us first", "a Turkish foreign ministry official"),
    # guard: an unnamed official not opening the sentence's main clause is nobody to come back
    # to (the sentence is about the minister)
    ("Sanctions.\n\nIn Ankara, the minister met a Turkish foreign ministry official on "
     "Monday. “We expect our partners to consult us first,” the official said.",
     "consult us first", None),
    # --- a role that is a sentence's subject after an opening phrase or `that` (33a, 34c)
    ("Cables.\n\nThe cables, sent by Ambassador Judith Okereke-Hume, describe meetings with "
     "officers.\n\nA former senior Foreign Office official, who asked not to be named, said "
     "the warnings were ignored. “This is a pattern,” the former official said.\n\nThe cables "
     "also suggest that the ambassador had doubts about the president. In a cable from May, "
     "she described a meeting.\n\n“He did not appear to regard the matter as serious,” she "
     "wrote.", "regard the matter as serious", "Judith Okereke-Hume"),
    ("Baby.\n\nPrincess Eleanor and the Duke are expecting. Imogen Ashcroft-Wyatt, a royal "
     "biographer, called it good news. “It resets the conversation,” she told the BBC.\n\nIn "
     "an interview with Tatler in March, the princess described her first pregnancy as hard. "
     "“I had this idea that I would glide around glowing,” she told the magazine.",
     "glide around glowing", "Eleanor"),
    # --- asides and descriptions (34c)
    # a gendered word after `who … her` in an aside is somebody else's (her husband), not hers
    ("Hotel.\n\nLudovica Bellandi runs the hotel. \"Nobody is searched at the door,\" she "
     "said.\n\nOlamide Kuti, 38, a teacher from Lagos who stayed with her husband in May, "
     "called it \"the best part of the holiday\". \"We are now going to their wedding,\" she "
     "said.", "going to their wedding", "Olamide Kuti"),
    # `known to everyone in the town simply as Winnie` makes Winnie what the town calls her
    ("Winnie.\n\nNow, at 100, Winifred Adeyemi-Cole says it is time to stop. “I told them I'd "
     "do it until I was a hundred,” said Mrs Adeyemi-Cole, known to everyone in Kettlebridge "
     "simply as Winnie.\n\nWinnie keeps the card on the mantelpiece.\n\n“I’ve read it about "
     "forty times,” she said.", "forty times", "Winifred Adeyemi-Cole"),
    # a show's title after `the hit drama` is no speaker
    ("Divorce.\n\nActress Nadia Yusupova-Klein has spoken about her divorce. The 31-year-old "
     "star of the hit drama Saltmarsh told People magazine about it.\n\n“We were kids when we "
     "met,” she said.", "kids when we met", "Nadia Yusupova-Klein"),
    # --- organisations (34a climate and energy)
    # `the group` is the organisation the text just before is about, not an older one whose
    # name says Group
    ("Summit.\n\nNegotiators from the African Group were unimpressed.\n\nThe ministers met "
     "again on Friday.\n\nThe Climate Action Alliance, a coalition of 1,500 groups, called the "
     "draft a betrayal.\n\n“Trust is built with money on the table,” the group said.",
     "money on the table", "Climate Action Alliance"),
    # and a bare name that says something there is that organisation
    ("Plastics.\n\n“You cannot mop the floor while the tap is running,” said Akosua Mensah, "
     "who speaks for the African Group.\n\nGreenpeace called the outcome a failure of nerve. "
     "“A handful of petro-states have held the whole world hostage,” the group said.",
     "held the whole world hostage", "Greenpeace"),
    # guard: a group named in the sentence before stays the group its name says, even when
    # another organisation is that sentence's subject
    ("Summit.\n\nThe Climate Action Alliance wrote to the African Group on Monday.\n\n“Rich "
     "countries talk,” the group said.", "Rich countries talk", "African Group"),
    # a post written in capitals after a name is no organisation, and no name of its own
    ("Wind.\n\nNorrvind took the final decision today.\n\nJane Roe, Director of Operations, "
     "told reporters: \"The turbines arrive in May.\"", "turbines arrive", "Jane Roe"),
    ("Wind.\n\nNorrvind took the final decision today.\n\nMaeve Kilbride, Project Director "
     "for Ailbhe, added: \"Reaching FID is a huge achievement for the team.\"",
     "huge achievement", "Maeve Kilbride"),
    # a role and its of-phrase set off by a described name: the name
    ("Plastics.\n\nThe chair of the talks, Ecuadorian diplomat Luis Valderrama-Ochoa, "
     "suspended the session at dawn, telling delegates that “the gap is not closing "
     "tonight.”\n\n“We are closer than we have ever been,” he said.", "closer than we have "
     "ever been", "Luis Valderrama-Ochoa"),
    # a spokesperson's organisation is `the charity` or `the company` that speaks next
    ("Rescue.\n\nA spokesperson for the RNLI said crews had been alerted on Saturday. “We "
     "would always urge owners not to go into the water,” the charity said in a statement.",
     "urge owners", "RNLI"),
    ("Reunion.\n\nA spokesperson for Ancestry Genetics said stories like theirs were "
     "common. \"We hear from thousands of customers every year,\" the company said in a "
     "statement.", "thousands of customers", "Ancestry Genetics"),
    # guard: a spokesman for a person speaks for no company
    ("Tour.\n\nA spokesman for Emma Stone said the dates had moved. “We apologise to every "
     "fan who bought a ticket,” the company said.", "apologise to every fan", None),
    # `the forum` is a forum's; a brand written with a capital inside (`BirdWatch`) and a
    # country is an organisation, and so is `Friends of the Fens`
    ("Gas.\n\nThe Energy Users Forum, which represents large industrial consumers, welcomed "
     "the decision. “Reliable supply is the foundation of British manufacturing,” the forum "
     "said.", "Reliable supply", "Energy Users Forum"),
    ("Wind.\n\nThe Irish Wind Energy Association welcomed the decision. \"We need the grid "
     "to keep pace,\" the association said.\n\nBirdWatch Ireland said it would monitor the "
     "colonies. \"We are not opposed to offshore wind, but location matters,\" the "
     "organisation said.", "location matters", "BirdWatch Ireland"),
    ("Gas plant.\n\nThe local campaign group Friends of the Fens said it was ‘considering all "
     "options, including a judicial review’.", "judicial review", "Friends of the Fens"),
    # a study's authors speak for whoever made the study, else for its lead author
    ("Floods.\n\nThe rapid analysis by Global Weather Attribution, a network of climate "
     "researchers, found the rain was heavier.\n\n\"It is not a freak of nature,\" said Dr. "
     "Ifeoma Osei-Lartey, a climate scientist and lead author of the study.\n\n\"Every tenth "
     "of a degree of warming matters,\" the study's authors wrote.", "Every tenth",
     "Global Weather Attribution"),
    ("Ocean.\n\n“We were surprised by how clear the signal was,” said Elif Demirci-Larsen, a "
     "physical oceanographer at Utrecht University and the study’s lead author.\n\n“The "
     "AMOC is one of the most important tipping elements,” the study’s authors wrote.",
     "tipping elements", "Elif Demirci-Larsen"),
    ("Drought.\n\nA study by the Spanish research group Observatorio del Agua found that "
     "rainfall had declined.\n\n“The two effects combine,” the researchers wrote.",
     "two effects combine", "Observatorio del Agua"),
    # guard: researchers nobody named stay with the narrator
    ("Drought.\n\nRainfall in southern Spain has declined since 1980.\n\n“The two effects "
     "combine,” the researchers wrote.", "two effects combine", None),
    # --- human-interest (34c)
    # a head shaken or a `didn't hesitate` before a line in its paragraph: their answer
    ("Dog.\n\nHarri Pryce-Jenkins, 34, swam out after the dog. Asked whether Bramble had "
     "been put off the seaside, Harri shook his head. “Not a chance. She was straight back on "
     "the beach.”", "Not a chance", "Harri Pryce-Jenkins"),
    ("Winnie.\n\nWinifred Adeyemi-Cole has crossed children over Mill Lane since 1972. Asked "
     "what she planned to do with her free mornings, Mrs Adeyemi-Cole didn’t hesitate. “Lie "
     "in. Then bingo on Tuesdays.”", "Lie in", "Winifred Adeyemi-Cole"),
    # a sign's words are the narrator's, whoever is named by the sign
    ("Dog.\n\nA handwritten sign in the window of the shop, where Bramble is a regular "
     "visitor, now reads “WELCOME HOME BRAMBLE – free sausage for the hero”.", "WELCOME HOME",
     None),
    ("Baby.\n\nThe landlord of the Fox and Hounds put a chalkboard outside reading "
     "“Congratulations Ellie and Freddie – first round on the Duke”.", "first round", None),
    # an organisation's name as a label, with a note in brackets
    ("Plastics.\n\nReactions to the treaty text:\n\nTevita Aholelei, Tonga: “We came for a "
     "treaty and we got a promise of one.”\n\nCouncil of Plastics Producers (industry group): "
     "“A treaty that focuses on ending plastic pollution is one we can support.”",
     "A treaty that focuses", "Council of Plastics Producers"),
    # a Q&A box's unlabelled answers are the one person named before its first question
    ("Budget.\n\nPrices keep rising.\n\nWe put your questions to H.J. Okonkwo, a registered "
     "dietitian.\n\nQ: Are frozen vegetables really as good as fresh?\n\n\"Often better. "
     "They're frozen within hours of picking.\"\n\nQ: Is it worth buying in bulk?\n\n\"Only "
     "for things you'll definitely use: rice, pasta, tins, oats.\"", "Only for things",
     "H.J. Okonkwo"),
    # guard: two people named before the box: nobody knows which one answers
    ("Budget.\n\nWe put your questions to H.J. Okonkwo and Tom Reyes, two dietitians.\n\n"
     "Q: Are frozen vegetables really as good as fresh?\n\n\"Often better. They're frozen "
     "within hours of picking.\"", "Often better", None),
    # `Her rule is simple:` before a quote: her words
    ("Sleep.\n\nDr. Amara Okonjo-Lindqvist, a sleep consultant, says the problem is rarely "
     "the child. “Bedtime goes wrong when it becomes unpredictable,” she says.\n\nHer rule is "
     "simple: “Same time, same order, same words, every night.”", "Same time",
     "Amara Okonjo-Lindqvist"),
    # an unnamed spokesman with a `whose` clause who said something goes on in the next he
    ("Prices.\n\nShoppers are cutting back.\n\nA spokesman for the Halverton Building "
     "Society, whose latest survey found that one in three families had cut back, said the "
     "figures were \"deeply worrying\". \"People are trading down on the very things that "
     "keep them healthy,\" he said.", "trading down",
     "A spokesman for the Halverton Building Society"),
    # --- press releases and research news (second wave: 35a, 35c)
    # `revealed` is a speech verb
    ("Signing.\n\nRovers have signed the winger Tomasz Wierzbicki from Lech.\n\n‘I spoke to "
     "Bartosz before I signed,’ he revealed. ‘He told me I would love the club.’",
     "spoke to Bartosz", "Tomasz Wierzbicki"),
    # a body named by its head and `of` keeps its whole name (`and` inside it)
    ("AI.\n\nThe National Institute of Standards and Technology, which has been developing "
     "its own guidelines, said in a statement that “independent, contamination-resistant "
     "testing is a priority for everyone.”", "contamination-resistant",
     "National Institute of Standards and Technology"),
    # guard: a title and a name after the body's name make a person
    ("Banks.\n\nBank of America CEO Brian Moynihan said the economy was “stronger than most "
     "people give it credit for.”", "stronger than most", "Brian Moynihan"),
    # a plural's apostrophe inside a body's name, and a country code after a name
    ("Festival.\n\nThe Millbrook Residents’ Association has written to the council.\n\n“Our "
     "members are not killjoys,” the group said in a statement.", "not killjoys",
     "Millbrook Residents’ Association"),
    ("Fusion.\n\nGreenpeace UK said in a separate briefing that ‘every pound spent on fusion "
     "hype is a pound not spent on insulation’.", "every pound spent", "Greenpeace UK"),
    # guard (a crash on the way, never on bcf2cf9): a body's name that opens with a
    # plural's apostrophe (`Parents' Association`) is read whole, and the person after it is
    # the subject
    ("Exams.\n\nParents' Association national chairperson Mrs Selina Obuhatsa-Njoroge urged "
     "parents not to punish children. \"A D is not the end of the road,\" she said.",
     "end of the road", "Selina Obuhatsa-Njoroge"),
    # an award's name before a colon is nobody: the winner named after it is the next he
    ("Awards.\n\nThe club celebrated on Saturday, with back-rower Leilani Nakoa named Senior "
     "Player of the Year.\n\nCoach Pita Tuilagi-Fonoti thanked the volunteers. \"None of it "
     "happens without them,\" he said.\n\nOther awards on the night:\n\nYoung Player of the Year: "
     "Kwame Vandenberg, 19, who made his first-team debut in October. \"I'm just happy to be "
     "in the squad,\" he said.", "happy to be in the squad", "Kwame Vandenberg"),
    # guard (a regression on the way): `the statement` of an organisation nobody names is no
    # speaker called `statement`
    ("Food bank.\n\nIn a statement, the charity said donations had fallen.\n\n\"The "
     "cost-of-living crisis is not over for the people we see,\" the statement said.",
     "cost-of-living crisis", None),
    # a report's person named by first name only, then `her` in the same sentence: a woman
    ("Trial.\n\nCo-investigator Sunniva Johansen, a clinical psychologist, ran the sessions. "
     "\"People think it's all beautiful colors,\" she says.\n\nAnnika, 38, a nurse and "
     "another participant, remembers crying for most of her first session. \"I saw my dad,\" "
     "she says.", "I saw my dad", "Annika"),
    # guard: the he after a description that goes on to somebody else is his, not the
    # described one's (`telling Trump that whatever he meant`)
    ("Reagan.\n\nOn Tuesday, Donald Trump told his rally that Hillary Clinton could pose a "
     "threat to gun rights.\n\nDavis, a longtime liberal, lashed out at the GOP nominee on "
     "Facebook, telling Trump that whatever he meant, words have the power to inspire "
     "actions.\n\nIn her post, "
     "she reminded Trump of the actions of John Hinckley Jr.\n\n“I am the daughter of a man "
     "who was shot,” she wrote.", "daughter of a man", "Davis"),
    # --- fiction (34b)
    # British single quotes: a call that opens a line (`‘Callum. Look at me.’`) names the
    # teller the `I said` lines are by
    ("11\n\nMum was waiting in the kitchen when I got in.\n\n‘Sit down.’\n\n‘I’m fine "
     "standing.’\n\n‘Mrs Achterberg rang,’ Mum said. ‘From school.’\n\nI looked at the fruit "
     "bowl.\n\n‘Callum. Look at me.’\n\n‘The library,’ I said.\n\n‘The library?’\n\n‘The "
     "town library. Not the school one,’ I said.", "town library", "Callum"),
    # a family's name as the owner of a voice in a beat after the line (`Mum’s voice filled
    # the car`) is the line's speaker
    ("The Lesson\n\n“Mirror,” said Dad.\n\n“I know, Dad,” said Marisol.\n\nThe phone "
     "rang. “Don’t answer it,” said Marisol.\n\n“I wasn’t going to answer it.” He answered "
     "it, on speaker. “Hi, love.”\n\n“How’s it going?” Mum’s voice filled the car, tinny and "
     "far too cheerful. “Has she killed anyone?”\n\n“Not yet,” said Dad.", "How’s it going",
     "Mum"),
    # guard: a call inside words the line quotes is the quoted speaker's (`‘Mayor, …’`), so
    # the line still goes on from the mayor's cue
    ("Chief.\n\nFormer Mayor Dolores Whitfield-Ames, who promoted him in 2011, spoke at the "
     "service.\n\n“Walt never once let a budget conversation be just about money,” "
     "Whitfield-Ames said. “He’d sit in my office and say, ‘Mayor, this line item is "
     "somebody’s son.’ You can’t argue with that.”", "He’d sit in my office",
     "Dolores Whitfield-Ames"),
    # a line read out is the reader's
    ("The Memo\n\nPriya picked up the card and frowned.\n\n“A calming presence,” she read "
     "out. “You sat in the coach for two hours.”", "calming presence", "Priya"),
]
"""Round 41's rows, from the reviews written against bcf2cf9 (34a climate, energy and science
news, 34b family, comic and children's fiction, 34c human-interest, lifestyle and royal
news), the second wave written against 774effe (35a research news, 35c press releases) and
round 40's (33a); each group's first comment says what it is about. Every row fails on
bcf2cf9 except those marked guard."""


@pytest.mark.parametrize(("text", "words", "speaker"), ROUND_41)
def test_round_41(text: str, words: str, speaker: str | None) -> None:
    """Round 41: unnamed sources and roles as subjects after an opening phrase, nicknames and
    works, organisations the text is about, posts written in capitals."""
    assert speaker_of(text, words) == speaker



ROUND_42 = [
    # --- organisations a story calls by their kind (35c press releases, 27a sports)
    # `the charity` is the one organisation before it that may be called so, never the
    # council whose statement came between
    ("Food bank appeals for help\n\nShelves at the Trussell Vale Food Bank are almost empty, "
     "volunteers said on Monday.\n\n\"We have never seen anything like it,\" said Adaeze "
     "Okonkwo-Price, the charity's project manager.\n\nDenbigh County Council said it would "
     "review its grants.\n\n\"The cost-of-living crisis is not over for the people we see,\" "
     "the charity said.", "cost-of-living crisis", "Trussell Vale Food Bank"),
    # a name that ends as a charity's does (`International`) is an organisation, and the one
    # named most is `the charity`
    ("Appeal\n\nWellSpring International today launched a £4 million appeal, which the Tiller "
     "Foundation will match. WellSpring International said the money would go to water.\n\n"
     "Aminata Maïga, who leads the field team, said families were selling their goats.\n\n"
     "In a statement, the charity said: “Cash allows families to decide what they need "
     "most.”", "Cash allows families", "WellSpring International"),
    ("Signing\n\nHarbourside Rovers have signed striker Tomasz Wierzbicki from Lech Poznań. "
     "Harbourside Rovers paid a record fee.\n\nWierzbicki scored 19 goals last season.\n\n"
     "‘Everyone at the club would like to welcome Tomasz and his family,’ the club said.",
     "welcome Tomasz", "Harbourside Rovers"),
    # --- documents (36a, PolNeAR train)
    # a day between the verb and its object leaves the statement its subject's
    ("Attack\n\nPresident Obama released a statement Thursday night condemning “what appears "
     "to be a horrific terrorist attack in Nice, France.”", "horrific terrorist attack",
     "Obama"),
    # a statement an aside puts its subject's words in is theirs, whoever released it
    ("Nominee\n\nAurelio Bancroft-Nakamura faced questions on Tuesday.\n\nBancroft-Nakamura, in "
     "a statement released by the Department of Homeland Security, said he stood by his "
     "testimony.\n\n‘I have spent my career enforcing the laws Congress wrote,’ the statement "
     "said.", "enforcing the laws", "Aurelio Bancroft-Nakamura"),
    # guard: a statement `by` somebody is theirs, not the subject's (28b)
    ("Appeal\n\nReacting to the judgment, Tofa, in a statement by his Director of Media and "
     "Publicity, Comrade Ibrahim Shehu Dawakin-Kudu, said he had instructed his lawyers to "
     "appeal.\n\nThe statement read: \"Our principal respects the judiciary but believes that "
     "this judgment is a miscarriage of justice.\"", "Our principal respects", None),
    # --- families (36c obituaries, PolNeAR dev)
    ("Farmer dies at 88\n\nGerald Lindgren, who farmed near Ortonville for sixty years, died "
     "on Sunday. He was 88.\n\nHis family announced his death in a statement on Monday.\n\n"
     "“Dad passed peacefully in his own bed, with his dog Pepper at his feet,” the statement "
     "read.", "passed peacefully", "Lindgren family"),
    ("Farmer dies at 88\n\nGerald Lindgren, who farmed near Ortonville for sixty years, died "
     "on Sunday. He was 88.\n\n“He was a wonderful father and grandfather,” his family said.",
     "wonderful father", "Lindgren family"),
    # the family of a man is not the man (it was voiced as him)
    ("Farmer dies at 88\n\nGerald Lindgren, who farmed near Ortonville for sixty years, died "
     "on Sunday. He was 88.\n\nIn a statement, the family of Mr. Lindgren said they were "
     "“grateful for every card and every casserole that came to the house.”",
     "every casserole", None),
    # --- titles and names (36c regional news, 36b fiction)
    # `Cr` is a councillor, as `Cllr` is: one person, not `Cr Penhaligon` beside him
    ("Road\n\nShire president Cr Lachlan Penhaligon says the council does not have the money."
     "\n\n\"I'd love to seal the whole thing tomorrow,\" Cr Penhaligon says.",
     "seal the whole thing", "Lachlan Penhaligon"),
    # a describing word that opens the sentence is nobody called Local
    ("Road\n\nThe shire says it has no money.\n\nLocal truck driver Bronwyn Teague, 44, has "
     "driven the route for twelve years.\n\n“I know every pothole by name,” she says.",
     "every pothole", "Bronwyn Teague"),
    # a first name the tables now know tells a she
    ("Chapter Three\n\nThe bell over the door of Crumb & Co. rang at ten past seven, which was "
     "twenty minutes before Tilly Featherstone officially opened and exactly when she was up to "
     "her elbows in sourdough.\n\n‘We’re closed,’ she called without looking up.\n\n‘The sign "
     "says open.’\n\n‘The sign lies. The sign is an optimist.’\n\n‘Right.’ A pause. ‘Only I’ve "
     "been told this is the best bread in Hebden Bridge.’\n\n‘Who told you that?’",
     "closed", "Tilly Featherstone"),
    # --- somebody brought in by the paragraph before, even as an object (36c)
    ("Road\n\nThe council says the road is safe.\n\nThat argument did not wash with retired "
     "teacher Ffion Llewellyn-Hughes, 71, who has lived in the valley all her life.\n\n‘They "
     "found the money for the roundabout quick enough,’ she said.", "roundabout",
     "Ffion Llewellyn-Hughes"),
    # --- fiction: a beat that is only a pause leaves the line its turn (36b)
    ("Chapter Two\n\nDeclan Moy answered on the second ring, which meant he had been sitting "
     "on the phone.\n\n“Tell me it’s good news.”\n\n“It’s news,” Ingrid said. She was walking "
     "fast along the river. “The Colonel wants to come over.”\n\nA silence on the line. Then: "
     "“Which colonel?”\n\n“You know which colonel.”\n\n“Through whom?”\n\n“Wójcik-Brandt.”",
     "Which colonel", "Declan Moy"),
    # guard: a beat with something that makes a sound brings in whoever speaks
    ("Chapter Two\n\nDeclan Moy answered on the second ring, which meant he had been sitting "
     "on the phone.\n\n“Tell me it’s good news.”\n\n“It’s news,” Ingrid said. She was walking "
     "fast along the river. “The Colonel wants to come over.”\n\nThe radio crackled. “Bridge, "
     "bow. Big floe at one o'clock.”\n\n“You know which colonel.”\n\n“Through whom?”",
     "Big floe", None),
    # --- manners and replies before a line (36c regional news, 36a wire news, 37b fiction)
    # an irregular past before a colon is a verb (`shook her head:`)
    ("Show day\n\nThe show drew 4,000 people on Saturday.\n\nAsked whether the wet season had "
     "affected the stock, Priya Raghunathan shook her head: “If anything they’ve had too much "
     "grass.”", "too much grass", "Priya Raghunathan"),
    # guard: a price that hit a high before a colon is no speaker
    ("Prices\n\nThe index rose again in May.\n\nInflation hit a forty-year high: “a shock to "
     "every household budget in the country,” in the words of the report.", "every household",
     None),
    # a person's manner may be a paragraph of its own before the line's
    ("Climb\n\nArvid Halvorsen has climbed the peak every May for forty years.\n\nHalvorsen "
     "paused.\n\n“I’m going to go up there this May anyway. I’ll bring his thermos.”",
     "this May anyway", "Arvid Halvorsen"),
    # guard: not when that paragraph has a line of its own
    ("Climb\n\nArvid Halvorsen has climbed the peak every May for forty years, with Tomas "
     "Berg.\n\n“He never missed a year,” Berg said. Halvorsen paused.\n\n“I’m going to go up "
     "there this May anyway. I’ll bring his thermos.”", "this May anyway", None),
    ("Debate\n\nFormer Sen. Warren Harlan and Gov. Ada Okonkwo-Bell met in Janesville.\n\n"
     "Okonkwo-Bell said the plant closed because of the trade deal. Harlan’s reply was curt. "
     "“Janesville closed because of a recession, governor, not because of a trade deal.”",
     "because of a recession", "Warren Harlan"),
    ("Room Two\n\nSergeant Lucía Ferreira-Santos sat down opposite the brothers. DC Owen "
     "Pritchard stood by the door.\n\n\"He wasn't that drunk,\" Declan said.\n\n"
     "Ferreira-Santos waited. \"Which is it?\"\n\n\"He was putting it on a bit.\"\n\n\"Did,\" said "
     "Pritchard quietly.\n\n\"What?\"\n\n\"Did that. Past tense. He was pulled out of the pit "
     "this morning.\"\n\nFintan put his face in his hands.\n\n\"We didn't,\" he said into his "
     "palms. \"I swear to God, Sergeant, we didn't.\"\n\n\"Nobody's said you did.\" "
     "Ferreira-Santos's voice was softer now. \"But someone met him at that gate.\"",
     "Nobody's said", "Lucía Ferreira-Santos"),
    # --- British and Irish news (37a)
    # `Co Fermanagh` is an Irish county, nobody called Fermanagh
    ("Storm\n\nThousands of homes are still without power.\n\nIn Belcoo, Co Fermanagh, dairy "
     "farmer Róisín Maguire has been running her milking parlour on a borrowed generator since "
     "Friday.\n\n‘The cows don’t care that there’s been a storm,’ the 47-year-old said.",
     "cows don’t care", "Róisín Maguire"),
    # the seat before `MP` is no part of the member's name
    ("Stabbing\n\nDetective Inspector Sarah-Jane Whitlock said officers were following several "
     "lines of inquiry. ‘We need to hear from anyone who was there,’ she said.\n\nLeicester "
     "South MP Nasreen Akhtar-Bailey described the killing as ‘a senseless tragedy’.\n\n‘My "
     "thoughts are with Jamal’s family,’ she said.", "My thoughts", "Nasreen Akhtar-Bailey"),
]
"""Round 42's rows, from the reviews written against 1272aa1 (36a US political wire news,
36b thrillers, romance and westerns, 36c regional, rural and obituary news), the second
wave written against d05d141 (37a UK and Irish news, 37b crime and ensemble fiction), the
left-overs of round 41 (35c press releases, 27a sports) and PolNeAR train's misses; each
group's first comment says what it is about. Every row fails on 1272aa1 except those marked
guard."""


@pytest.mark.parametrize(("text", "words", "speaker"), ROUND_42)
def test_round_42(text: str, words: str, speaker: str | None) -> None:
    """Round 42: organisations called by their kind, statements of families and of asides,
    councillors' `Cr`, Irish counties, seats before `MP`, describing words before a role,
    people brought in just before, manners and replies before a line, pause beats."""
    assert speaker_of(text, words) == speaker


_CLOSING = (
    "Closing arguments in boat ramp trial\n\nCrown prosecutor Caitlin Moreau-Baines told the "
    "jury on Monday that Nikolai Petrakis had lied to police three times.\n\n\"First, he "
    "hadn't seen Graham for a week. Then he'd seen him briefly at the warehouse on the Friday. "
    "Then, when he was shown the CCTV, they had argued,\" Ms Moreau-Baines said.\n\n\"Ladies "
    "and gentlemen, an innocent man does not need three stories.\"\n\nEarlier in the trial, a "
    "neighbour, Petra Lowe, was asked about the night in question by Mr Petrakis's barrister, "
    "Jonathan Akpan.\n\n\"Did you see the car leave?\"\n\n\"No, I did not.\"\n\n\"Not at "
    "all?\"\n\n\"Not that night.\"\n\nMr Akpan told the jury the Crown's case was "
    "circumstantial. \"Nobody saw Nikolai Petrakis hurt Graham,\" Mr Akpan said.")
"""A court report with three report cues and lone lines of questions and answers: read as
dialogue, a report for its speeches (see attribute.Doc.report_lines)."""


ROUND_43 = [
    # --- role words before a name (36c): `Sheep and beef farmer Hemi Tawhiri-Ross, 61,` is
    # a described newcomer past its role words, so the he after him is his
    ("Floods cut off coast\n\nHundreds of people were cut off on Wednesday after a storm.\n\n"
     "The river peaked at nine metres overnight, Waikura Civil Defence said, cutting the "
     "highway in two places.\n\nSheep and beef farmer Hemi Tawhiri-Ross, 61, lost a bridge on "
     "his farm track.\n\n“It came up so fast we could not get the calves out of the low "
     "paddock,” he said.", "came up so fast", "Hemi Tawhiri-Ross"),
    # --- titles of African and South Asian papers (38a): `Rt. Hon.` and `Comrade` are
    # honorifics, never a man called Rt; `Back at the camp,` opens a phrase before `a youth
    # leader, Comrade Femi Oladipupo,`, who is the subject the he after him means
    ("Flood\n\nThe river burst its banks on Monday.\n\nThe Speaker, Rt. Hon. Adeola "
     "Fashola-Ojo, in his ruling, directed the committee to visit the communities.\n\n“This "
     "House cannot fold its arms while our people suffer,” the Speaker said.",
     "fold its arms", "Adeola Fashola-Ojo"),
    ("Floods\n\nThe Director-General of the agency, Engr. Clement Oyewusi, said states had "
     "to clear their drains.\n\n“Dams are not built to be emergency tools,” Oyewusi "
     "said.\n\nBack at the Ilase camp, a youth leader, Comrade Femi Oladipupo, said young "
     "men had formed a rescue squad.\n\n“We used canoes to bring out old people,” he told "
     "our correspondent.", "used canoes", "Femi Oladipupo"),
    # --- a role set off before a name with what it is for, of or in (38a): `The Minister
    # for Education, Dr Abena Osei-Mensah,` holds `minister`; `Minister for Housing and
    # Urban Development Sri K. Reddy` too, so `the Minister` is never the Chief Minister
    # named later; `A Division Bench comprising Chief Justice X` brings in no unnamed chief
    ("Strike\n\nLecturers stayed away from classes on Monday.\n\nThe Minister for "
     "Education, Dr Abena Osei-Mensah, in an interview with Joy News, appealed to the "
     "lecturers to return.\n\nAsked why the allowance had not been paid, the minister said: "
     "‘There were some challenges with the data.’", "some challenges", "Abena Osei-Mensah"),
    ("Bill passed\n\nThe Assembly passed the land pooling Bill on Friday.\n\nMoving the "
     "Bill, Minister for Housing and Urban Development Sri K. Venkataramana Reddy said it "
     "would unlock land.\n\n“No farmer will be compelled to part with his land,” the "
     "Minister said.\n\nIntervening, Chief Minister N. Chandrasekhar said the government "
     "was open to suggestions.", "compelled to part", "Sri K. Venkataramana Reddy"),
    ("Potholes\n\nThe High Court on Monday pulled up the civic body over the roads.\n\nA "
     "Division Bench comprising Chief Justice Prasanna B. Varale-Shetty and Justice Krishna "
     "S. Dixit-Rao was hearing a petition.\n\n“Every year the same story. What is the civic "
     "body doing?” the Chief Justice asked the counsel.",
     "same story", "Prasanna B. Varale-Shetty"),
    # --- a title's initials (38a): `the PPRO`, `the CEC` are whoever holds the title spelled
    # out before
    ("Flood\n\nThe Police Public Relations Officer in the state, SP Aminu Bello, confirmed "
     "that two bodies had been recovered.\n\nThe PPRO urged residents to avoid crossing "
     "flooded bridges. “Please, no journey is worth your life,” he said.",
     "no journey is worth", "Aminu Bello"),
    ("Polls\n\n“We have extended voting hours,” Chief Election Commissioner Kazi Habibul "
     "Awal-Chowdhury told reporters.\n\nThe CEC said the Commission had consulted all "
     "parties. “We have shifted the puja-related concerns by extending hours,” he said.",
     "puja-related", "Kazi Habibul Awal-Chowdhury"),
    # --- `it said` after a sentence that names nobody is not the person who spoke before it
    ("Farmers detained\n\nPolice detained about 60 protesters.\n\nDeputy Commissioner "
     "Ayesha Siddiqui said the protesters had no permission. “Prohibitory orders are in "
     "force,” she said.\n\nLater, in a statement, the farmers' State unit termed the "
     "detentions undemocratic. “The government that claims to be pro-farmer is arresting "
     "farmers,” it said.", "claims to be pro-farmer", None),
    # --- verbs of saying of this press (38a, 28b): `the judge ruled`, `he posed`
    ("Hospital ward\n\nThe High Court in Nairobi on Tuesday stopped the closure of the "
     "ward.\n\nJustice Wanjiru Kamau-Odhiambo heard the petition brought by the patients' "
     "association.\n\n“I am satisfied that the petitioners have established a prima facie "
     "case,” the judge ruled.", "prima facie case", "Wanjiru Kamau-Odhiambo"),
    ("Maize prices\n\nAgriculture Cabinet Secretary Mithika Linturi-Kaberia defended the "
     "price on Monday.\n\n‘We have to balance the interests of farmers and consumers. Who "
     "will pay the difference?’ he posed.", "balance the interests", "Mithika Linturi-Kaberia"),
    # --- sports pages (38c): an age before a people's word (`the 30-year-old Kenyan`), after
    # a dateline (`BERLIN —`); a thing counted (`his sixth Test`) is nobody; `the Portuguese`,
    # `the veteran forward`
    ("Marathon\n\nBERLIN — Mercy Chebet-Langat ran the fastest women's marathon ever seen "
     "in Germany on Sunday.\n\n“I didn't plan to go that fast. My legs decided,” the "
     "30-year-old Kenyan said.", "My legs decided", "Mercy Chebet-Langat"),
    ("Second Test\n\nSri Lanka's Dilruk Rajapaksa-Fernando produced the spell of his life "
     "on the second day, taking five for 41 as England were bowled out.\n\nThe 29-year-old "
     "left-arm seamer, playing only his sixth Test, swung the ball late under heavy cloud. "
     "‘When it's overcast like this, it's like bowling at home,’ he said at the close of "
     "play.\n\nBowling coach Chaminda Perera was reluctant to take credit. ‘The boy did the "
     "work,’ the former Test seamer joked.", "like bowling at home", "Dilruk Rajapaksa-Fernando"),
    ("Transfer\n\nThe club's new coach, Nuno Amaral Teixeira, was more restrained at his "
     "press conference on Wednesday.\n\n“I don't talk about players until they have trained "
     "with me,” the Portuguese said.", "until they have trained", "Nuno Amaral Teixeira"),
    ("Blazers rally\n\nPortland came back from 19 points down to beat Denver.\n\nJ.T. "
     "Castellanos, who scored 10 points in the fourth, said the comeback started on "
     "defense.\n\n“We stopped worrying about our offense and just started guarding,” the "
     "veteran forward said.", "stopped worrying", "J.T. Castellanos"),
    # guards: `Sri` is an Indonesian first name and `Barr` a surname, not honorifics
    ("Summit\n\nMinisters met in Bali on Monday.\n\n“The Mekong is the rice bowl of half "
     "our region,” said Sri Wahyuni Kusumastuti, Indonesia's agriculture minister.",
     "rice bowl", "Sri Wahyuni Kusumastuti"),
    ("Show\n\nThe baking tent was busy on Saturday.\n\nJocelyn Barr won the fruit cake "
     "class for the fourth year. “It’s my mother’s recipe and I’m not telling anyone what’s "
     "in it,” she said.", "mother’s recipe", "Jocelyn Barr"),
    # --- court reports read as dialogue for their questions and answers (39a): a cued
    # speech goes on in the next whole-quote paragraph that asks nothing
    (_CLOSING, "innocent man", "Caitlin Moreau-Baines"),
    # guard: not after an uncued line, the statement a cross-examiner puts to a witness
    (_CLOSING + "\n\nProsecutor Rebecca Stanhope told the defendant, Jamal Haidari, that he "
     "had planned it.\n\n\"You knew exactly who would be there that night, didn't you?\" she "
     "asked.\n\n\"No, I didn't,\" Mr Haidari replied.\n\n\"You had messaged a friend at "
     "twenty to seven saying, and I quote, he is going to be there tonight, so watch this "
     "space.\"\n\n\"That wasn't about Reece.\"", "That wasn't about Reece", "Jamal Haidari"),
    # guard: a role's holder is one named before it (`Tamberi's ambassador in London, Dr.
    # Grace Oduya-Fernandes,` named after is no ambassador the she can mean)
    ("Leaked cables\n\nThe cables were sent by Ambassador Judith Okereke-Hume between "
     "February and June.\n\nThe cables also suggest that the ambassador had doubts about the "
     "president's judgment. In a cable from May, she described a meeting with him.\n\n“The "
     "President listened politely and then told me nothing at all,” she wrote.\n\nTamberi's "
     "ambassador in London, Dr. Grace Oduya-Fernandes, said the cables were inaccurate.",
     "listened politely", "Judith Okereke-Hume"),
    # guard: `Cuban` is a surname, no people's word (`Cuban seemed to rely on…`)
    ("Cuban on Cruz\n\nBillionaire Dallas Mavericks owner Mark Cuban took questions at a "
     "festival in Austin.\n\nAs evidence of his allegation, Cuban seemed to rely on an attack "
     "against Cruz by Sen. Lindsey Graham.\n\n“If another senator says you could get shot "
     "and nobody would come to your aid,” the investor said, “that's even worse.”",
     "could get shot", "Mark Cuban"),
    # --- transcript labels (38c, 39c): a name in capitals the text names in the usual
    # case, and a label set in bold, as Markdown writes it
    ("Vasquez-Moreno through\n\nLucía Vasquez-Moreno saved two match points to reach the "
     "third round on Wednesday.\n\nQ: Did you think about retiring at 5-2 down?\n\nLUCÍA "
     "VASQUEZ-MORENO: “Zero. Zero percent. I don't retire in a second round unless someone "
     "carries me off.”", "Zero percent", "Lucía Vasquez-Moreno"),
    ("Stratum buys Palettero\n\nWe spoke to Stratum's chief executive, Inês "
     "Carvalho-Mendes, after the deal was announced.\n\n**Users fear prices will rise. Will "
     "they?**\n\n**Carvalho-Mendes:** \"Not for the free tier, and not for existing customers "
     "in the next two years.\"", "Not for the free tier", "Inês Carvalho-Mendes"),
    # guard: capitals the text names nobody with are no label (`THE CROWD:`)
    ("Rally\n\nThousands marched through the city on Saturday.\n\nTHE CROWD: “Out, out, "
     "out!”", "Out, out", None),
    # guard: a phrase that opens with a preposition is skipped whole, so the court in it is
    # no subject (an opening `Across` read as an adverb made it one)
    ("Day three\n\n“Down, Mrs Lindqvist. Not off.”\n\nAcross the well of the court, Ms Farah "
     "Qureshi-Lyle for the Crown half-rose. “Your Honour, my learned friend is splitting hairs "
     "so finely,” she said.", "splitting hairs", "Farah Qureshi-Lyle"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ROUND_43)
def test_round_43(text: str, words: str, speaker: str | None) -> None:
    """Round 43: names past the role words that open them; honorifics, titles spelled out
    and their initials, and verbs of saying in African and South Asian papers; sports pages'
    epithets, datelines and counted things; transcript labels in capitals or bold; a court
    report's cued speech going on in its next paragraph."""
    assert speaker_of(text, words) == speaker


ROUND_44 = [
    # --- an office set off by its holder (38a): `the National President of UTAG, Prof. X,`
    # is X, not a person called UTAG; `The Vice-Chancellor of the University of Ghana, Prof.
    # Y,` is Y (a title of hyphened title words is a title)
    ("Strike\n\nLecturers have stayed at home for three weeks.\n\nAddressing a press "
     "conference in Accra on Monday, the National President of UTAG, Prof. Kwame "
     "Asante-Boateng, said the association had been patient.\n\n‘We signed a collective "
     "agreement in 2024. Not a single clause has been implemented,’ he said.",
     "collective agreement", "Kwame Asante-Boateng"),
    ("Strike\n\nLecturers have stayed at home for three weeks.\n\nA third-year student, Miss "
     "Efua Mensah-Bonsu, told the Graphic: ‘My parents paid my fees in September.’\n\nThe "
     "Vice-Chancellor of the University of Ghana, Prof. Nana Aba Appiah-Amfo, said management "
     "was in talks. ‘We are using all our channels to encourage dialogue,’ she said.",
     "all our channels", "Nana Aba Appiah-Amfo"),
    # --- a body's name goes on after `of the` (41a): `the International Committee of the Red
    # Cross` is one body, no person called Red Cross whom the she after its spokeswoman means
    ("Convoy\n\nThe trucks waited at the border for a third day.\n\nA spokesperson for the "
     "International Committee of the Red Cross, Sophie Marchetti-Oyelaran, said the ICRC was "
     "in contact with all parties. “Our teams are ready to go,” she said.", "teams are ready",
     "Sophie Marchetti-Oyelaran"),
    # --- a spokesperson who says for nobody speaks for the organisation just before (41a,
    # 40c); `NHS England` is a body, not a place
    ("Flight\n\nThe Home Office said the flight, which had been due to leave at 2am, was "
     "called off. A spokesperson said: ‘It is deeply disappointing that last-minute claims "
     "have again frustrated the removal.’", "deeply disappointing", "Home Office"),
    ("Measles\n\nCases have risen in the city.\n\nNHS England said more than 4,000 doses had "
     "been given. A spokesperson said: ‘We would urge any parent who is unsure to check.’",
     "would urge any parent", "NHS England"),
    # --- an unnamed source described by a who-clause (40c): `a senior doctor…, who asked not
    # to be named because he…, said` is the he after him, not the man named before
    ("Strike\n\nNurses walked out on Monday.\n\n“We are not asking for the moon,” said union "
     "leader Daniel Mwangi.\n\nBut a senior doctor at one hospital, who asked not to be named "
     "because he was not authorized to speak publicly, said waiting lists would suffer.\n\n"
     "“Every cancelled operation goes to the back of a very long queue,” he said.",
     "cancelled operation", "a senior doctor"),
    # --- a party and home town after a name is nobody (41c)
    ("Budget\n\nTalks broke down on Tuesday.\n\nSen. Rosalind Achterberg, D-Millbrook, the "
     "ranking Democrat on the committee, said the two sides were closer than it seemed. “We "
     "are maybe $400 million apart,” she said.", "400 million", "Rosalind Achterberg"),
    # --- one word before role words and a name only describes them (41a)
    ("Floods\n\nThousands were displaced.\n\nOpposition leader Imran Jatoi accused the "
     "authorities of “sleeping while people drown” and said relief funds had been “diverted "
     "to friends of the ruling party.”", "diverted to friends", "Imran Jatoi"),
    # --- organisations named so (41c, 41a): `the pharmacy chain PillWise`, `Belgium's asylum
    # agency, Fedasil,`
    ("Lawsuit\n\nThe attorney general sued the pharmacy chain PillWise on Monday.\n\nPillWise "
     "denied wrongdoing. “We will vigorously defend ourselves,” the company said in a "
     "statement.", "vigorously defend", "PillWise"),
    # --- Malaysian and Philippine titles (40a): `Mentri Besar`, `Datuk`, `Tan Sri`, `Sec.`
    ("Floods\n\nThousands were evacuated.\n\nKelantan Mentri Besar Datuk Mohd Nassuruddin "
     "Daud said the state government was grateful.\n\n“In the past, there have been "
     "complaints,” he said in a statement.", "there have been complaints",
     "Mohd Nassuruddin Daud"),
    ("Rail\n\nThe line reopened on Monday.\n\nTan Sri Johari Abdul said the delay was "
     "regrettable. “We apologise,” Johari said.", "We apologise", "Johari Abdul"),
    ("Typhoon\n\nExecutive Secretary Ramon Abad-Santos said aid was on its way.\n\nPublic "
     "Works Sec. Manuel Bonoan-Reyes, in a briefing on Thursday, said dikes had failed.\n\n"
     "Asked about ghost projects, the secretary said: “If there are anomalies, we will file "
     "cases.”", "file cases", "Manuel Bonoan-Reyes"),
    # --- an opening `Back in Tokyo,` is a phrase before the subject (40a), and `Her GP` is a
    # role, nobody called GP (40c): the he and she after them are Tanabe and Kowalczyk
    ("Tax\n\nPrime Minister Hiroshi Tanabe faced dissent over the defence tax.\n\n“We cannot "
     "accept this,” said lawmaker Kenji Nakagawa, who leads the rebels.\n\nBack in Tokyo, "
     "Tanabe struck a conciliatory tone toward the dissenters later in the day.\n\n“I take "
     "their views seriously,” he told reporters.", "views seriously", "Hiroshi Tanabe"),
    ("Waits\n\nNurses walked out on Monday.\n\nBernadette Kowalczyk, 56, found a lump in her "
     "breast in July. Her GP referred her urgently. She waited seven weeks for a scan.\n\n"
     "“Ten weeks of not knowing,” she said.", "Ten weeks", "Bernadette Kowalczyk"),
    # --- a report's kin word with no owner describes the one the sentence before is about
    # (41a): `Parveen Bibi said…` / `the grandmother said`; guards: nobody named (`a couple
    # from Leeds` / `the husband`), or nobody of that gender opens the sentence before
    ("Floods\n\nThousands were displaced.\n\nBack on the highway, Parveen Bibi said she did "
     "not know when the family could return. \"The water will go down,\" the grandmother "
     "said.", "water will go down", "Parveen Bibi"),
    ("Trial\n\nTom Hale was jailed for life on Friday for killing Amy Rowe.\n\nOutside court, "
     "Jane Rowe wept. \"Nothing brings her back,\" the mother said.", "brings her back",
     "Jane Rowe"),
    ("Fire\n\nTom Hale met a couple from Leeds on the road. \"It went up in minutes,\" the "
     "husband said.", "went up in minutes", None),
    ("Trial\n\nTom Hale was jailed for life on Friday for killing Amy Rowe.\n\nTom Hale showed "
     "no emotion. \"He took her from us,\" the mother said.", "took her from us", None),
    # --- a name written family name first (40a): `Mr Tan` is Tan Ah Kow; guard: `Tan` alone
    # is a surname, not the first word of `Tan Sri`
    ("Rail\n\nThe line reopened on Monday.\n\nTan Ah Kow, a commuter, said the delay was "
     "long. “I waited two hours,” Mr Tan said.", "two hours", "Tan Ah Kow"),
    # guard: a spokeswoman for an office, then her name, is her (not an office called so)
    ("Ruling\n\nThe court struck the law down.\n\nA spokeswoman for the office, Brielle "
     "Moncrief, said there was no appeal left. “This is the court of last resort,” she said.",
     "court of last resort", "Brielle Moncrief"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ROUND_44)
def test_round_44(text: str, words: str, speaker: str | None) -> None:
    """Round 44: offices set off by their holders, spokespeople of the body just named,
    unnamed sources described by a who-clause, party labels, organisations called so, and
    Malaysian and Philippine titles and names written family name first."""
    assert speaker_of(text, words) == speaker


_UNTITLED_STORY = (
    "The landlord, Mr. Osgood Pell, would not come further than the top step.\n\n"
    "“It’s down there,” he said. “Where it always is. You’ll see.”\n\n"
    "“Are you coming?” asked Kwame Asante.\n\n“No.”\n\n“Why not?”\n\n"
    "“Because I know what is down there,” said the landlord.\n\n“And what is that?”\n\n"
    "“Coal,” said Pell.")
"""A story with no headline (40b): its first line is its first paragraph."""


def test_a_story_with_no_headline_begins_with_its_first_line() -> None:
    """attribute.story_opening: a story's first line that reads as a sentence is narration,
    so the landlord it brings in is the he after it and the turns run through him; a news
    headline with a full stop stays the headline, and so does a short title."""
    from readaloud.attribute import story_opening

    story = story_opening(make_article(_UNTITLED_STORY))
    assert story.blocks[0].kind == "paragraph"
    said = [s.speaker for s in attribute(story, segment(story)).segments if s.kind == "quote"]
    assert said[:3] == ["Osgood Pell"] * 3
    assert said[3:] == ["Kwame Asante", "Osgood Pell"] * 3
    news = make_article("Trump sticking by his campaign manager despite battery charge.\n\n"
                        "Donald Trump said on Tuesday that he would keep his manager.\n\n"
                        "“He is a good man,” Trump said.")
    assert story_opening(news).blocks[0].kind == "title"
    titled = make_article("The Cellar\n\n" + _UNTITLED_STORY)
    assert story_opening(titled).blocks[0].kind == "title"


def test_a_word_of_the_sentence_calls_nobody() -> None:
    """resolve._calls_nobody: `Both, I think.` and `Imagination, of course.` call nobody by
    name (41b's teller was named `Both`, 40b's `Imagination`); `June,` and `Watson,` may."""
    from readaloud.resolve import _calls_nobody

    assert _calls_nobody("both") and _calls_nobody("everyone") and _calls_nobody("imagination")
    assert not _calls_nobody("june") and not _calls_nobody("watson")


def test_a_police_rank_before_a_name_is_the_role_it_abbreviates() -> None:
    """`DI Anand Raghunathan` is an inspector, so that `The inspector looked up.` is him (34b's
    vicarage mystery voiced `The inspector` as a person of its own): see names.TITLE_FULL."""
    from readaloud.names import name_mention

    for rank, role in (("DI", "inspector"), ("DS", "sergeant"), ("PC", "constable")):
        page = make_page(f"{rank} Anand Raghunathan")
        one = name_mention(tokenize(page.text, 0, len(page.text)), 0, 3, page)
        assert one is not None and one.name == ("Anand", "Raghunathan")
        people = People()
        key = people.add(one, 0).key
        assert role in people.entities[key].titles


def test_a_post_in_capitals_is_told_from_a_name_after_a_title() -> None:
    """names._job_title: `Director of Operations` and `Project Director for Ailbhe` set off
    after a name are posts (no organisation speaks, no `Operations` is named); `Sen. Ted
    Cruz` and `Chief Executive Jane Roe` are a title and its holder's name."""
    from readaloud.names import Tok, _job_title

    def words(text: str) -> list[Tok]:
        return tokenize(text, 0, len(text))

    assert _job_title(words("Director of Operations"))
    assert _job_title(words("Project Director for Ailbhe"))
    assert _job_title(words("Chief Executive"))
    assert not _job_title(words("Sen. Ted Cruz"))
    assert not _job_title(words("Chief Executive Jane Roe"))
    assert not _job_title(words("Operations"))
    assert not _job_title(words("Caldwell Marine"))  # a firm: `marine` is a title, no post


ROUND_45 = [
    # --- a role with words before its noun that the word list does not hold (45a, 45b):
    # `said the two-term mayor` is the mayor named before, as `said the mayor` is
    ("Pier\n\nMayor Lena Ortiz spoke at the harbour hall on Friday. “We will rebuild the pier "
     "by spring and open it to everyone,” said the two-term mayor.", "rebuild the pier",
     "Lena Ortiz"),
    ("Pier\n\nMayor Lena Ortiz spoke at the harbour hall on Friday. “We will rebuild the pier "
     "by spring and open it to everyone,” said the popular mayor.", "rebuild the pier",
     "Lena Ortiz"),
    # --- a role qualified by a club's or a firm's name (45a, 45b): not the holder known by
    # another's (`Blackmoor manager Steve Hartley` is not `the Castleford manager`), but the
    # one set off with that name, even with no title of his own
    ("Derby\n\nThe penalty left Blackmoor manager Steve Hartley incandescent. “It was soft,” "
     "Hartley said.\n\nHis opposite number, Marek Novák, saw it differently. “It was a "
     "penalty every day of the week,” Novák said.\n\nNovák was asked again whether a permanent "
     "deal for his striker was close. “We will talk at the end of the season, not now,” said "
     "the Castleford manager.", "talk at the end", "Marek Novák"),
    ("Deal\n\nZuri’s chief executive, Emeka Nwosu, spoke in Lagos. Pieter van der Berg, "
     "Veldhuis’s chief executive, spoke in Amsterdam.\n\n“Nigeria remains a core market for "
     "us, with or without Zuri,” the Veldhuis chief executive said.", "core market",
     "Pieter van der Berg"),
    ("Deal\n\nPieter van der Berg, Veldhuis’s chief executive, spoke in Amsterdam. Zuri’s "
     "chief executive, Emeka Nwosu, spoke in Lagos.\n\n“Nigeria remains a core market for "
     "us, with or without Zuri,” Veldhuis’s chief executive said.", "core market",
     "Pieter van der Berg"),
    ("Deal\n\nPieter van der Berg, Veldhuis’s chief executive, spoke in Amsterdam. Zuri’s "
     "chief executive, Emeka Nwosu, spoke in Lagos.\n\n“We will keep our staff in Lagos "
     "whatever happens,” said the Zuri chief executive.", "keep our staff", "Emeka Nwosu"),
    # guard: a holder whose title came with no such name is still the role's
    ("Vote\n\nRepublican Sen. Ted Cruz of Texas spoke first. “We will not let this bill pass "
     "the chamber this year,” said the Texas senator.", "not let this bill", "Ted Cruz"),
    # --- a lone surname set off as a person (45a): `Joshi, the left-arm spinner who…,` is
    # somebody, so the he after his sentence is his
    ("Test\n\nRao played down the pain. “It has been stiff since Chennai,” the captain said."
     "\n\nJoshi, the left-arm spinner who had never faced 70 balls in a Test, described the "
     "day as “a bit surreal”. “Sid kept telling me to watch the ball and forget the score,” "
     "he told the host broadcaster.", "watch the ball", "Joshi"),
    # --- an opening phrase that names somebody as its object (45a): `Sitting alongside
    # Mokoena,` is no subject; the coach after it is
    ("Test\n\nSouth Africa captain Thabo Mokoena was not ready to concede. “We have batted "
     "130 overs before,” Mokoena said.\n\nSitting alongside Mokoena, South Africa coach Gerrit "
     "Lourens was more critical of his bowlers. “We let them off the hook,” the former seamer "
     "said.", "off the hook", "Gerrit Lourens"),
    # --- a lower-case owner keeps its article (45b): `the regulator’s chief said` is the
    # person the sentence before is about, as `the company’s founder said` was
    ("Deal\n\nThe council blocked the deal on Thursday.\n\nAsked about a smaller deal, Dr "
     "Funmilayo Adeyemi said the door was open.\n\n“We will look at it on its merits,” the "
     "regulator’s chief said.", "on its merits", "Funmilayo Adeyemi"),
    # --- a surname several of a family share (46a): `Mr Park` is a Park known to be a man
    # before one whose first name tells nothing; `the Park family` mentions none of them
    ("Fire\n\nMi-rae Park, 71, and her grandson, Minho Park, died in the blaze.\n\nOutside "
     "court, Minho’s father, Joon-ho Park, said he had been at work that night.\n\n“He "
     "wanted to fly planes one day,” Mr Park said.", "fly planes", "Joon-ho Park"),
    ("Fire\n\nMi-rae Park, 71, and her grandson, Minho Park, died in the blaze.\n\nA "
     "neighbour said the street still grieved for the Park family. Relatives of the Park "
     "family have sat through every day of the trial.\n\nOutside court, Minho’s father, "
     "Joon-ho Park, said he had been at work that night.\n\n“I told her to get to the "
     "window,” Park said.", "get to the window", "Joon-ho Park"),
    # --- a message read out (46a): the sender's, not the prosecutor's who tells of it
    ("Trial\n\nProsecutor Jonathan Ashdown told the jury that Kieran Mulvey had sent a "
     "WhatsApp message reading: “That old man is going to get it if he starts on me again.”",
     "That old man", "Kieran Mulvey"),
    ("Trial\n\nProsecutor Jonathan Ashdown told the jury that the defendant had sent a "
     "message to a colleague the evening before, reading: “That old man is going to get it.”",
     "That old man", None),
    ("Cuts\n\nBrightline Mobile cut 300 jobs this week. Staff said the company had sent an "
     "email to every worker on Monday, reading: “Your role is affected by the "
     "restructuring.”", "Your role is affected", "Brightline Mobile"),
    # --- the he after a sentence whose subject asked (46a) is not the asker but the one
    # the sentence before is about
    ("Inquest\n\nDr Aleksandar Petrović said a bedside scan had shown a large aneurysm. Mr "
     "Farrell asked whether an earlier review would have changed the outcome.\n\n“I think it "
     "would have given her a chance,” he said.", "given her a chance", "Aleksandar Petrović"),
    ("Interview\n\nRubio spoke to Fox News on Wednesday.\n\nThe host, Ainsley Earhardt, then "
     "asked Rubio which states he could win.\n\n“Well, we feel great in every one of those "
     "states,” he said.", "feel great", "Rubio"),
    # guard: a debater who asked how goes on (`“…,” he argued` is his)
    ("Debate\n\nPaul said the credit was a welfare payment. “We have to decide what is "
     "conservative,” Paul said.\n\nRubio said the tax code was unfair to parents.\n\nPaul "
     "also asked how it is conservative to add a trillion dollars in military spending.\n\n"
     "“You can’t be conservative if you keep promoting programs you are not going to pay "
     "for,” he argued.", "promoting programs", "Paul"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ROUND_45)
def test_round_45(text: str, words: str, speaker: str | None) -> None:
    """Round 45: roles with describing words, roles qualified by a club's or a firm's name,
    lone surnames set off as a person, and opening phrases that name somebody."""
    assert speaker_of(text, words) == speaker


_LOCK = (
    "The Lock\n\nInspector Nkechi Okonjo parked by the lock and walked down to the narrowboat. "
    "Sergeant Tomasz Wiśniewski followed her with his notebook.\n\nMrs Pell was waiting on the "
    "towpath. “You took your time,” cried she.\n\n“Traffic,” said Okonjo. “Tell me about the "
    "girl.”\n\nOkonjo looked at the rucksack on the table. The library card showed a girl with "
    "cropped hair, and the name under the photograph was Yusra Haddad.\n\n“Tomasz,” she "
    "called. “Get on to Ashby. I want to know who Yusra Haddad is and whether anyone has "
    "reported her missing.”\n\n“On it, ma’am,” said he.\n\nMei-Ling Tan, the lock keeper’s "
    "lodger, came down the steps with two mugs of tea.\n\n“You’ll want these,” said she.\n\n"
    "Mei-Ling set the mugs down on the roof of the boat. “The girl was frightened of him. "
    "Everyone could see it.”")
"""A crime story's scene (45c): a line that names a woman by her whole name is not hers, and
a first name with a capital after its hyphen is a name, not an -ing word."""


def test_a_story_line_that_names_a_woman_whole_is_not_hers() -> None:
    """State._whole_named_in_lines: `“Tomasz,” she called. “I want to know who Yusra Haddad
    is…”` is the inspector's, not the girl's whose name was read off a card; Mei-Ling (a
    first name like Jean-Pierre) opens her beat and brings in her name whole."""
    assert speaker_of(_LOCK, "Get on to Ashby") == "Nkechi Okonjo"
    assert speaker_of(_LOCK, "want these") == "Mei-Ling Tan"
    assert speaker_of(_LOCK, "frightened of him") == "Mei-Ling Tan"


_SIXTY = (
    "Sixty\n\nMum turned sixty on a Saturday. I had made a banner, which nobody had asked "
    "for.\n\n“It looks festive,” I said.\n\n“It looks like a ransom note,” said my aunt.\n\n"
    "“Be nice,” said Mum. “She worked hard on it.”\n\nMy cousin Marcos arrived at seven with "
    "the ice, most of which had melted. By then the candles were lit, and my mother stood up "
    "at the head of the table and tapped her glass with a spoon.\n\n“I am not going to make "
    "a speech,” she said. “Teo makes speeches.”")
"""A first-person piece (45c) whose teller calls her mother both `Mum` and `my mother`."""


def test_the_tellers_mother_is_the_one_called_mum() -> None:
    """State._family_called: `my mother stood up… “…,” she said` is Mum, one person with one
    voice, not the cousin (a man: Marcos is a first name now) nor a second mother."""
    assert speaker_of(_SIXTY, "make a speech") == "Mum"


@pytest.mark.parametrize(("name", "gender"), [
    ("Marcos", "male"), ("Shingo", "male"), ("Dariusz", "male"), ("Siddharth", "male"),
    ("Gerrit", "male"), ("Eleni", "female"), ("Adwoa", "female"), ("Guadalupe", "unknown"),
    ("Mei-Ling", "unknown"), ("Kiran", "unknown")])
def test_first_names_of_many_cultures_tell_gender(name: str, gender: str) -> None:
    """names.first_name_gender: names common in the papers' reports of many countries (45a,
    45b, 45c); names given to both stay unknown."""
    from readaloud.names import first_name_gender

    assert first_name_gender(name) == gender


_ARRIVAL = (
    "The Banner\n\nAunt Teo held the ladder while I pinned up the banner. She was texting my "
    "cousin with her other hand.\n\n“He says twenty minutes,” said she.\n\n“He said twenty "
    "minutes an hour ago.”\n\n“Then he’s nearly here.”\n\nMy mother arrived at four with "
    "Graham, which nobody had agreed to. Graham was her friend from the allotment, a tall "
    "Yorkshireman in a fleece.\n\n“Lovely banner,” said he.\n\n“Thank you, Graham.”\n\n"
    "“Very visible,” said he.")
"""A first-person story (45c) where a newcomer speaks first after arriving."""


def test_a_newcomers_line_is_answered_by_nobody_known() -> None:
    """attribute.rule_turn_taking: the answer to Graham's first line is not the aunt's from
    before the teller's uncued lines (`“He said twenty minutes an hour ago.”`, nobody's
    voice): past a line nobody was given the turns are lost, and the teller or the mother may
    answer, so it stays with the narrator."""
    assert speaker_of(_ARRIVAL, "Lovely banner") == "Graham"
    assert speaker_of(_ARRIVAL, "Thank you, Graham") is None


_HALL = (
    "The Hall\n\n“Forty men,” said Anselm. “He had two hundred at midsummer.”\n\n“He had "
    "two hundred on paper,” said Teodora Brisk. “Half of them were his cousins.”\n\n“And the "
    "wall?” asked Ysolde.\n\n“Built for sheep, my lady,” said Brisk.\n\n“Then it will not "
    "hold,” said Ysolde.\n\nAnselm rose then and walked to the window, his knees counting "
    "the winters. He remembered Halvard’s wall, “built for sheep,” and did not smile.\n\n"
    "“Teodora.”\n\n“My lord.”\n\n“How many can you have on the road by morning?”")
"""A fantasy scene (46c) whose beat paragraph quotes a phrase of the talk before."""


def test_a_phrase_quoted_in_a_beat_keeps_the_beat_a_beat() -> None:
    """attribute._set_off_phrase and _holds_lines: `He remembered Halvard’s wall, “built for
    sheep,” and did not smile.` is narration (no line of Anselm's), so the uncued call after
    it is his, and the turns run from there."""
    assert speaker_of(_HALL, "built for sheep") is None
    assert speaker_of(_HALL, "Teodora") == "Anselm"
    assert speaker_of(_HALL, "My lord") == "Teodora Brisk"
    assert speaker_of(_HALL, "on the road by morning") == "Anselm"


ROUND_46 = [
    # --- a kind of business that a nation's adjective only describes (47c): `the Dutch
    # company` is the company set off so before, not one called Dutch
    ("Kits\n\nCases rose again.\n\nVeldhuis, the Dutch company that makes the test kits, was "
     "busy. “We have shipped twice as many kits as last month,” the Dutch company said.",
     "twice as many kits", "Veldhuis"),
    ("Kits\n\nVeridian Diagnostics, a Cambridge, Massachusetts, company that has licensed the "
     "test, said it would enrol patients next year.\n\n“We believe this panel can change how "
     "early we catch it,” the company said in an emailed statement.", "this panel can change",
     "Veridian Diagnostics"),
    # guard: with no company named, the narrator keeps it
    ("Kits\n\nThe German carmaker cut jobs.\n\n“We have no choice at all in this matter,” the "
     "German carmaker said.", "no choice at all", None),
    # --- an office named by its post (47a, 47c): one name with its ’s, not `Office`
    ("Row\n\nThe row grew.\n\n“Our office will prosecute anyone selling fake cards,” the Kings "
     "County District Attorney’s Office said.", "prosecute anyone",
     "Kings County District Attorney’s Office"),
    ("Row\n\nThe row grew.\n\n“We will look at it again,” said the Mayor’s Office.\n\n“We "
     "will not allow this to happen,” the Governor’s Office said.\n\n“Nobody should buy "
     "these cards,” the governor’s office said.", "Nobody should buy", "Governor’s Office"),
    ("Row\n\nThe row grew.\n\n“We will not allow this to happen,” the Governor’s Office "
     "said.\n\n“We will look at it again,” said the Mayor’s Office.\n\n“Nobody should buy "
     "these cards,” the governor’s office said.", "Nobody should buy", "Governor’s Office"),
    # --- a district that runs a service is a body (47c)
    ("Outbreak\n\nThe Snohomish Health District confirmed three new cases on Monday.\n\n“We "
     "are asking every parent to check their records,” the health district said in a "
     "statement.\n\n“This is a preventable disease,” the statement said.", "every parent",
     "Snohomish Health District"),
    ("Outbreak\n\nThe Snohomish Health District confirmed three new cases on Monday.\n\n“We "
     "are asking every parent to check their records,” the health district said in a "
     "statement.\n\n“This is a preventable disease,” the statement said.", "preventable",
     "Snohomish Health District"),
    ("Schools\n\nThe Seattle School District closed two schools. “We will reopen next week "
     "once cleaning is done,” the district said.", "reopen next week", "Seattle School District"),
    # --- `the statement` after a quote cued `said in a statement` (47c)
    ("Row\n\nThe row grew on Monday.\n\n“We are asking every parent to check their records,” "
     "Mayor Ann Smith said in a statement.\n\n“This is a preventable disease,” the statement "
     "said.", "preventable", "Ann Smith"),
    # --- a spokesperson for the company the report named (47a)
    ("Homes\n\nThe committee rejected the plan on Tuesday.\n\nCastlegate Homes said it was "
     "“disappointed” by the decision and would consider its options.\n\nA spokesperson for "
     "the company said: “This scheme would deliver 200 homes the town badly needs.”\n\n“We "
     "will look again at every option open to us,” the spokesperson added.", "200 homes",
     "Castlegate Homes"),
    ("Homes\n\nThe committee rejected the plan on Tuesday.\n\nCastlegate Homes said it was "
     "“disappointed” by the decision and would consider its options.\n\nA spokesperson for "
     "the company said: “This scheme would deliver 200 homes the town badly needs.”\n\n“We "
     "will look again at every option open to us,” the spokesperson added.", "every option",
     "Castlegate Homes"),
    ("Flight\n\nThe Home Office said the flight was off. A spokesperson said: “This flight "
     "will not leave today under any circumstances.”\n\n“We will look again at every option "
     "open to us,” the spokesperson added.", "every option", "Home Office"),
    # guard: a council's spokesman is not the company's
    ("Homes\n\nThe committee rejected the plan on Tuesday.\n\nCastlegate Homes said it was "
     "“disappointed” by the decision.\n\nA spokesperson for the company said: “This scheme "
     "would deliver 200 homes the town badly needs.”\n\nA council spokesman said: “The "
     "committee made its decision on planning grounds alone.”", "planning grounds",
     "A council spokesman"),
    # --- a company or an agency the report makes a subject of something it did (47c)
    ("Flaw\n\nIn a blog post published Thursday, Nestwell acknowledged the vulnerability and "
     "apologized.\n\n“We fell short of the standard our customers expect of us,” the company "
     "wrote.", "fell short", "Nestwell"),
    ("Test\n\nIn a blog post published Thursday, Nestwell acknowledged the vulnerability.\n\n"
     "“We fell short of the standard our customers expect,” the company wrote.\n\nThe FDA "
     "approved the test last year. “We continue to monitor the device closely,” the agency "
     "said.", "monitor the device", "FDA"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ROUND_46)
def test_round_46(text: str, words: str, speaker: str | None) -> None:
    """Round 46: organisations called by their kind, their post or their service, the
    spokespeople of a company named before, and what a statement says."""
    assert speaker_of(text, words) == speaker


_CARTS = (
    "Chapter Eleven\n\n“He has a fever,” said Hannah. “The doctor will tell us which.”\n\n“And "
    "if it is the worst?” asked Josiah.\n\n“Then we nurse him,” said Hannah.\n\n“With what?” "
    "asked Josiah.\n\n“With what we have,” said Hannah.\n\nThe physician came at nine, on "
    "foot, and went up the stairs two at a time.\n\n“Burn nitre in the passage,” the doctor "
    "said. “And keep the windows open.”\n\nDr. Kearsley buttoned his coat and picked up "
    "his bag.\n\n“Will you come again tomorrow?” asked Hannah.\n\n“I will come at nine,” "
    "said Kearsley.")
"""A historical scene (47b) whose physician speaks as `the doctor` before the narration names
him `Dr. Kearsley`."""


def test_a_storys_role_is_the_one_the_scene_names_later() -> None:
    """resolve.State._named_later: `the doctor said` before `Dr. Kearsley buttoned his coat`
    in the same chapter is Kearsley, one voice, not a character `the doctor` of its own."""
    assert speaker_of(_CARTS, "Burn nitre") == "Kearsley"
    assert speaker_of(_CARTS, "come at nine") == "Kearsley"


_COTTAGE = (
    "Chapter Seven\n\nHilda Penrose kept her cottage the way some people keep a grudge. "
    "She made us stand while she filled the kettle.\n\n“You’ll be the one from Truro,” "
    "she said to Adebayo.\n\n“I am,” said Adebayo.\n\n“I know who you are,” said Hilda. “I "
    "knew your grandmother.”\n\n“Everyone did,” said Adebayo.\n\n“Not as I did.” The old "
    "woman set out three cups. “Sit.”\n\nAdebayo has a way of beginning interviews that "
    "I have never managed to copy. He says nothing at all, and people start talking to "
    "fill the room.\n\n“It was the tide woke me,” the old woman said. “I know when the "
    "water sounds wrong.”")
"""A first-person crime scene (47b) that calls its Hilda `the old woman` in a beat and in a
cue."""


def test_a_storys_description_goes_on_meaning_the_same_person() -> None:
    """resolve.State.resolve_role: `The old woman set out three cups` was Hilda's beat, so
    `“…,” the old woman said` after a paragraph about Adebayo is Hilda's too, not nobody's
    (the one who spoke last is not the other one of the talk here)."""
    assert speaker_of(_COTTAGE, "Not as I did") == "Hilda Penrose"
    assert speaker_of(_COTTAGE, "tide woke me") == "Hilda Penrose"


_VISITING = (
    "Mara had been there forty minutes when her brother came in, still in his work "
    "jacket.\n\n“Where is she?” Teo said.\n\n“Scan,” Mara said. “They took her down at "
    "six.”\n\n“On her own?”\n\n“With a porter, Teo. She’s not on her own.”\n\n"
    "“Teo, sit down.”\n\n“I’m "
    "fine.”\n\nPriya handed him a coffee and he took it.\n\n“You should eat something,” "
    "said Priya.\n\n“Later,” said Teo.\n\n“Now,” said Mara.")
"""A hospital scene (47b) with first names no list knows."""


def test_a_storys_name_owns_the_relative_after_it() -> None:
    """attribute._own_pronoun: `Mara had been there forty minutes when her brother came in`
    tells that Mara is a woman, so `Priya handed him a coffee and he took it` is Teo's he, and
    Teo is the man (both were guessed the wrong way round)."""
    genders = {s.name: s.gender for s in run(_VISITING).speakers}
    assert genders["Mara"] == "female"
    assert genders["Teo"] == "male"


ROUND_46_MORE = [
    # --- a body's document speaks for the body (47c)
    ("Outbreak\n\nThe Southwest Utah Public Health Department confirmed four cases on "
     "Friday.\n\nThe department’s statement said: “Clinicians should report every case "
     "within a single day.”", "every case", "Southwest Utah Public Health Department"),
    ("Outbreak\n\nThe Southwest Utah Public Health Department confirmed four cases on "
     "Friday.\n\nIts advisory reads in part: “Clinicians should consider Legionella testing "
     "for any patient with pneumonia.”", "Legionella", "Southwest Utah Public Health Department"),
    # --- an organisation word that qualifies a role is no subject (47a): `the hospital
    # group’s chief executive, Dr Fergal Whelan,` is Whelan, not the hospital
    ("Trolleys\n\nSt Colman’s University Hospital had 41 patients on trolleys on Monday.\n\n"
     "Speaking last month, the hospital group’s chief executive, Dr Fergal Whelan, said the "
     "ward had helped but acknowledged that the hospital was “not where it needs to be yet, "
     "not by a long way”.", "not where it needs", "Fergal Whelan"),
]


ROUND_46_MORE += [
    # --- a whole quote that the next sentence names as somebody's words (47a)
    ("Shops\n\nAmira Khan runs the bakery. “We have lost half our trade since the car park "
     "closed,” said Khan.\n\n“It is a shambles from start to finish.” That was the verdict "
     "of one shopkeeper, who asked not to be named.", "shambles", "one shopkeeper"),
    ("Shops\n\nAmira Khan runs the bakery. “We have lost half our trade since the car park "
     "closed,” said Khan.\n\n“They never did and they never will.” Those were the words of "
     "Pete Lyle, who runs the hardware shop.", "never will", "Pete Lyle"),
]


ROUND_46_MORE += [
    # --- a term her reported words go on after is no line of hers (47c)
    ("Outbreak\n\nCarla Menendez leads the investigation for the state.\n\nBecause the "
     "disease is often diagnosed after travelers have gone home, she said, “travel-associated” "
     "clusters are frequently hard to spot.", "travel-associated", None),
    # guard: words that end inside their marks are a line (PolNeAR train)
    ("Fundraising\n\nBernie Sanders spoke in Ohio.\n\nSanders had previously said, “We’ll "
     "see,” when asked whether he would fundraise for others.", "see", "Bernie Sanders"),
]


ROUND_46_MORE += [
    # --- a profile's verbs of manner right after a line (48c)
    ("Profile\n\nThe band rehearse in a barn. “It keeps her honest,” Nina Haas says.\n\n“It "
     "keeps me humble,” Moreau corrects her. “Which is different.”", "keeps me humble",
     "Moreau"),
    ("Profile\n\nThe band rehearse in a barn. “It keeps her honest,” Nina Haas says.\n\n“You "
     "will love it, I promise,” Moreau grins.", "love it", "Moreau"),
]


ROUND_46_MORE += [
    # --- a first name alone opening a sentence is a person (48c), not the nearest he or she
    ("Final\n\nDanny Okafor scored twice. Jamie Reid, 17, watched from the bench.\n\nUp in "
     "the stand, Okafor’s parents, Grace and Emeka, were sitting two rows behind the dugout. "
     "Grace had her eyes shut. “I couldn’t look at all,” she said.", "couldn’t look", "Grace"),
    # guard: a surname that is also a first name stays the whole name's (PolNeAR train)
    ("Peace\n\nWarren may play a role in the push for peace.\n\nThe brokers include Sen. "
     "Elizabeth Warren (D-Mass.) and Sen. Harry Reid.\n\n“Superdelegates ought not to sway "
     "this election,” Warren told reporters.", "Superdelegates", "Elizabeth Warren"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ROUND_46_MORE)
def test_round_46_more(text: str, words: str, speaker: str | None) -> None:
    """Round 46: documents a body issues, and roles a body's name qualifies."""
    assert speaker_of(text, words) == speaker


_BEDSIDE = (
    "Mara Quist and her brother Teo Quist sat by the bed. Their mother, Ines, was asleep.\n\n“You "
    "should go home,” said Mara.\n\n“I will stay,” said Teo.\n\n“Why?” asked Mara.\n\n“Because,” "
    "said Teo.\n\n“That is no answer,” said Mara.\n\n“It is mine,” said Teo.\n\n“Teo.” Mara’s "
    "voice was flat. “Go home. I mean it.”\n\n“Fine.” His voice cracked. “I am going.”\n\n“Sleep "
    "well.” Her voice softened. “Ring me tomorrow.”\n\n“Mara.” Her brother’s voice had "
    "gone quiet. “Come with me.”")
"""A scene (47b) whose lines call the other by name before a beat of the speaker's voice."""


def test_a_call_before_a_beat_of_the_voice_takes_its_turn() -> None:
    """attribute._paragraph_opener: `“Teo.” Mara’s voice was flat. “Go home.”` and `“Fine.”
    His voice cracked. “I am going.”` are paragraphs of one person each, their turns going on
    from the cued exchange (a one-word line before a beat is a turn too)."""
    assert speaker_of(_BEDSIDE, "Go home") == "Mara Quist"
    assert speaker_of(_BEDSIDE, "Fine") == speaker_of(_BEDSIDE, "I am going") == "Teo Quist"
    assert speaker_of(_BEDSIDE, "Ring me tomorrow") == "Mara Quist"
    assert speaker_of(_BEDSIDE, "Come with me") == "Teo Quist"


_FRONT_ROOM = (
    "Hannah Lowther sat with her brother, Josiah Fell, in the front room. Dorcas brought "
    "the coffee.\n\n“We leave at noon,” said Josiah.\n\n“I do not,” said Hannah.\n\n“Then "
    "stay,” said Josiah.\n\n“I shall,” said Hannah.\n\n“Hannah.” Her brother’s voice had "
    "gone quiet. “Come to Germantown.”\n\n“No.” Her voice was steady. “Not today.”")
"""A historical scene (47b) where a beat names the speaker as the other's brother."""


def test_a_beat_of_a_relatives_voice_keeps_the_paragraph_theirs() -> None:
    """attribute._other_person_between: `Her brother’s voice had gone quiet.` between two of
    Josiah's lines does not hand the second to a woman (the her owns the brother)."""
    assert speaker_of(_FRONT_ROOM, "Hannah") == "Josiah Fell"
    assert speaker_of(_FRONT_ROOM, "Come to Germantown") == "Josiah Fell"
    assert speaker_of(_FRONT_ROOM, "Not today") == "Hannah Lowther"


def test_a_beat_of_an_unknown_relative_keeps_the_line_from_the_turns() -> None:
    """attribute.rule_beat_after: with no brother known (nobody was called so), `Her brother’s
    voice had gone quiet.` says the line is somebody's other than the next turn's: the
    narrator keeps it rather than giving it to the one whose turn it would be."""
    text = _FRONT_ROOM.replace("her brother, Josiah Fell,", "Josiah Fell")
    assert speaker_of(text, "Come to Germantown") in (None, "Josiah Fell")


_WARD = (
    "Mara and her brother Teo waited by the lift. A nurse called Bernie came out to "
    "them.\n\n“She’s back on the ward,” said Bernie. “Doctor will come round after.”\n\n“Which "
    "doctor?” said Teo.\n\n“Doctor Osei. The one with the glasses.”\n\n“They all have glasses,” "
    "he muttered, but the nurse had already gone.\n\nDoctor Osei came at eight. He shook "
    "hands with both of them.\n\n“Your mother is stable,” said Osei.")
"""A hospital scene (47b) where a name answers a question."""


def test_a_name_that_answers_a_question_calls_nobody() -> None:
    """resolve.State._call_matches: `“Which doctor?”` / `“Doctor Osei. The one with the
    glasses.”` names the doctor, it does not call him, so the `he muttered` after it is Teo
    answering, not Osei, who is not there yet."""
    assert speaker_of(_WARD, "They all have glasses") == "Teo"
    assert speaker_of(_WARD, "Your mother is stable") == "Osei"


_STUDY = (
    "Inspector Gaunt unlocked the study, and Mr. Thrale went in first.\n\n“Who stopped "
    "the clock?” asked Mr. Thrale.\n\n“Not I,” said Gaunt.\n\n“I did, sir.” It was the "
    "housekeeper, Mrs. Blount, who had followed them up the stairs. “It’s the custom, "
    "sir, when there’s a death in the house.”\n\n“When?” asked Mr. Thrale.")
"""A detective chapter (48b) whose newcomer is named right after her first line."""


def test_it_was_names_who_spoke_the_line_before() -> None:
    """attribute.rule_verdict_of: `“I did, sir.” It was the housekeeper, Mrs. Blount, who had
    followed them` is Mrs. Blount's line, and so is the rest of her paragraph, not the turn
    of the one who asked."""
    assert speaker_of(_STUDY, "I did, sir") == "Mrs. Blount"
    assert speaker_of(_STUDY, "the custom") == "Mrs. Blount"
    assert speaker_of(_STUDY, "When") == "Mr. Thrale"


_GRANGE = (
    "The study had been locked since the fourteenth, and Inspector Gaunt, who carried the "
    "key in his waistcoat pocket, produced it with the air of a man conferring a favour.\n\n"
    "“You will find nothing,” said he. “We have been over every inch of it.”\n\n“Then why,” "
    "asked Mr. Thrale mildly, “am I here?”")
"""A detective chapter's opening (48b): a man in a simile is nobody brought in."""


def test_a_man_in_a_simile_is_nobody_brought_in() -> None:
    """resolve.State.described_since: `with the air of a man conferring a favour` says how
    Gaunt looked, so `said he` is still Gaunt, not somebody new."""
    assert speaker_of(_GRANGE, "find nothing") == "Gaunt"


ROUND_47 = [
    # a body's name that lists its members, with a plural owner before its head
    ("Union\n\nThe grocer cut prices.\n\n“Our members have absorbed the cost for months,” the "
     "Bakers, Food and Allied Workers’ Union said in a statement.", "absorbed the cost",
     "Bakers, Food and Allied Workers’ Union"),
    # an unnamed source with a place phrase and an aside speaks on in the next she
    ("Cuts\n\nRachel Adeyemi, the chief executive, wrote to staff on Monday.\n\nOne engineer on "
     "the company's data platform team, who asked not to be named, said her team had been cut."
     "\n\n\"We shipped a major release two weeks ago,\" she said.", "We shipped", "One engineer"),
    # a title-cased quote set off after `report` is the report's title, not Brandt's line
    ("Probe\n\nOliver Brandt, a partner at a law firm, follows the office.\n\nBrandt noted "
     "that the office has become more willing to intervene since publishing its 2022 report, "
     "“Paying Fairly: Competition in Merchant Services”, which concluded that firms overpaid.",
     "Paying Fairly", None),
    # a consortium is a body whose nation adjective is part of its name
    ("Prices\n\n“We are listening to staff,” the British Retail Consortium said.",
     "listening", "British Retail Consortium"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_47)
def test_round_47(text: str, quote: str, speaker: str | None) -> None:
    assert speaker_of(text, quote) == speaker


_STORY_LEAD = ("Chapter One\n\n“Come on,” cried Mira.\n\n“Wait,” cried Jory.\n\n“Hurry,” "
               "cried Mira.\n\n“Coming,” cried Jory.\n\n*   *   *\n\n")
"""A scene that makes a row's text read as a story (cues only stories write), then a scene
break, so none of its people are in the row's conversation."""


ROUND_48 = [
    # a report's relative nobody names is a voice of their own, and their she goes on
    ("Appeal\n\nDetective Inspector Sarah Kenworthy said the attack was cowardly.\n\n“These men "
     "targeted a vulnerable man,” she said.\n\nIn a statement issued through the force, the "
     "man's daughter said her father was shaken.\n\n“Dad has always looked after everyone "
     "else,” she said.", "looked after everyone", "the man's daughter"),
    ("Appeal\n\nPeter Hale, 40, spoke first.\n\nThe victim's brother said he was devastated."
     "\n\n“He is a good man,” he said.", "good man", "The victim's brother"),
    # a first name set off as the husband of a Mrs takes her surname; his he goes on
    ("Sentenced\n\nDaniel Marsh, 31, admitted the offence. Mrs Ellison died at the scene.\n\n"
     "In a statement read to the court, Mrs Ellison’s husband of 42 years, Peter, described "
     "coming home.\n\n“I knew before they said a word,” he wrote.", "before they said",
     "Peter Ellison"),
    # a person's name before `of` and a body's possessive is the subject, not an owner
    ("Crash\n\nDaniel Marsh was jailed.\n\nSpeaking outside court, Sergeant Paul Wickens of "
     "Lincolnshire Police’s collision unit said the case was a warning.\n\n“Using your phone "
     "at the wheel is not a minor offence,” he said.", "minor offence", "Paul Wickens"),
    # `the Ellison family` speaks as a family, not as Mrs Ellison
    ("Crash\n\nMargaret Ellison, 67, died at the scene.\n\nIn a statement released through "
     "police, the Ellison family thanked the officers.\n\n“Mum taught half the village to "
     "read,” the statement said.", "half the village", "Ellison family"),
    # an unnamed source set off by an aside that says why is voiced, and the governor's own
    # she after it stays hers
    ("Orders\n\nGov. Ann Vark signed the order on Friday.\n\nA nurse, who asked not to be "
     "named, said: “We are exhausted, all of us, every single day.”\n\nThe governor said the "
     "order was needed. “We cannot wait any longer,” she said.", "We are exhausted",
     "A nurse"),
    ("Orders\n\nGov. Ann Vark signed the order on Friday.\n\nA nurse, who asked not to be "
     "named, said: “We are exhausted, all of us, every single day.”\n\nThe governor said the "
     "order was needed. “We cannot wait any longer,” she said.", "wait any longer",
     "Ann Vark"),
    # a charity named after its kind, its place last, is the body its spokesperson speaks for
    ("Appeal\n\nHe was taken to Salford Royal Hospital.\n\nThe charity Age UK Salford said "
     "such attacks were devastating.\n\nA spokesperson for the charity said: “The fear stays "
     "with people long after the bruises have healed.”", "fear stays", "Age UK Salford"),
    # a bowler's epithet is a role of the one named before
    ("Test\n\nRawiri, playing only his third Test, said the pitch had flattened out.\n\n“We "
     "bowled really well in that first session,” the left-armer said.", "bowled really well",
     "Rawiri"),
    # a name asked something in an aside before its own verb answers: the he is theirs
    ("Test\n\nTom Hadlow was bullish about the forecast.\n\nRohan Patel, asked whether he "
     "could bat through the fourth day, smiled. “That’s the plan,” he said.", "the plan",
     "Rohan Patel"),
    # a story's family word used as a name is a person the she after means; an owner
    # (`Grandpa’s garage`) is nobody who speaks
    ("Garage\n\nGrandpa’s garage smelled like motor oil, and Mom stood in the "
     "doorway for a long time before she went in.\n\n“Okay,” she said finally. “Three "
     "piles.”\n\n“What about sell?” Cass asked.\n\n“Donate,” said Mom.\n\nGrandpa sat in "
     "a lawn chair in the driveway.\n\n“Not the duck,” he called.", "Three piles", "Mom"),
    ("Garage\n\nGrandpa’s garage smelled like motor oil, and Mom stood in the "
     "doorway for a long time before she went in.\n\n“Okay,” she said finally. “Three "
     "piles.”\n\n“What about sell?” Cass asked.\n\n“Donate,” said Mom.\n\nGrandpa sat in "
     "a lawn chair in the driveway.\n\n“Not the duck,” he called.", "Not the duck",
     "Grandpa"),
    # the one a line calls answers, though the caller's line spoke of a him the answer's he
    # means; `Not Biscuit,` is no call
    (_STORY_LEAD + "“He won’t wake up,” Finn announced.\n\nGran appeared in the doorway. "
     "“That creature,” she said, “is perfectly well.”\n\n“I’m six and three-quarters,” said "
     "Finn.\n\n“Much worse,” said Gran.\n\nDad came through with a mug. “Looks fine to me. "
     "Put him back, Finn, there’s a good lad.”\n\n“But what if he dies in the night?”",
     "dies in the night", "Finn"),
    (_STORY_LEAD + "“He won’t wake up,” Finn announced.\n\n“He’s asleep,” Isla said.\n\nMum "
     "pressed her fingers to her forehead. “Nobody is dying. Not Biscuit, not anybody. Isla, "
     "can you take your brother upstairs?”\n\n“Why me?”", "Why me", "Isla"),
    # a bit part who says their name is that person, lines so far included
    (_STORY_LEAD + "“Well,” said Oren, “that’s cheerful.”\n\nA lantern bloomed on the water.\n\n"
     "“Travellers,” the ferryman said. “Late for it.”\n\n“There are three of us,” Kestrel "
     "said.\n\n“I can count.” The ferryman lifted the lantern. “Brannock’s my name, if you "
     "want it.”", "Travellers", "Brannock"),
    # the one a cue says a line was spoken to answers it
    (_STORY_LEAD + "“Well,” said Oren, “that’s cheerful.”\n\n“Travellers,” said Brannock.\n\n"
     "“You said it didn’t have a name,” Kestrel whispered to Oren.\n\n“I said it didn’t "
     "have a name on the maps.”", "on the maps", "Oren"),
    # a beat about a thing hands the line to the one the sentence before shows
    (_STORY_LEAD + "“Well,” said Oren, “that’s cheerful.”\n\nKestrel crouched to run her fingers "
     "over the letters. They were cold, colder than the air. “Have you got a coin?”\n\n“I’ve "
     "got three.”", "got a coin", "Kestrel"),
    # a parenthetical `she recalled` tells of somebody else's question: not hers
    ("Launch\n\nJo Park says her bill fell by about $11 a month.\n\nNot all of her "
     "neighbors were sold. One, she recalled, looked at the unit and asked, “So you paid three "
     "hundred dollars to save ten dollars a month?”", "So you paid", None),
    # a beat that acts on the teller hands the reply to the teller
    (_STORY_LEAD + "“Right,” said Dad. “New plan. Isla, you’re in charge.”\n\n“And who’s in "
     "charge of Gran?” I asked.\n\n“Nobody,” said Gran.\n\nMum kissed the top of my head on "
     "her way to find her car keys. “Ring me if anything happens.”\n\n“Like what?”\n\n"
     "“Fire,” said Mum.\n\n“Fire,” I said.\n\n“Flood,” said Mum.\n\n“Flood,” I said.",
     "Like what", "Isla"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_48)
def test_round_48(text: str, quote: str, speaker: str | None) -> None:
    assert speaker_of(text, quote) == speaker


def test_a_mother_brought_in_by_her_first_name_is_a_woman() -> None:
    """`Her mother, Vesna,` then `Vesna Horvat said`: the kin word tells her gender, so she
    gets a woman's voice (round 48, a sports profile)."""
    text = ("Profile\n\nMila Horvat won again on Sunday.\n\nHer mother, Vesna, a former "
            "handball player, remembers a stubborn child.\n\n“The neighbours used to "
            "complain,” Vesna Horvat said.")
    genders = {p.name: p.gender for p in run(text).speakers}
    assert genders["Vesna Horvat"] == "female"


def test_a_headline_gives_a_family_word_no_surname() -> None:
    """`What Grandpa Kept` as the headline: Grandpa is not `Grandpa Kept` (round 48)."""
    article = make_article("What Grandpa Kept\n\nGrandpa sat in a lawn chair in the driveway."
                           "\n\n“Not the duck,” he called.\n\n“Keep pile,” said Grandpa.")
    said = [s.speaker for s in attribute(article, segment(article)).segments
            if s.kind == "quote" and "Keep pile" in s.text]
    assert said == ["Grandpa"]


def test_a_call_between_two_others_does_not_name_the_teller() -> None:
    """`Mom said, “Dad, sit down,” and he said, “…, Linda, …”`: Linda is Mom, not the `I`
    who tells the story (round 48)."""
    text = ("Garage\n\n“Donate,” said Mom.\n\n“Grandpa,” I said. “Is this yours?”\n\nHe "
            "got up, slowly, and Mom said, “Dad, sit down,” and he said, “I’m going to look at "
            "my bike, Linda, and you can’t stop me.”\n\n“I don’t know,” I said. “I’ve never "
            "tried.”")
    assert speaker_of(text, "Is this yours") != "Linda"


ROUND_48_UNSEEN = [
    # a disease's possessive opens the body's name: not `Association`
    ("Study\n\nThe drug slowed decline in a small trial.\n\n“These results are encouraging "
     "but early,” the Alzheimer’s Association said.", "encouraging but early",
     "Alzheimer’s Association"),
    # an unnamed spokesperson with an aside about the body they speak for is voiced
    ("Study\n\nThe trial recruited 400 patients.\n\nA spokesperson for Leeds Teaching "
     "Hospitals NHS Trust, which helped to recruit participants, said: “We are proud to have "
     "supported this research.”", "proud to have supported",
     "A spokesperson for Leeds Teaching Hospitals NHS Trust"),
    # `it said` after a sentence whose subject is `the company`, a regulator named after it
    ("Hearing\n\nThe therapy was developed by the biotechnology company Auralis Therapeutics, "
     "which paid for the trial. In a statement, the company said it planned to seek approval "
     "from the Food and Drug Administration next year. “Our goal is to make this treatment "
     "available to every eligible child,” it said.", "every eligible child",
     "Auralis Therapeutics"),
    # a parenthetical `he said` with no other verb is the quote's cue
    ("Study\n\n“I would not switch a patient’s medication,” said Dr. Samuel Oyelaran, a "
     "geriatrician.\n\nThe findings, he said, were “a reason to run a trial, not a reason to "
     "write a prescription.”", "reason to run a trial", "Samuel Oyelaran"),
    # a letter from somebody unnamed, read aloud by a named person, is the writer's
    ("Board\n\nAndrea Flores, a teacher at Lincoln for 19 years, read a letter from one of "
     "her former students.\n\n“Lincoln was the first place anyone told me I was smart,” the "
     "letter said.", "first place anyone", "one of her former students"),
    # a body's kind set off by its name: the name speaks
    ("Board\n\nThe board voted 4-1 to close the school.\n\nThe local teachers union, the Maple "
     "Falls Education Association, said in a statement that it would “hold the district to "
     "its promises” on staff transfers.", "hold the district",
     "Maple Falls Education Association"),
    # `“In March.”` after a cue goes on with its speaker: a date, no title
    (_STORY_LEAD + "“Walt, come here,” said Priya.\n\n“What?” said Walt.\n\n“We’re having a "
     "baby,” Theo said. “In March.”\n\n“Oh,” said Walt.", "In March", "Theo"),
    # the first reply of a scene is the one person its narration set the speaker with, two
    # paragraphs back or named in a clause of its own
    (_STORY_LEAD + "Ruth Abernathy had been in the kitchen for an hour before her brother "
     "arrived.\n\nDaniel came in without knocking. He had a box of doughnuts.\n\n“You started "
     "without us,” he said.\n\n“I started at eight, like I said I would.”", "started at eight",
     "Ruth Abernathy"),
    (_STORY_LEAD + "At three in the morning the ward smelled of floor wax, and Teresa Quill had "
     "been awake for nineteen hours.\n\n“He’s doing it again,” said Gerald Bozeman. "
     "“Four-twelve.”\n\n“Is it the Sinatra or the hymn?”", "Sinatra", "Teresa Quill"),
    # a long paragraph that brings somebody into the scene hands them the next line
    (_STORY_LEAD + "“He’s doing it again,” said Gerald Bozeman.\n\n“Is it the hymn?” Teresa "
     "Quill asked.\n\nDown the hall, a door opened and closed. Dr. Anand Mehta came toward "
     "them at the particular speed of a resident who had been told not to run in corridors "
     "and had found the exact pace just below it. He was holding his phone at arm’s length, "
     "as though it might go off.\n\n“Quill. Do you have a second?”", "have a second",
     "Anand Mehta"),
    # a participle after a `while` clause is that clause's subject's
    ("Review\n\nThe film opened on Friday.\n\nOwen Marsh praised the film as “a quiet triumph "
     "of patience and nerve,” while Lena Park was more skeptical, calling it “beautiful and "
     "airless, a film so committed to stillness that it forgets to breathe.”",
     "beautiful and airless", "Lena Park"),
    # a line of a song quoted after a colon is the song's: not the singer the next sentence
    # reports
    ("Album\n\n“We fell out about everything,” Niamh Costello says.\n\nThe album’s title comes "
     "from a line in “Harbour Lights”: “Call it a salt year, call it the tide / call it whatever "
     "keeps you alive.” Costello says she nearly cut it. “It felt too on the nose.”",
     "Call it a salt year", None),
    # guard: a speaker's own familiar lines are his
    ("Rally\n\n“We will work together,” Donald Trump said.\n\nBut back on American soil, he "
     "returned to his familiar lines: “It's called America First! There will be no "
     "amnesty!”", "America First", "Donald Trump"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_48_UNSEEN)
def test_round_48_unseen(text: str, quote: str, speaker: str | None) -> None:
    """Round 48, from reviews written against the round's code (health, local government,
    literary fiction)."""
    assert speaker_of(text, quote) == speaker


def test_everyone_called_him_a_nickname_is_one_voice() -> None:
    """`said Gerald Bozeman… Everyone called him Boz` then `Boz said`: one speaker."""
    text = ("Night\n\n“He’s doing it again,” said Gerald Bozeman, leaning on the counter. "
            "Everyone called him Boz. “The singing.”\n\n“Which room?” said Teresa.\n\n"
            "“Four-twelve,” Boz said.")
    assert speaker_of(text, "Four-twelve") == "Gerald Bozeman"


ROUND_49 = [
    # a paragraph that opens on a woman's way of working is about her: its she goes on
    ("Lear\n\nThe director, Adaeze Okafor, walks between the actors. Desmond Achterberg plays "
     "the king.\n\n“She's very kind,” Achterberg says.\n\nPriya Venkataraman, 26, plays his "
     "daughter. “It's not acting, really,” she says.\n\nOkafor's approach in rehearsals is "
     "unusual. She asks the company to improvise scenes, like the funeral of Lear's wife. “We "
     "had to know what this family had been through,” she says.", "had been through",
     "Adaeze Okafor"),
    # guard: the owner of a person is not the paragraph's subject
    ("Case\n\nMaria Lopez, the mayor, spoke first. “We will appeal,” she said.\n\nEllen "
     "Brandt's lawyer told reporters the ruling was flawed. “This is not over,” she said.",
     "not over", None),
    # a sentence with no subject of its own goes on from the one before
    ("Volcano\n\nMs. Adeyemi was moving between the benches.\n\n“Hypothesis?” said Ms. "
     "Adeyemi.\n\n“Thank you, miss,” said Tess.\n\nTess looked at the clock. Then at the "
     "volcano. Then at Ms. Adeyemi, who was on the other side of the room.\n\n“It's fine,” "
     "she said. “It's not real lava.”", "not real lava", "Tess"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_49)
def test_round_49(text: str, quote: str, speaker: str | None) -> None:
    """Round 49, from the reviews of round 48 (arts, children's fiction)."""
    assert speaker_of(text, quote) == speaker


def test_a_she_after_a_newcomer_who_spoke_is_hers() -> None:
    """`The first speaker, a retired fisherwoman, said she had used the dock… “…,” she said.`:
    the newcomer who says something in the sentence before is the she, not the woman the
    paragraph before named (round 49; it was the narrator's until then)."""
    text = ("Conservator Helen Vance spent nine weeks on the quilt. “Silk from that period is "
            "heartbreaking,” Vance said.\n\nThe first speaker, a retired fisherwoman, said she "
            "had used the dock since she was six. “My grandmother had one like this,” she said.")
    assert speaker_of(text, "one like this") == "a retired fisherwoman"


ROUND_49_UNSEEN = [
    # `the United Nations` is one body, not a Mr. Nations
    ("Verdict\n\nA court jailed an activist on Tuesday.\n\n“This verdict sends a chilling "
     "message,” the United Nations said in a statement.", "chilling message", "United Nations"),
    # a report's own word for somebody unnamed is theirs again with `the`
    ("Rates\n\nThe central bank raised rates on Tuesday.\n\nOne currency trader in Accra said "
     "the cedi had firmed.\n\n“The market was expecting 100,” the trader said.",
     "expecting 100", "One currency trader"),
    # an unnamed source with a qualifier before the aside that says why they are not named
    ("Nurse\n\nJean Fairley retired on Friday.\n\nA colleague on the ward, who asked not to be "
     "named, put it more simply: “Nights won’t be the same.”", "Nights won", "A colleague"),
    ("Nurse\n\nJean Fairley retired on Friday.\n\n“He never stopped playing,” a bandmate said.",
     "never stopped playing", "a bandmate"),
    # a newcomer by the report's own word who said something is the she after
    ("Storms\n\nSeveral companies have published AI models.\n\nOne forecaster at the center, "
     "who spoke on condition of anonymity, said the forecasts were part of daily discussions. "
     "“We look at them every cycle now,” she said.", "every cycle", "One forecaster"),
    # `a fisherman, who told her,`: the unnamed one the who means
    ("Reef\n\nDanielle Okafor studies coral.\n\nShe recalled a conversation with a fisherman on "
     "the atoll, who told her, “The coral will come back when it wants to.”",
     "when it wants to", "a fisherman"),
    # guard: a restrictive who clause only says which one; the quote is the subject's
    ("Panel\n\nIn a panel discussion, Marc Morial forcefully told a young woman who suggested "
     "that some people may not vote that “this is not the first generation to be "
     "frustrated.”", "first generation", "Marc Morial"),
    # a he opening the sentence after one naming only one man takes him up
    ("Bikes\n\nStanley Kowalczyk fixes bikes for free.\n\n“It began with my grandson,” "
     "Kowalczyk said.\n\nRosa Delgado has sent her children to the garage. Her youngest, "
     "Mateo, 9, was there, holding a tire lever while Kowalczyk worked.\n\nMateo, asked what "
     "he had learned, thought hard. “You have to find the hole first,” he said.\n\nTown "
     "supervisor Linda Hargrove said the episode had become lore. “We get a lot of "
     "complaints,” she said.\n\nLast year the Rotary Club gave Kowalczyk its annual Service "
     "Above Self award. He did not attend the dinner. “Saturday night,” he explained.",
     "Saturday night", "Stanley Kowalczyk"),
    # a sentence opening with she goes on about the one before, not the mentor it names
    ("Battery\n\nVoltaris chief executive Helen Sorensen said the cells were ready.\n\n“We "
     "are ready,” Sorensen said.\n\nLena Hoffmann, an analyst, was unconvinced. “Show me the "
     "cells,” she said.\n\nArjun Mehta agreed. “It is early,” he said.\n\n"
     + "The cells were tested in a lab. Mehta said the results were mixed.\n\n" * 10
     + "Sorensen bristled at the suggestion that Voltaris was overpromising. She said that "
     "when she founded the company, a mentor had warned her, “Never announce a date you can't hit.”"
     "\n\n“So we didn't, for five years,” she said.", "for five years", "Helen Sorensen"),
    # `the college` is the College of Music and Drama named before
    ("Obituary\n\nLionel Ashby taught at the Royal Welsh College of Music and Drama for twenty "
     "years.\n\nThe college said in a statement: “He was a teacher of rare patience.”",
     "rare patience", "Royal Welsh College of Music and Drama"),
    # a story's line before a beat and a line of the same paragraph is the beat's subject's
    ("The Blue Heron\n\nI got there at a quarter to nine and took a stool at the end.\n\nThe "
     "bartender was a heavyset woman with reading glasses pushed up into gray hair. Her name "
     "tag said DOT.\n\n“You're the one asking about Frankie,” she said, setting the bottle "
     "down.\n\n“Word travels.”\n\n“Word's got nothing else to do around here.” She wiped the "
     "bar in a slow circle. “You a cop?”\n\n“Private.”\n\nDot looked at the card for a "
     "while, then at me. “Frankie Russo drank here four nights a week.”",
     "nothing else to do", "Dot"),
    # a line that reports what somebody said is not theirs, so the turns back stop
    ("Low Tide\n\nUncle Walt had the rakes out before any of us were awake.\n\n“Tide’s at "
     "six-forty,” he said when I came down.\n\nTheo was already on the steps. Priya sat "
     "beside him, holding a mug in both hands.\n\n“You’re coming?” I asked her.\n\n“I was "
     "told it was mandatory.”\n\n“It’s not mandatory,” Theo said.\n\n“Walt said it was "
     "mandatory.”\n\n“Walt says everything is mandatory.”\n\n“Everything is,” said Walt, "
     "from inside the shed.", "Walt said it was", None),
    # `Born Margaret Ann Pryce` is the subject's birth name, and her she long after, with no
    # other woman named near, is hers: she is who the obituary is about
    ("Margaret Ellison, chemistry teacher, dies at 84\n\nMargaret Ellison, who taught chemistry "
     "at Halbrook Grammar School for 38 years, died on Sunday. She was 84.\n\nBorn Margaret Ann "
     "Pryce in Cardiff in 1940, she was the eldest of four children. Margaret married Thomas "
     "Ellison in 1964. Mrs Ellison joined Halbrook in 1963, and Mrs Ellison retired in "
     "2001.\n\nHer son, Daniel Ellison, said his mother never stopped teaching. “She corrected "
     "my homework until I was thirty,” he said.\n\n“Health and safety people would faint "
     "today,” said Peter Lamb, who taught physics alongside her. “But Margaret was "
     "meticulous.”\n\nMr Lamb described her as a fierce advocate for pupils. “She didn’t make a "
     "fuss about it,” he said.\n\nAfter retiring, she volunteered at the library. Fellow "
     "councillors remember a formidable presence. She once told a meeting: “This car park is an "
     "act of vandalism against a perfectly good meadow.”",
     "act of vandalism", "Margaret Ellison"),
    # the `it` of a `which` clause is the organisation its sentence is about
    ("Verdict\n\nA Cambodian court jailed an activist on Tuesday.\n\nAmnesty International "
     "said it was “deeply concerned” by the verdict, which it said appeared to “criminalise "
     "the legitimate exercise of freedom of expression”.", "criminalise",
     "Amnesty International"),
    # a line that calls one of the two people the narration before named is the other's
    ("The Marrow Show\n\nConstable Gary Dobbs stood guard at the tea tent.\n\n“You can’t "
     "come in, Miss Pym,” Dobbs said.\n\n“I have no wish to come in, Gary.”\n\nMrs Greaves "
     "herself appeared at the tape a moment later, demanding her cake tins. Dobbs, to his "
     "credit, held firm.\n\n“Those are my tins, Constable. My mother’s tins.”\n\n“I’m "
     "sorry, Mrs Greaves. Nothing leaves the tent.”", "Those are my tins", "Mrs. Greaves"),
    # a passer-by a report meets (a driver) who said something is the he after
    ("Protest\n\nChief Superintendent Paul Lindqvist said the police would act. “We will keep "
     "the road open,” he said.\n\nThe company did not respond.\n\nOne driver, who had been "
     "waiting in his cab for more than four hours, said the protesters were “hurting working "
     "people, not the oil companies.”\n\n“I've got a family too,” he said.",
     "got a family", "One driver"),
    # `But` before an unnamed source still opens the sentence with them
    ("Senate\n\nSofia Reyes launched her campaign on Tuesday. “We will win,” Reyes "
     "said.\n\nBut a Democratic strategist familiar with the committee’s thinking, who was "
     "not authorized to speak publicly, was more candid. “They think Sofia is a great member "
     "of Congress,” the strategist said.",
     "great member of Congress", "a Democratic strategist"),
    # `Lee Ann` is a woman's double first name
    ("Debate\n\nPriya Natarajan, a pollster, watched the debate. “It was close,” she "
     "said.\n\nLee Ann Whitford, a political scientist at Ohio State University, said both "
     "candidates had done what they needed to do.\n\n“Nobody fell on their face,” she said.",
     "fell on their face", "Lee Ann Whitford"),
    # a department's name that lists its remit with a comma is one body
    ("Sewage\n\nThe river was polluted again.\n\n“It is a scandal,” the Department for "
     "Environment, Food and Rural Affairs said.",
     "a scandal", "Department for Environment, Food and Rural Affairs"),
    # a story's creature nothing brought in with `a` is a voice of its own
    ("The Toll\n\nThe ship slid into the fog. Captain Gideon Pike stood at the "
     "wheel.\n\n“Hold her steady,” Pike said.\n\nSomething rose from the water, a great grey "
     "head with milky eyes.\n\n“Good morning, little ship,” said the serpent.\n\n“What do you "
     "want?” Pike said.\n\n“A song,” the serpent said.",
     "Good morning, little ship", "the serpent"),
    # and one who says `I am Sulwen of the Deep Roads` is Sulwen, lines so far included
    ("The Toll\n\nThe ship slid into the fog. Captain Gideon Pike stood at the "
     "wheel.\n\n“Hold her steady,” Pike said.\n\nSomething rose from the water, a great grey "
     "head with milky eyes.\n\n“Good morning, little ship,” said the serpent.\n\n“What do you "
     "want?” Pike said.\n\n“I am Sulwen of the Deep Roads, and the toll is a song,” the "
     "serpent said.",
     "Good morning, little ship", "Sulwen"),
    # `her office` is hers, never the Congressional Budget Office; `Late Tuesday` is a time
    ("Shutdown\n\nThe Congressional Budget Office said a shutdown would cost "
     "billions.\n\nSenator Margaret Ellison, the committee chairwoman, spoke on Monday. “We "
     "will not be rushed,” she said.\n\nLate Tuesday her office released a statement saying "
     "the chairwoman had invited Bragg to meet.\n\n“The door is open,” the statement said.",
     "door is open", "Ellison’s office"),
    # guard: a Chinese surname `Ai` is a name; `AI` in capitals is a thing
    ("Storms\n\nSeveral labs have published AI models. “We look at them every cycle now,” "
     "she said.", "every cycle", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_49_UNSEEN)
def test_round_49_unseen(text: str, quote: str, speaker: str | None) -> None:
    """Round 49, from reviews written against the round's code (wire news, science news,
    obituaries)."""
    assert speaker_of(text, quote) == speaker


def test_a_first_name_only_a_line_gives_tells_the_surname_s_gender() -> None:
    """`“Present are myself, Detective Sergeant Tom Brannigan…”` / `Brannigan leaned…`: the
    narration never gave his first name, and two shes near him made him a woman (round 49,
    crime fiction); the first name in the line says he is a man."""
    text = ("Interview\n\nKieran Walsh was twenty-six. His solicitor, a tired woman named "
            "Joanna Pryce, had filled two pages of a pad.\n\n“For the tape,” Calloway said, "
            "“present are myself, Detective Sergeant Tom Brannigan, Mr Walsh and his "
            "solicitor, Ms Pryce.”\n\nBrannigan leaned against the wall by the door.\n\n“With a "
            "torn left pocket?” Brannigan said from the wall.\n\nWalsh looked at Brannigan. "
            "She shook her head very slightly.\n\nBrannigan grinned. She had said it over the "
            "body in the canal last winter.")
    genders = {p.name: p.gender for p in run(text).speakers}
    assert genders["Brannigan"] == "male"


_FOX = ("The Fox\n\nA fox named Juniper lived at the edge of the wood. One morning she met Tom "
        "by the stream.\n\n“Good morning,” said the fox.\n\n“Good morning,” said Tom. “Are you "
        "lost?”\n\n“Foxes are never lost,” said Juniper. “Only elsewhere.”\n\n“Where is "
        "elsewhere?” asked Tom.\n\n“Here,” said Juniper.\n\nTom laughed. The fox did not.\n\n“You "
        "should go home,” said the fox.")
_RAVEN = ("The Gate\n\nMaren rode on. Her cloak was wet through.\n\n“You have seen a great many "
          "pigsties,” said the raven on Maren’s shoulder. Quill had been quiet since the marsh."
          "\n\n“Nobody asked you, bird,” said Maren.\n\n“Nobody ever does,” said the raven.\n\n"
          "They came to the gate. Quill shifted on her shoulder.\n\n“That is cheerful,” said "
          "Quill. “I vote we leave.”\n\n“We are not leaving,” said Maren.\n\n“Then we will die "
          "here,” said the raven.")
_CAVE = ("The Cave\n\n“Little Keeper,” said a voice. “You have come back.”\n\nTamsin stared at "
         "her uncle.\n\n“Ashkarth,” said Crane, and bowed. “You look well.”\n\n“She is my niece,” "
         "said Crane.\n\nThe dragon’s head came down out of the dark. It sniffed.\n\n“Forty "
         "years,” said Ashkarth. “You told me a season.”\n\nTamsin found her voice. “Why does a "
         "dragon want a book?”\n\nThe dragon was silent for a long time.\n\n“Because I wrote it,” "
         "said Ashkarth.\n\n“Then read it,” said Tamsin.\n\n“No,” said the dragon. “Not yet.”\n\n"
         "“Why not?” said Tamsin.\n\n“Because,” said Crane.")
_HILL = ("The Hill\n\nMaren climbed the hill alone. “Come out,” she called.\n\nShe raised her "
         "sword. The dragon laughed.\n\n“You cannot win,” said the dragon.\n\nMaren lowered the "
         "blade. “I know,” said Maren.\n\nThe dragon yawned.\n\n“Go home,” said the dragon.\n\n"
         "“Not yet,” said Maren.\n\n“Then stay,” said the dragon.\n\n“I will,” said Maren. “I "
         "have come a long way.”\n\n“So have I,” said Tobin from the rocks.\n\n“Tobin!” said "
         "Maren.\n\n“Who else?” said Tobin.")
ROUND_50 = [
    # `A fox named Juniper`: the fox is Juniper
    (_FOX, "Good morning", "Juniper"), (_FOX, "go home", "Juniper"),
    # a creature the narration calls by its kind and, once seen, by a name: one voice
    (_RAVEN, "great many", "Quill"), (_RAVEN, "ever does", "Quill"),
    (_RAVEN, "die here", "Quill"),
    (_CAVE, "Not yet", "Ashkarth"), (_CAVE, "Because I wrote", "Ashkarth"),
    # guard: a name known before the creature is seen, and talking to it, is somebody else
    (_HILL, "Go home", "the dragon"), (_HILL, "cannot win", "the dragon"),
    # guard: `called Biden a liar` gives nobody a name
    ("Row\n\nA Republican senator called Biden a liar on Tuesday.\n\n“He has misled the "
     "country,” the senator said.", "misled the country", "A Republican senator"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_50)
def test_round_50(text: str, quote: str, speaker: str | None) -> None:
    """Round 50: names for creatures (a fantasy review heard `the dragon` and Ashkarth, one
    character, in two voices)."""
    assert speaker_of(text, quote) == speaker


ROUND_50_UNSEEN = [
    # a newcomer by a trade, brought in by what they are doing, who complains: the he after
    ("Border\n\nAbakar Saleh Djibrine, the governor of the province, told reporters that the "
     "border would remain open. “We do not close our door,” he said.\n\nLocal people are less "
     "patient. In the market, a trader selling sacks of sorghum complained that prices had "
     "tripled. “They are our cousins, many of them,” he said.", "our cousins", "a trader"),
    # `A nurse there, who asked not to be named…, said…`: she
    ("Clinic\n\nInside the camp, the busiest place is a clinic run by Médecins Sans Frontières. "
     "A nurse there, who asked not to be named because she was not authorised to speak to "
     "reporters, said staff were seeing 200 children a day.\n\n“We are seeing kids who are "
     "skin and bone,” she said.", "skin and bone", "A nurse"),
    # the UN's programmes are agencies that speak
    ("Rations\n\nThe World Food Programme warned last week that it would halve rations. “We "
     "are being forced to choose between the hungry and the starving,” the agency said in a "
     "statement.", "hungry and the starving", "World Food Programme"),
    ("Aid\n\nRations will be cut. “We cannot feed everyone,” said the U.N. Development "
     "Programme.", "feed everyone", "U.N. Development Programme"),
    # a group known by its initials is no he, with or without its name in full; the one who
    # sent a message is, and so is the name he goes by
    ("Front\n\nThe ELN denies it.\n\nA commander of the dissident 33rd Front, who uses the nom "
     "de guerre Richard, sent me a voice message blaming the ELN for breaking the truce. “They "
     "came for our people first,” he said.", "came for our people", "Richard"),
    ("Front\n\nThe fighting pits the National Liberation Army, or ELN, against former FARC "
     "rebels.\n\nA commander of the dissident 33rd Front sent me a voice message blaming the "
     "ELN for breaking the truce. “They came for our people first,” he said.",
     "came for our people", "A commander"),
    # a place called after `the village of` is no man
    ("Evacuation\n\nSgt. Andriy Koval has led the crew since 2023.\n\nKoval, 41, speaks in "
     "short bursts. When the van stopped at a crossroads outside the village of Shevchenko, he "
     "held up his hand for silence.\n\n\"We have a rule,\" he said.\n\nIn Shevchenko, a man "
     "in his sixties was chopping wood in his yard. He waved them off.", "We have a rule",
     "Andriy Koval"),
    # `the former Wales hooker`: the hooker, not Wales
    ("Preview\n\nHarlow Saints director of rugby Gareth Maddox has declared captain Will Ashby "
     "fit.\n\n\"Will's ready,\" Maddox said on Thursday.\n\nAsked whether Ashby would last 80 "
     "minutes, the former Wales hooker was more cautious. \"We'll see. I'll take 60.\"",
     "take 60", "Gareth Maddox"),
    # `the European Championships` are no rival to her for the she
    ("Carrick\n\nOn a grey Tuesday in March, Niamh Carrick is the only person on the track.\n\n"
     "Eighteen months ago, Carrick could not walk to the end of her road. At 27, the "
     "steeplechaser who had finished sixth at the European Championships was told that she "
     "should stop.\n\n“I remember sitting in the car park afterwards,” she says now.",
     "car park", "Niamh Carrick"),
    # `Its Corvel Assist product`: a thing, not who `the company` means
    ("Corvel\n\nShares of Corvel Systems fell 9 percent on Wednesday.\n\nIts Corvel Assist "
     "product, which drafts documents, now has 2.1 million paying users, the company said, "
     "adding that demand had “exceeded our internal plan in every region we sell in.”",
     "internal plan", "Corvel Systems"),
    # `Her father, for his part,` after `Her father, Kwame Osei,`: him
    ("Silo\n\nAmara Osei did not set out to start a company.\n\nHer father, Kwame Osei, "
     "remembers the lunchbox. “She came home and put it in the store room,” he said by "
     "phone.\n\nOsei has raised money since. “We will grow,” she said.\n\nHer father, for his "
     "part, has become something of a salesman. He has persuaded eleven farmers to sign up.\n\n"
     "“I tell them: my daughter made this,” he said.", "my daughter made this", "Kwame Osei"),
    # guard: `one questioner claimed…` / `“You’re right…,” he said` is the one answering
    ("Trump\n\nDonald Trump spoke in Virginia.\n\nAt a forum with military leaders on Monday, "
     "one questioner claimed that “social engineering” was hurting the military.\n\n“You’re "
     "right, we have a politically correct military,” he said.", "politically correct",
     "Donald Trump"),
    # a wife set off with what she was doing, who says something: the she after
    ("Holdouts\n\nIn Shevchenko, a man who gave his name only as Mykola was chopping wood.\n\n"
     "\"Here I have my house,\" he said.\n\nHis wife, standing in the doorway, said nothing "
     "until the officers had gone. Then she said quietly, \"He is stubborn. I am staying "
     "because he is staying.\"", "He is stubborn", "His wife"),
    # a name and its verb of manner open the sentence before the line
    ("Carrick\n\nNiamh Carrick runs every morning. Her coach thinks she is patient.\n\n"
     "Carrick laughs when this is put to her. “I am the least patient person alive.”",
     "least patient", "Niamh Carrick"),
    # `Her father, for his part,` is Kwame Osei, not the man named since
    ("Silo\n\nAmara Osei did not set out to start a company.\n\nHer father, Kwame Osei, "
     "remembers the lunchbox. “She came home and put it in the store room,” he said.\n\n"
     "Brian Otieno, an investor, backed her early. “She is relentless,” he said.\n\nHer "
     "father, for his part, has become something of a salesman. He has persuaded eleven "
     "farmers to sign up.\n\n“I tell them: my daughter made this,” he said.",
     "my daughter made this", "Kwame Osei"),
    # `a student who had told her, "…"`: the student's line, not the teacher's
    ("Bill\n\nSeveral members broke with their parties. Rep. Alicia Monroe, a former teacher, "
     "voted for the bill, recalling a student who had told her, \"Ms. Monroe, I can't put my "
     "phone down.\" Monroe said the conversation had stayed with her.", "put my phone down",
     "a student"),
    # `He added that he had told Ellison`: the he who added, not the he in the clause
    ("Shutdown\n\nSenator Margaret Ellison leads the talks.\n\n“I don’t care whose fault it is,” "
     "Mr. Okafor said.\n\nHe added that he had told Ellison as much in a meeting on Monday. “I "
     "said to her, ‘If this goes past Friday, nobody wins.’ She didn’t disagree.”",
     "She didn’t disagree", "Mr. Okafor"),
    # `…came to Calder with no experience, and she prefers it that way. “…,” she says`
    ("Bread\n\nInes Calder opens the bakery at four.\n\n“We had no business doing it,” her wife, "
     "Ruth Aberline, says.\n\nMost of the bakers came to Calder with no experience at all, and "
     "she prefers it that way. “Chefs come in with habits,” she says.", "habits", "Ines Calder"),
    # `…Ante Sara, has taken her out… He is a man of few words.` / `he says`
    ("Glacier\n\nDr Sigrun Halvorsen has recorded the glacier for a decade. “It sings,” she "
     "says.\n\nHer closest collaborator, the Sámi boat pilot and former fisherman Ante Sara, has "
     "taken her out onto the fjord every summer. He is a man of few words.\n\n“I thought she "
     "was mad,” he says.", "thought she was mad", "Ante Sara"),
]
ROUND_50_STORIES = [
    # a newcomer the narration brings in answers the call, not the one spoken with before
    ("Chapter XI\n\nMrs. Thornbury sat nearest the fire, and Mr. Pellew, the curate, had taken "
     "the least comfortable chair.\n\n“I cannot think what keeps the Colonel,” said Mrs. "
     "Thornbury.\n\n“Perhaps the roads, ma’am,” offered Mr. Pellew.\n\n“The roads! No, Mr. "
     "Pellew, it is something else,” said Mrs. Thornbury.\n\n“I am sure you are right,” said "
     "Mr. Pellew.\n\nA step was heard in the hall, and Colonel Ashworth came in with the cold "
     "still upon his coat. He stood warming his hands at the grate.\n\n“Well, sir?” cried Mrs. "
     "Thornbury at last.\n\n“Well, madam,” said he, “I have seen Fanshawe.”", "I have seen",
     "Ashworth"),
    # `said her mother` of the daughter the narration brought in as hers
    ("Chapter XI\n\nMrs. Thornbury sat nearest the fire; her daughter Eleanor stood by the "
     "window; and Mr. Pellew, the curate, had taken the least comfortable chair.\n\n“I cannot "
     "think what keeps the Colonel,” said Mrs. Thornbury.\n\n“Perhaps the roads, ma’am,” "
     "offered Mr. Pellew.\n\n“The roads! The roads have been dry this fortnight. No, Mr. "
     "Pellew, it is something else, depend upon it.”\n\n“I am sure you are right,” said Mr. "
     "Pellew.\n\nEleanor turned from the glass. “Mamma, you will have him married before he "
     "has crossed the threshold.”\n\n“I will have him nothing of the kind,” replied her mother, "
     "with dignity.\n\n“Of course not,” said Mr. Pellew.\n\n“Thank you,” said Eleanor.",
     "nothing of the kind", "Mrs. Thornbury"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_50_UNSEEN + ROUND_50_STORIES)
def test_round_50_unseen(text: str, quote: str, speaker: str | None) -> None:
    """Round 50, from reviews written against the round's code (sports, technology and
    business, foreign correspondence, novels of two centuries)."""
    assert speaker_of(text, quote) == speaker


def test_two_given_names_alone_are_the_person_named_with_a_surname() -> None:
    """`María Fernanda` after `María Fernanda Ríos` is her (a review heard two voices)."""
    text = ("Displaced\n\nMaría Fernanda Ríos came with her three children. “They came house by "
            "house with lists,” she said.\n\nThe fighting goes on.\n\nBy late afternoon, María "
            "Fernanda had found a place for her children. “Every time they read a list I listen "
            "for my husband,” she said.")
    assert speaker_of(text, "read a list") == "María Fernanda Ríos"
    assert [s.name for s in run(text).speakers] == ["María Fernanda Ríos"]


def test_a_charity_s_spokesperson_is_not_the_university_named_most() -> None:
    """`the charity` is never a university (a science review's spokesperson for a charity
    became the University of Leeds once `at Leeds` counted as a mention of it): here the
    charity the piece names."""
    text = ("Test\n\nThe study was led by the University of Leeds. “It works,” said Prof Helen "
            "Okafor, a molecular oncologist at Leeds.\n\nDiana Fairweather, chief executive of "
            "the charity Pancreatic Cancer Action UK, called the findings “a real glimmer of "
            "hope”.\n\nThe charity, which part-funded the study, said it would push for a trial. "
            "“We are ready to work with the NHS,” a spokesperson for the charity said.")
    assert speaker_of(text, "ready to work") == "Pancreatic Cancer Action UK"


@pytest.mark.parametrize(("name", "gender"), [
    ("Margit", "female"), ("Oleh", "male"), ("Jean-Baptiste", "male"), ("Marie-Claire", "female"),
    ("Ana-Lucia", "female"), ("Mei-Ling", "unknown"), ("Winnie-the-Pooh", "unknown")])
def test_first_names_of_round_50(name: str, gender: str) -> None:
    """Nordic and Ukrainian first names, and a hyphened first name by its two parts (`Jean-`
    is a French man's; `Winnie-the-Pooh` is no first name)."""
    assert first_name_gender(name) == gender


ROUND_50_REVIEWS_2 = [
    # an author named for a work in somebody else's sentence is no rival for the she
    ("Library\n\nMargaret Ellis has used the library for forty years.\n\nFor Mrs Ellis, who now "
     "volunteers on Thursdays, the reopening felt like a small miracle. Her book group has just "
     "started on Raynor Winn’s “The Salt Path”.\n\n“When I walked in on Saturday, I had to sit "
     "down,” she said.", "had to sit down", "Margaret Ellis"),
    # an `if` clause's subject inside the reported words is not who said them
    ("Strike\n\nStaff at Harrowfield walked out on Monday.\n\nDr Priya Raman, a senior lecturer "
     "in chemistry, said the branch had offered to suspend the action if the university agreed "
     "to reopen talks. \"We put that on the table last Thursday.\"", "on the table",
     "Priya Raman"),
    # Minnesota's party label after a name is nobody
    ("Bill\n\nThe committee voted 9-6 on Tuesday.\n\nIts author, Rep. Sam Whitfield, "
     "DFL-Rochester, said in a statement that he hoped to move the House version “as quickly as "
     "the calendar allows.”", "calendar allows", "Sam Whitfield"),
    # `JD(S)` is a party's label; `was heard saying` is the one heard
    ("Walkout\n\nThe Minister spoke about the drought relief package.\n\nJD(S) member N. "
     "Chandrashekar interrupted the Minister, shouting, \"Stop blaming Delhi for everything!\" "
     "while a Congress member was heard saying, \"Ask your own MPs first.\"", "Stop blaming",
     "N. Chandrashekar"),
    ("Walkout\n\nThe Minister spoke about the drought relief package.\n\nJD(S) member N. "
     "Chandrashekar interrupted the Minister, shouting, \"Stop blaming Delhi for everything!\" "
     "while a Congress member was heard saying, \"Ask your own MPs first.\"", "your own MPs",
     "a Congress member"),
    # `prompting Leckie to reply:` hands the line to Leckie
    ("Debate\n\nThe minister, Rachel Okafor, faced the House. Fiona Leckie, the Liberal Democrat "
     "MP, pressed her.\n\nOkafor said she could “give that assurance for the schemes already "
     "approved”, prompting Leckie to reply: “So not the ones that haven’t. That is the whole "
     "point.”", "whole point", "Fiona Leckie"),
    # a title in title case a few words after a word for a work
    ("Water\n\nThe Commons environment committee had warned in its report last month, “Holding "
     "Back the Tide”, that the government risked “building tomorrow’s storage at the expense of "
     "today’s protection”.", "Holding Back", None),
    # a newcomer who posts under a name says something as that name
    ("Fans\n\n\"I have never signed a petition for a TV show in my life,\" wrote one user.\n\n"
     "Another fan, who posts under the name LanternGirl, shared a video of people holding "
     "candles on a beach. \"We'll keep it lit until they listen,\" she wrote.", "keep it lit",
     "LanternGirl"),
    # a bare name the next paragraph calls a business that said something
    ("Streamline\n\nStreamline has cancelled \"The Lighthouse Keepers,\" the cult fantasy drama, "
     "six weeks after its third season ended.\n\nThe streaming service confirmed the decision on "
     "Tuesday in a brief statement. \"We are incredibly proud of the show,\" the company said.",
     "incredibly proud", "Streamline"),
    # an MP is a role: `shouted one opposition MP` is somebody of their own
    ("Debate\n\nThe minister, Rachel Okafor, faced the House.\n\n“Then publish it!” shouted "
     "one opposition MP.", "publish it", "one opposition MP"),
]
ROUND_50_STORIES_2 = [
    # `and Tom’s voice came up the stairwell`: a voice that opens the last clause
    ("Call\n\n“Hello?” said Maya.\n\n“It is me,” said Priya.\n\n“Oh,” said Maya.\n\n“Listen,” "
     "said Priya.\n\n“What?” said Maya.\n\nDownstairs, a cabinet banged shut, and Tom’s voice "
     "came up the stairwell at full volume. “Maya! Did you take the chicken out?”\n\n“Yes!” "
     "said Maya.", "chicken out", "Tom"),
    # a line that asks a name the narration has not given (a ship's computer in capitals)
    # is answered by that stranger, not by the last of the crew who spoke
    ("Chapter Three\n\n“Position confirmed,” said the ship.\n\n“Thank you, TALLY,” said "
     "Okafor.\n\nCommander Tomasz Reyes leaned over the console. “Captain, there’s something "
     "on long-range.”\n\n“Put it up,” said Okafor.\n\n“It could be a beacon,” said Reyes.\n\n"
     "“No,” said Sandhu. “It isn’t.”\n\nOkafor stood. “TALLY, can you read it?”\n\n“I can "
     "hear it, Captain. Reading it is a separate matter.”", "I can hear it", None),
    # an owner named in the narration before (the dead man) is in no scene
    ("Chapter Seven\n\nDetective Inspector Arthur Pellow stood with his back to the fire.\n\n"
     "“I shan’t keep you long,” said the Inspector. “Sir Edmund Ashcombe died last night.”\n\n"
     "Lady Ashcombe drew her shawl closer. “I bade my husband goodnight at half past nine,” she "
     "said.\n\n“Reading what, Lady Ashcombe?”\n\n“I really couldn’t say.”\n\nCaptain Roderick "
     "Vane laughed, a short bark that he turned into a cough. He was Sir Edmund’s nephew, and "
     "he stood to inherit the estate.\n\n“You find that amusing, Captain?”", "find that amusing",
     None),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_50_REVIEWS_2 + ROUND_50_STORIES_2)
def test_round_50_second_reviews(text: str, quote: str, speaker: str | None) -> None:
    """Round 50, from a second set of reviews written against 69b8e5b (entertainment news,
    legislatures, education and community news, detective and science fiction)."""
    assert speaker_of(text, quote) == speaker


_FENWICKS = ("Chapter Two\n\nInspector Hugh Marlow stood by the window of the study.\n\n“Sit down, "
          "all of you,” said the Inspector. “This will not take long.”\n\n“I hope not,” said "
          "Mrs. Fenwick.\n\n“Where were you at ten?” asked the Inspector.\n\n“In the library,” "
          "said Mrs. Fenwick.\n\n“Alone?” said the Inspector.\n\n“Quite alone,” she said.\n\n"
          "“Oh, Mother,” murmured Miss Alice Fenwick from the sofa.\n\nMarlow turned to her. "
          "She was perhaps nineteen, with ink on her fingers. “And you, Miss Fenwick? Where were "
          "you?”\n\n“Upstairs. I heard a door.”\n\nThe Inspector glanced at the gardener, who "
          "stood by the door as though he had grown there. “Well, Tuckett?”\n\n“I lock up at "
          "eleven, sir,” said Tuckett.\n\n“So the door Miss Fenwick heard was not yours.”")
_LOREKEEPER = (
    "Chapter Four\n\nHigh Lorekeeper Mira Hale sat at the head of the long table.\n\n“The river "
    "has risen again,” she said.\n\n“Twice this month,” said Tobin Ash.\n\n“Three times,” said "
    "Wren Colley.\n\n“Does it matter?” said Tobin.\n\n“It matters to the farms,” said Wren.\n\n"
    "“Enough,” said the Lorekeeper.\n\nWren Colley folded her arms and looked at the map.\n\n"
    "The Lorekeeper opened a ledger across the table. It was bound in green leather and smelled "
    "of damp.\n\n“These are the flood marks for forty years,” she said.")
_FANSHAWE = (
    "Chapter Two\n\n“Is it late?” said Mrs. Hale to her daughter Eleanor.\n\n“Not very,” said "
    "Eleanor.\n\n“Then where is the Colonel?” said Mrs. Hale.\n\nThe door opened and the Colonel "
    "came in.\n\n“Well, sir?” cried Mrs. Hale.\n\n“Well, madam,” said the Colonel, “I have seen "
    "Fanshawe.”\n\nThis produced a remarkable effect upon the ladies. Mrs. Hale let fall her "
    "scissors, and her daughter sat down very suddenly upon the sofa.\n\n“You have seen him?” "
    "The words came from Eleanor, though she had not meant to speak. “Is he in England?”\n\n"
    "“At the Crown, these three days, under another name.”")
ROUND_51_STORIES = [
    # `The words came from Eleanor`: who spoke, named after the line
    (_FANSHAWE, "You have seen him", "Eleanor"),
    # and the answer is the Colonel's: the narration between follows two people (`Mrs. Hale
    # let fall her scissors, and her daughter sat down`), handing the talk to neither
    (_FANSHAWE, "At the Crown", "Colonel"),
    # a rank the story invents, set before a name and used alone after `the`, is Mira
    # Hale's: `said the Lorekeeper` is no second voice
    (_LOREKEEPER, "Enough", "Mira Hale"),
    (_LOREKEEPER, "The river has", "Mira Hale"),
    # and a she after a paragraph that opens with the rank is hers, not Wren's before
    (_LOREKEEPER, "These are the flood marks", "Mira Hale"),
    # `Miss Alice Fenwick` is not the `Mrs. Fenwick` named before (her mother): two voices
    (_FENWICKS, "Quite alone", "Mrs. Fenwick"),
    (_FENWICKS, "Oh, Mother", "Alice Fenwick"),
    # the last sentence's subject is the one the line calls: the paragraph's opener speaks
    (_FENWICKS, "And you, Miss Fenwick", "Hugh Marlow"),
    # `The Inspector` opens the beat; the he of its who-clause is the gardener
    (_FENWICKS, "Well, Tuckett", "Hugh Marlow"),
    # and so the turns go on with him after the gardener's answer
    (_FENWICKS, "So the door", "Hugh Marlow"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_51_STORIES)
def test_round_51_stories(text: str, quote: str, speaker: str | None) -> None:
    """Round 51, from the fiction of the round-49 and round-50 reviews: ranks a fantasy
    invents, beats by a character called by rank, a beat whose last sentence shows the one
    the line calls, and a mother and daughter who share a surname."""
    assert speaker_of(text, quote) == speaker


_DINER = ("Diner closes\n\nGloria Petrakis has run the Bluebird for forty years. Petrakis, 71, and "
          "her husband, Nick, who bought the place in 1986, are retiring.\n\nNick Petrakis said "
          "the decision came down to his knees. \"I picked the grandkids,\" he said.\n\n\"We will "
          "miss it,\" Gloria Petrakis said.\n\nTamika and Andre Wells, who had their first date "
          "in a back booth in 1999, drove in on Saturday.\n\n\"We split a grilled cheese because "
          "we were broke,\" Tamika Wells said.\n\nHer husband corrected her. \"You were broke,\" "
          "he said. \"I was being romantic.\"")
_JUNE = ("Chapter One\n\nThe power went out at 8:42. June Okafor had been saving the episode "
         "all week.\n\nHer phone buzzed. It was her mother, Adaeze Okafor.\n\n“Are you "
         "alive?” said her mother.\n\n“I'm alive, Mum,” said June.\n\nJune closed her eyes. "
         "“His name is Callum.”\n\n“I have to go,” June said.\n\n“Go where?” said her mother.\n\n"
         "“Bed,” said June.\n\n“Alone?” said her mother.\n\n“Goodnight, Mum,” said June.\n\n"
         "Someone knocked. Callum stood in the doorway with a lantern.\n\n“Hi,” said Callum.\n\n"
         "“You’re not emergency services,” she said.\n\n“I could be,” said Callum.\n\n“One "
         "song,” she said.")
_RAMP = ("A new goal\n\nLeanne Brennan watched her son Alfie, 9, wheel onto the green on "
         "Saturday. \"He has waited all year,\" she said.\n\nThe neighbours had built him a "
         "ramp. Jayden's mother, watching from her doorstep, said the boys had already worked out "
         "a new game. \"Alfie's in goal,\" she said. \"He says the chair makes him bigger.\"")
_AMES = ("Ingrid Solvang, glaciologist, dies at 84\n\nIngrid Solvang, who spent forty winters "
         "on the ice, died on Monday. The cause was a stroke, said her husband, Dr. Walter Ames, a "
         "retired chemist.\n\n\"She was never cold,\" a colleague said.\n\nIn addition to her "
         "husband, she is survived by a son, Erik Ames, and two grandchildren.\n\nDr. Ames said "
         "his wife had asked for donations to a scholarship fund. \"She always said the ice "
         "belonged to everybody,\" he said.")
ROUND_51_REVIEWS = [
    # `Dr. Ames` is the Dr. Walter Ames named first, not the son Erik Ames named since
    (_AMES, "ice belonged", "Walter Ames"),
    # a relative brought in by a named owner nobody else knows (`Jayden's mother, watching
    # from her doorstep, said…`) is who the she after means, not Alfie's mother
    (_RAMP, "in goal", "Jayden's mother"),
    (_RAMP.replace("Jayden's mother, watching from her doorstep, said the boys", "\"Alfie's "
                   "fine,\" Jayden's mother said. The boys"), "Alfie's fine", "Jayden's mother"),
    # `Her husband` of Tamika Wells is not the `her husband, Nick,` of Gloria Petrakis named
    # a page before: the other Wells
    (_DINER, "You were broke", "Andre Wells"),
    (_DINER, "I picked", "Nick Petrakis"),
    # a month a story uses as its heroine's given name is her name there
    (_JUNE, "His name", "June Okafor"),
    (_JUNE, "I have to go", "June Okafor"),
    (_JUNE, "One song", "June Okafor"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_51_REVIEWS)
def test_round_51_reviews(text: str, quote: str, speaker: str | None) -> None:
    """Round 51, from reviews written against 6594f65 (opinion and interviews, features,
    obituaries and war reporting, romance and horror fiction)."""
    assert speaker_of(text, quote) == speaker


def test_first_name_alone_then_the_full_name_is_one_person() -> None:
    """`her husband, Nick,` and then `Nick Petrakis` are one man, though the surname is his
    wife's, known before (a food review heard him in two voices); and `Tamika` of `Tamika
    and Andre Wells` is Tamika Wells."""
    assert {s for _, s in voices(_DINER) if s} == {
        "Andre Wells", "Gloria Petrakis", "Nick Petrakis", "Tamika Wells"}


_ROADS = ("Roads\n\nTransport Secretary Richard Hale said on Monday that drivers were \"the "
          "forgotten majority\". \"We will not lecture them,\" he said.\n\nHale has form here. "
          "In his 2019 memoir, \"Open Road,\" he describes learning to drive on his father's "
          "farm in Shropshire and recalls the old man telling him: \"The car's not a luxury "
          "out here, boy. It's a lifeline.\" It is a touching passage.")
_OSEI = ("Author\n\nThe novelist Daniel Osei spoke to the critic Ruth Ashdown at the festival on "
         "Friday. \"I wrote it at night,\" Osei said. \"The house was quiet then.\"\n\n"
         "Ashdown asked about his teaching years, and whether he missed the classroom. He said "
         "he did, \"most days,\" and told a story about a pupil who had found out that her "
         "teacher was a published author.\n\n\"She put her hand up in the middle of a lesson "
         "and said, 'Sir, is it true you're famous?' I said, 'Not in this room.'\"")
ROUND_52_REVIEWS = [
    # words a subject recalls somebody unnamed saying are not the subject's own
    (_ROADS, "not a luxury", None),
    (_ROADS, "We will not", "Richard Hale"),
    # a short quote after the verb's own reported clause is the writer's fragment, and the
    # story the same sentence goes on to tell is still its subject's
    (_OSEI, "most days", None),
    (_OSEI, "put her hand", "Daniel Osei"),
]



def test_an_unsure_cue_does_not_name_the_speaker_it_guessed() -> None:
    """`The library, the MP declared, would be “…”` inside a historian's paragraph is too
    unsure to voice, so `MP` must not become another name of the historian (a reviewer saw it
    listed among his aliases in the script)."""
    text = ("The council voted on Tuesday to close three branches. \"We had no choice,\" "
            "council leader Jo Grady said.\n\nIn his study of the Victorian library movement, "
            "the historian Alan Breward quotes the Liberal MP who opened the Eastfield branch "
            "in 1896. The library, the MP declared, would be \"a university for those who "
            "cannot go to one, and a warm room for those who have none.\" Breward adds that "
            "the speech was long.\n\n\"It ran for three hours and nobody left,\" Breward said.")
    result = run(text)
    breward = next(s for s in result.speakers if s.name == "Alan Breward")
    assert "Breward" in breward.aliases
    assert "MP" not in breward.aliases


_R52_MEASLES = (
    "Among the patients was Mateo, 6, who spent five nights at the hospital after a fever "
    "that his mother, Lucía Herrera, first took for flu.\n\n“By the third day he "
    "couldn’t keep water down,” Herrera said.\n\nHerrera said she had delayed Mateo’s "
    "second dose because of a move. Her younger daughter, Sofía, 2, has since been "
    "vaccinated.\n\n“I’m not anti-vaccine. I just fell behind,” she said.")
_R52_GRACE = (
    "Leanne Brennan watched the neighbours build the ramp. \"He has waited all year,\" she "
    "said.\n\nLeanne Brennan's daughter, Grace, 12, said she had been embarrassed when the "
    "whole street turned up.\n\n\"It was actually quite nice,\" she said.")
_R52_DINER = (
    "Walter Dunne has eaten breakfast at the Bluebird since 1979. \"Maybe I'll just stand "
    "on the sidewalk,\" Dunne said.\n\nGloria Petrakis runs the place with her husband, "
    "Nick. \"We will miss it,\" she said.\n\nThe new owners, Dev Raman and his brother, "
    "plan a bakery. Raman said he had eaten there as a boy.\n\nAt the next stool, a nurse "
    "coming off a night shift at a nearby hospital said the diner had been her reward "
    "for a decade. \"When somebody dies on my shift, I come here,\" she said.\n\n"
    "Asked what he would miss most, Nick Petrakis didn't hesitate.\n\n\"The noise,\" he "
    "said. \"Forty years of people talking with their mouths full.\"")
_R52_REYLAND = (
    "Tomas Reyland, the character actor, died on Monday. He was 88. His agent, Paul "
    "Fenn, confirmed the death. \"He never stopped working,\" Fenn said.\n\nReyland "
    "played dozens of doctors and judges.\n\nAsked in later years whether he regretted "
    "never becoming a leading man, Reyland would shrug. \"Leading men have to be "
    "handsome for a living,\" he said.")
_R52_FESTIVAL = (
    "The novelist Daniel Osei spoke at the festival on Friday with the critic Ruth "
    "Ashdown. \"I wrote it at night,\" Osei said.\n\nAshdown asked about his teaching "
    "years.\n\nAsked by an audience member what advice he would give to new writers, "
    "he didn’t hesitate. “Keep the letters,” he said.")
_R52_LENT = (
    "On the first Sunday of Lent, the Rev. Margaret Ellison stood beneath a basketball hoop."
    "\n\n“We are not a building,” she told the people in plastic chairs.\n\nThe Episcopal "
    "Diocese of Eastern Carolina said in a statement that it had committed $250,000.\n\n"
    "“The people of Grace have shown the wider church what resilience looks like,” the "
    "diocese said.")
_R52_AUDIT = (
    "The authority's current executive director, Thomas Beale, said in a statement Tuesday "
    "that the agency had “completely overhauled” its financial procedures since the arrest. "
    "“Our ratepayers deserve to know that every dollar is accounted for, and today it is,” "
    "the statement said.")
_R52_PORTER = (
    "Judge Anne Porter sentenced Mark Brandt to six years on Friday. \"You were warned,\" "
    "Porter said. \"You chose to keep driving.\"")
_R52_HEAT = (
    "\"The body recovers at night,\" said Dr Hana Lindqvist, an epidemiologist at the University "
    "of Gothenburg and the study's lead author.\n\n\"We saw it on the wards,\" said Professor "
    "Samuel Adeyemi, an obstetrician at a London hospital and a co-author of the paper.\n\n"
    "\"This is not a distant problem,\" the authors wrote.")
_R52_AMUSED = (
    "Priya Raman runs the cycling charity Safe Streets. \"We are not against cars,\" Raman "
    "said.\n\nShe was less amused by the language. \"When a cabinet minister talks about "
    "drivers being lectured off the roads, that gets repeated.\"")
_R52_MEMO = (
    "Judge Anne Harlow sentenced Mark Brandt to six years on Friday.\n\nIn a sentencing "
    "memorandum filed last week, the district attorney's office wrote that Brandt had \"been "
    "warned, by the courts and by his own family, and chose to keep driving.\"")
_R52_MANAGER = (
    "The drummer Theo Banks has played with Nell Garrity for a decade. \"She never stops,\" "
    "Banks said.\n\nGarrity's manager, Dev Chaudhry, who signed her when she had, as he puts "
    "it, \"no label, no booking agent and no Instagram,\" says the new record is her best.")
_R52_STEWARD = (
    "The festival opened on Friday. \"We sold out,\" director Ann Vale said.\n\n\"It's the "
    "best week of the year, and the worst-paid,\" said one steward, laughing, as she handed "
    "out programmes.")
ROUND_52_NEWS = [
    # the he of `as he puts it` is the one its sentence named, not the last who spoke
    (_R52_MANAGER, "no label", "Dev Chaudhry"),
    # a steward is somebody in a report too
    (_R52_STEWARD, "best week", "one steward"),
    # an office a post owns speaks as itself: there is one such office in a story
    (_R52_MEMO, "been warned", "district attorney's office"),
    # `the authors wrote` speaks for the lead author, not the co-author named too
    (_R52_HEAT, "distant problem", "Hana Lindqvist"),
    # a short sentence of attitude about something sets up the next line as hers
    (_R52_AMUSED, "cabinet minister", "Priya Raman"),
    # a woven fragment in the statement's own sentence does not stand between the statement
    # and its words
    (_R52_AUDIT, "Our ratepayers", "Thomas Beale"),
    (_R52_AUDIT, "completely overhauled", None),
    # a surname that is also a trade (`Porter`, `Butler`) is the judge named with it
    (_R52_PORTER, "You were warned", "Anne Porter"),
    # a child named with her age beside the mother who speaks is not the she after
    (_R52_MEASLES, "fell behind", "Lucía Herrera"),
    (_R52_GRACE, "quite nice", "Grace"),  # but a child who says something is
    # `Nick Petrakis didn't hesitate.` and `Reyland would shrug.` are sentences about them
    (_R52_DINER, "The noise", "Nick Petrakis"),
    (_R52_REYLAND, "Leading men", "Tomas Reyland"),
    # the asker after `Asked by` is not who the paragraph is about
    (_R52_FESTIVAL, "Keep the", "Daniel Osei"),
    # a newcomer with two phrases before `said` still speaks
    (_R52_DINER, "dies on my", "a nurse"),
    (_R52_DINER, "Maybe", "Walter Dunne"),
    # `Sunday of Lent` is a time, nobody's name; `the diocese` speaks for the Diocese of…
    (_R52_LENT, "not a building", "Margaret Ellison"),
    (_R52_LENT, "resilience", "Episcopal Diocese of Eastern Carolina"),
]



_R52_WOODS = (
    "Esme ran to the edge of the clearing. \"Wait,\" said Jun. \"Wait for me.\"\n\n"
    "\"Sixpence?\" Esme called. Then louder: \"SIXPENCE!\"\n\n\"He'll come back,\" Jun said."
    "\n\n\"He always does,\" said Esme. \"Always.\"\n\n\"I know,\" said Jun.\n\n"
    "\"Then stop worrying,\" said Esme.")
_R52_RADIO = (
    "The bridge was quiet. Captain Femi Oduya keyed the mic. “Kessler Nine, we hear you,” "
    "she said.\n\nThere was only hiss. Then, so faint that all four of them leaned towards "
    "the speaker, a different voice, a man’s, ragged with static:\n\n“Calloway... this is "
    "Brandt... copy you.”")
_R52_HERON = (
    "Pip stepped onto the flat stone. \"Careful,\" said Ravi. \"It's slippery.\"\n\n\"I know,\" "
    "said Pip.\n\n\"You are standing,\" said the heron, \"on my breakfast.\"\n\n\"Sorry,\" said "
    "Pip.")
ROUND_52_STORIES = [
    # a heron that talks is a character of its own, as a fox or a raven is
    (_R52_HERON, "You are standing", "the heron"),
    (_R52_HERON, "Sorry", "Pip"),
    # `Then louder:` between two lines of a paragraph goes on with the first line's speaker
    (_R52_WOODS, "SIXPENCE", "Esme"),
    (_R52_WOODS, "come back", "Jun"),
    # a voice's owner is named without the voice's ’s
    (_R52_RADIO, "Calloway", "a man"),
]



_R53_AWARD = (
    "The developer, Cresthill Partners, said in a statement that it had \"deep respect for "
    "the old cinema\" and would keep its facade.\n\nIn a statement, the production company "
    "behind \"Extra Time,\" Fellside Films, said it was \"thrilled for Danny\" and described "
    "the award as \"a recognition of one of the most generous performances we have seen.\"")
_R53_STUDIO = (
    "In a statement, the studio behind \"Low Water,\" Harbour Pictures, said the prize was "
    "\"a tribute to a crew that worked through the worst winter in years.\"")
_R53_SAYING = (
    "I drove north in the rain. My father used to say, \"The road does not care how good a "
    "driver you are, Cal.\" I thought about that a lot.")
_R53_TALKS = (
    "The foreign ministers of Moravenia and Kesh agreed on Tuesday to restart talks over the "
    "lake.\n\n\"We came here to stop talking past each other,\" Moravenian Foreign Minister "
    "Ilse Varga told reporters.\n\nHer Keshi counterpart, Darius Hamidi, struck a more "
    "guarded tone. Speaking through an interpreter, he said: \"We will judge the process by "
    "what happens to the water, not in this building.\"")
_R53_MICROBE = (
    "\"We thought the samples were contaminated,\" said Dr. Helena Okafor, a geomicrobiologist "
    "at the University of Bergen and the study's lead author.\n\n\"It changes the models,\" "
    "said Rafael Medina, an oceanographer and a co-author of the paper.\n\nThe paper is "
    "careful. \"Our estimates rest on a limited number of sites and are provisional,\" the "
    "authors write.")
_R53_ANALYST = (
    "Priya Raman, an analyst at Morgan Stanley, said the premium was high.\n\nMark Delaney, "
    "the finance chief, defended it. \"We took a deliberate decision,\" he said.\n\n"
    "Another analyst, who asked not to be named because his bank has advised the company, "
    "was blunter. \"They are buying growth because they cannot find their own,\" he said.")
_R53_PICKET = (
    "Drivers walked out at dawn.\n\nOne driver, who did not want to be named for fear of "
    "disciplinary action, said managers had warned staff that the strike could cost them "
    "overtime. \"They are trying to scare people. It will not work.\"")
_R53_STATEMENT = (
    "The company said its offer was fair.\n\n\"We value our drivers enormously,\" said the "
    "statement, issued by managing director Simon Hale. \"But this offer is the best the "
    "business can afford.\"")
_R53_RALLY = (
    "Ellery closed his speech by recalling a conversation with a machinist in Lorain who, he "
    "said, had told him, \"Don't come back here unless you mean it.\"\n\n\"I mean it,\" "
    "Ellery told the crowd.")
_R53_VISIT = (
    "These days Dad does the crossword with a pencil. Claire lives in Leeds now.\n\nLast "
    "month, when Claire visited, he looked at her for a long while and then said, \"You have "
    "got your mother's way of worrying.\"")
_R53_BOARD = (
    "More than 200 parents packed the hall on Tuesday.\n\nOne mother, who did not give her "
    "name, called the proposal \"a fix for one problem that creates three more.\"")
_R53_NOTE = (
    "My father has started keeping lists. My sister Claire found one in his coat pocket at "
    "Christmas: \"milk, Tuesday, the man about the fence, Claire?\"")
_R53_BOWL = (
    "Then a student of mine, a retired surveyor called Graham Pike, spent an entire term on "
    "one bowl. At the end of it he brought it to me and said, \"I think it is finished, but "
    "I would like you to tell me.\"")
_R53_CORRIGAN = (
    "Niamh Corrigan is doing her 400-metre repeats. “She’s faster now,” her coach said.\n\n"
    "“I’m not a spiteful person,” Corrigan said afterwards.\n\nHer mother, Anne Corrigan, "
    "remembers the phone call. “Niamh rang me from the car park and she wasn’t crying,” Mrs "
    "Corrigan said.\n\n“Everything’s changed,” Corrigan said.")
_R53_ROURKE = (
    "Callum Rourke, the bassist, died on Friday. He joined the band after answering a notice "
    "in a record shop that read, in full, “Drummer wanted. No jazz.” Bandmates remembered a "
    "patient teacher. One, the songwriter Ailsa Munro, recalled him telling her on her first "
    "day: “Anybody can play loud. Come back when you can play quiet.”")
_R53_FINAL = (
    "Brookfield defender Hanna Lindqvist went to ground with Tia Osei in the area.\n\nThen "
    "came the penalty. Osei took a long breath and sent the goalkeeper the wrong way.\n\n"
    "\"I'd be lying if I said I wasn't thinking about last year,\" the Kestrel Vale captain "
    "said.\n\nBrookfield's captain, Lindqvist, cut a dejected figure. \"I went for the "
    "ball,\" she said.")
_R53_STROKE = (
    "When Sarah Whitfield woke on a cold Tuesday unable to lift her right arm, she assumed "
    "she had slept on it.\n\nHer husband, Tom Whitfield, called 999. “I knew straight away,” "
    "he said.\n\nTom now does the shopping. “I read every label,” he said.\n\nHis wife, "
    "sitting beside him at their kitchen table, rolled her eyes. “He’s become a bit of a "
    "bore about it,” she said.")
_R53_FAMILY = (
    "Callum Rourke, the bassist of the Hollow Coast, has died at the age of 71.\n\nHis "
    "death was confirmed by his family, who said in a statement that he had been ill for "
    "two years. “Callum died peacefully with Helen and the children beside him,” the "
    "statement said. “The house is very quiet without him.”")
ROUND_53_NEWS = [
    # a company set off after the title it stands behind is the subject, not a company
    # named a paragraph before
    (_R53_AWARD, "a recognition of", "Fellside Films"),
    (_R53_STUDIO, "a tribute to", "Harbour Pictures"),
    # `used to say`: the one who used to
    (_R53_SAYING, "The road does not", "My father"),
    # a name set off after `Her Keshi counterpart,` is the sentence's subject, the he after
    (_R53_TALKS, "judge the process", "Darius Hamidi"),
    # the lead author called `Dr.` speaks for the paper, not the co-author
    (_R53_MICROBE, "Our estimates", "Helena Okafor"),
    # an unnamed source `was blunter`: the he after is theirs
    (_R53_ANALYST, "buying growth", "Another analyst"),
    # an unnamed source's words go on in the uncued quote after what they said
    (_R53_PICKET, "trying to scare", "One driver"),
    # `said the statement, issued by X`: X's words
    (_R53_STATEMENT, "We value our drivers", "Simon Hale"),
    (_R53_STATEMENT, "But this offer", "Simon Hale"),
    # `a machinist who, he said, had told him, “…”`: the machinist's words, not the teller's
    (_R53_RALLY, "come back here", "a machinist in Lorain"),
    (_R53_RALLY, "I mean it", "Ellery"),
    # `Last month, when Claire visited, he … said`: a time and a clause open the sentence,
    # and Claire is in the clause; the he is no woman
    (_R53_VISIT, "way of worrying", None),
    # `who did not give her name` says why a source is unnamed, as `who asked not to be
    # named` does
    (_R53_BOARD, "a fix for one", "One mother"),
    # what somebody found is read, not said by them
    (_R53_NOTE, "milk, Tuesday", None),
    # `At the end of it he…`: the it of a phrase before the subject is no subject
    (_R53_BOWL, "I think it is finished", "Graham Pike"),
    # `Mrs Corrigan` right after `Her mother, Anne Corrigan,` is the mother, not the daughter
    # the profile names more
    (_R53_CORRIGAN, "car park", "Anne Corrigan"),
    (_R53_CORRIGAN, "spiteful", "Niamh Corrigan"),
    (_R53_CORRIGAN, "Everything", "Niamh Corrigan"),
    # a notice that read, in full, “…”: its words; `recalled him telling her: “…”`: his
    (_R53_ROURKE, "Drummer wanted", None),
    (_R53_ROURKE, "Anybody can play", "Callum Rourke"),
    # `the Kestrel Vale captain` is not the one the report calls Brookfield's captain later
    (_R53_FINAL, "lying if I said", "Tia Osei"),
    (_R53_FINAL, "went for the ball", "Hanna Lindqvist"),
    # `His wife` after `Her husband, Tom Whitfield,`: the woman whose husband he is
    (_R53_STROKE, "bore about it", "Sarah Whitfield"),
    # `confirmed by his family, who said in a statement…` / `“…,” the statement said`: the
    # family's words, not the passive's subject's nor nobody's
    (_R53_FAMILY, "died peacefully", "Rourke family"),
    (_R53_FAMILY, "very quiet", "Rourke family"),
]


_R53_INTERVIEW = (
    "Kettering switched on the recorder. \"Interview commencing eleven-fourteen,\" she said. "
    "\"Present are Detective Inspector Alan Marsh, Detective Sergeant Kettering, and Mr "
    "Darren Lowe.\"\n\n\"Sit down, Darren,\" Marsh said. Lowe looked at the table.\n\n"
    "\"Where were you on Friday?\" Kettering asked.\n\n\"Home,\" Lowe said.\n\n"
    "\"That,\" said the inspector, \"is what we shall see.\"")
_R53_WITNESS = (
    "Mrs Haddow poured the tea. \"I watch the lane,\" she told them. \"I see everything.\""
    "\n\n\"Did you see their faces?\" Kettering asked.\n\n\"Not the big one. The little "
    "one turned round once.\"\n\n\"And then?\"\n\n\"And then they had words. I nearly "
    "rang you.\"\n\n\"Why didn't you?\" Marsh asked.\n\nShe folded her hands in her lap. "
    "\"Because he got up,\" she said.")
_R53_PHONE = (
    "\"Tea?\" said Helen.\n\n\"Please,\" said Ruth.\n\n\"Milk?\"\n\n\"No.\"\n\n"
    "\"Sugar?\"\n\n\"No.\"\n\n\"Suit yourself,\" said Martin.\n\n"
    "Ruth picked up the phone. Helen moved closer.\n\nMartin stayed where he was, one hand "
    "on the fridge door.\n\n\"She's what?\" Ruth listened. \"Right. No, I understand. Did "
    "she say why?\"")
_R53_DRAGON = (
    "Queen Elowen did not rise. Sir Aldric stood at her side.\n\n\"Let me speak to it,\" "
    "said Sir Aldric.\n\n\"You may not,\" said Elowen.\n\n\"Majesty—\"\n\n\"No.\"\n\n"
    "\"Then what?\"\n\n\"We wait,\" said Elowen.\n\nThe dragon's eye filled the "
    "doorway. When it spoke, the candles leaned toward it.\n\n\"Queen of Veldan,\" it said. "
    "\"Your people have been digging again.\"")
_R53_CAT = (
    "\"Where now?\" said Alice.\n\n\"Down,\" said the Dodo.\n\n\"How far?\"\n\n\"Far.\""
    "\n\n\"And then?\"\n\n\"We shall see,\" said the Dodo.\n\nAlice thought of home, where "
    "Dinah was the cat, and missed her.\n\nThe passage turned. \"Oh my ears,\" it said.")
_R53_BASE = (
    "Tenzin led the way up the ridge. Marta had stayed at base camp with the radio.\n\n"
    "The radio on his chest crackled.\n\n\"Tenzin, this is base camp. Over.\"\n\n"
    "He unclipped the handset. \"Base camp, this is Tenzin. I copy. Over.\"\n\n"
    "\"We have the forecast.\" The voice was Marta's, thin and broken by static. \"Winds "
    "forty by three o'clock. Over.\"")
_R53_BRIG = (
    "We were nine days out of Falmouth when the glass began to fall, and I shall not forget "
    "the look on Captain Hezekiah Trask's face as he stood tapping it.\n\n\"Mr. Wyatt,\" "
    "said he, \"you have been to sea before?\"\n\n\"Twice, sir,\" said I.\n\n\"Go and sit "
    "with Mrs. Trask.\"\n\nMrs. Trask was knitting in the cabin.\n\n\"He sent you down, did "
    "he?\" said Mrs. Trask.\n\n\"He did,\" said I.\n\n\"Is she lost, sir?\" said I, when "
    "I found the captain again.\n\n\"She is aground, Mr. Wyatt,\" returned Trask.\n\n"
    "Forward, the mate, a long Scot named Alexander Munro, was bawling at the men.\n\nWe "
    "were all in the boat: the captain, his wife, Munro, the seven hands, and I.\n\n\"A "
    "cat,\" said Munro, \"in a longboat.\"\n\n\"Yes,\" said I.\n\n\"Fine,\" said he.")
_R53_LETTER = (
    "Mr. Ashcombe laid aside his newspaper.\n\n“You may declare it as often as you please,” "
    "said Mrs. Ashcombe, “but Charlotte has had a letter.”\n\n“A letter!” cried he. “From "
    "whom?”\n\n“From Captain Lyle,” said Miss Vane.\n\n“Read it, my love,” said Mrs. "
    "Ashcombe.\n\nMiss Vane drew the letter from her pocket. She was obliged to turn it "
    "twice before she could find the beginning.\n\n“‘My dear Miss Vane,’” she read. “‘I "
    "write in haste.’”")
_R53_OFFICE = (
    "Priya read the email out in her head-office voice. “‘Exciting times ahead. Best, "
    "Glen.’”\n\n“Exciting period,” I said.\n\n“Of transformation,” said Priya.\n\n"
    "Glen came out of his office at six.\n\n“Hannah,” he said. “Still here?”\n\n“I’ve got a "
    "train,” I said.\n\n“Go on, then,” said Glen.\n\n“Sure,” I said.\n\n“Best, Glen,” "
    "said Priya when he had gone.\n\n“Don’t,” I said.\n\n“What?”\n\n“You know what,” I "
    "said.")
_R53_OWL = (
    "\"Where is Pip?\" said Bramble.\n\n\"By the river,\" said Mr Russet.\n\nThey had not "
    "walked far when a voice came down from the oak above them.\n\n\"Hoo. And where might "
    "you two be going?\"\n\nIt was Old Mother Hazel, the owl. She knew everything, or said "
    "she did.\n\n\"Mr Russet is taking me to the river,\" Bramble explained.\n\n\"Does he "
    "now,\" said the owl, turning her head to look at the fox. \"Russet, the river is the "
    "other way.\"\n\nThe fox gave a little cough. \"Did I say river? I meant the log pile.\""
    "\n\n\"Hmm,\" said Mother Hazel. She did not sound as if she thought it a mistake at "
    "all.\n\nShe spread her wide grey wings and dropped down onto a low branch, so that her "
    "face was right next to Bramble's.\n\n\"Listen to me, young Bramble. Glow-worms do not "
    "wander.\"")
_R53_MARROW = (
    "“Who brought the marrow in?” Miss Lake asked.\n\n“I did,” said a thin young man in a "
    "cricket jumper. This was Owen Briggs, who helped his uncle at the garden centre. “About "
    "half nine. It was just gone.”\n\n“Thank you, Owen,” said Miss Lake.\n\n“Gone where?” "
    "said the constable.\n\n“If I knew that,” said Owen, “I’d have it back.”")
ROUND_53_STORIES = [
    # a rank a line gives a character the narration names by surname is theirs
    (_R53_INTERVIEW, "what we shall see", "Marsh"),
    # the she after a question is the one asked, not the woman named last
    (_R53_WITNESS, "Because he got up", "Mrs. Haddow"),
    # a phone call: the one who listens between two of her own lines speaks them
    (_R53_PHONE, "She's what", "Ruth"),
    # a story's `it said` is the creature the narration calls by its kind
    (_R53_DRAGON, "Queen of Veldan", "the dragon"),
    (_R53_CAT, "Oh my ears", None),  # not a creature named only after a verb
    # the radio's caller, and whose voice it was
    (_R53_BASE, "this is Tenzin", "Tenzin"),
    (_R53_BASE, "We have the forecast", "Marta"),
    (_R53_BASE, "Winds forty", "Marta"),
    # `Captain Hezekiah Trask's face as he stood`: a man, so `Mrs. Trask` is somebody else
    (_R53_BRIG, "sea before", "Hezekiah Trask"),
    (_R53_BRIG, "sent you down", "Mrs. Trask"),
    (_R53_BRIG, "aground", "Hezekiah Trask"),
    # `his wife, Munro,` in a list names no wife, and `a long Scot named…` is no Scot
    (_R53_BRIG, "A cat", "Alexander Munro"),
    (_R53_BRIG, "Fine", "Alexander Munro"),
    # a letter read aloud calls its reader by name: not the one named last; since round 66
    # not the reader either (a letter read out is its writer's words, here unsigned)
    (_R53_LETTER, "I write in haste", None),
    # `he allowed;` offers the line before it, as `he assented` does
    (_R53_LETTER + "\n\n“It is more than I had when I married you, my dear,” he allowed; "
     "“but not much.”", "more than I had", "Mr. Ashcombe"),
    # a first-person teller is the name a one-word line calls (`“Hannah,” he said.`), not an
    # email's sign-off (`Best, Glen.`)
    (_R53_OFFICE, "got a train", "Hannah"),
    (_R53_OFFICE, "You know what", "Hannah"),
    # a one-sentence paragraph of the last speaker acting keeps the next line theirs: the
    # owl goes on, the fox does not answer
    (_R53_OWL, "Glow-worms do not", "Hazel"),
    # `said a thin young man… This was Owen Briggs`: one character, named, not two voices
    (_R53_MARROW, "I did", "Owen Briggs"),
    (_R53_MARROW, "About half nine", "Owen Briggs"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_53_NEWS + ROUND_53_STORIES)
def test_round_53(text: str, quote: str, speaker: str | None) -> None:
    """Round 53, from reviews written against 58342d6 (sports and business, diplomacy and
    science, literary and crime fiction, young adults' fantasy and adventure)."""
    assert speaker_of(text, quote) == speaker


_R54_CAMP = (
    "ADRÉ, Chad — Every morning before sunrise, Amna lines up outside a distribution tent.\n\n"
    "The 34-year-old mother of five fled El Geneina in western Sudan last year after armed "
    "men burned her street. She walked for four days to reach the border.\n\n“I thought when "
    "we crossed, the hardest part was over,” she said.\n\nAmna, who asked that her family "
    "name not be used, is one of more than 600,000 refugees in eastern Chad.")
_R54_FESTIVAL = (
    "The festival closed on Sunday with a screening of the winning film.\n\nOutside the Corn "
    "Exchange on Sunday, a retired teacher who had seen fourteen films in five days said she "
    "had never missed a year.\n\n“You come for the films you’ve heard of and leave talking "
    "about one you haven’t,” she said.")
_R54_NOVELIST = (
    "When I spoke to Rosalind Achebe-Hart last week, she said the book began with her "
    "grandmother's ledgers.\n\nAsked why she chose to tell the story through money rather "
    "than through love or war, the usual engines of the family saga, she was emphatic.\n\n"
    "“Because money is where people actually live. You can tell yourself all sorts of stories "
    "about your marriage.”")
_R54_TRIAL = (
    "Darren Whitlock, 34, was jailed for six years at Leeds Crown Court on Friday.\n\nThe jury "
    "heard that Whitlock shouted “You’ve had this coming” before striking the first blow. He "
    "told the victim “Stay down” as he walked away.")
ROUND_54_NEWS = [
    # a place somebody fled is nobody, so the she after it is the woman named before
    (_R54_CAMP, "the hardest part", "Amna"),
    # a vox pop: a newcomer after a fronted phrase of six words, whose `who` clause has no
    # commas, says something, and the she after is hers
    (_R54_FESTIVAL, "films you’ve heard of", "a retired teacher"),
    # `Asked why…, the usual engines of the family saga, she was emphatic.`: the aside says
    # what the question was about; the she is the one asked
    (_R54_NOVELIST, "money is where people", "Rosalind Achebe-Hart"),
    # a named subject's shout is theirs, however short; a he's stays woven
    (_R54_TRIAL, "had this coming", "Darren Whitlock"),
    (_R54_TRIAL, "Stay down", None),
    # a public body's name goes on after `for the` and after `of the …` and `for`
    ("The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said it "
     "was sending a team. “The first 72 hours are critical,” the agency said.", "72 hours",
     "United Nations Office for the Coordination of Humanitarian Affairs"),
    ("The Office of the High Commissioner for Human Rights said: “We are alarmed by the "
     "reports from the border.”", "alarmed", "Office of the High Commissioner for Human Rights"),
    # a title's portfolio after `for` is no part of the name after it (nobody called
    # Refugees Filippo Grandi), before or after the verb
    ("UN High Commissioner for Refugees Filippo Grandi said the camps were full. “We need "
     "help now,” Grandi said.", "help now", "Filippo Grandi"),
    ("“This is unacceptable,” said UN High Commissioner for Refugees Filippo Grandi.",
     "unacceptable", "Filippo Grandi"),
    ("UN High Commissioner for Human Rights Volker Türk said: “We are alarmed.”", "alarmed",
     "Volker Türk"),
]


_R54_CALLS = (
    "The phone rang at three, and Dana Kessler knew it would not be good news. She called the "
    "office. Marcus Webb picked up on the second ring, which meant he had not been asleep "
    "either.\n\n“Tell me you’re still at the building,” she said.\n\n“Still here.” Webb "
    "yawned. “What’s wrong?”\n\n"
    "“Go to my desk. Is the folder there?”\n\nShe heard his chair roll back, footsteps, the "
    "rustle of paper. When he came back on, his voice had changed. “It’s open. Somebody’s "
    "been through it.”\n\n“Don’t touch anything else. Lock the floor.”\n\n“The floor’s "
    "already locked. That’s the point.”\n\nShe was dressed in four minutes. In the car, she put "
    "the phone on speaker and called Director Alan Price at home. He answered the way he "
    "always did, as though he had been waiting for her.\n\n“This had better be a fire,” Price "
    "said.\n\n“It might be.” She told him about the call.\n\n“You’re sure it was a man?”\n\n"
    "“I’m sure it was meant to sound like one.”")
_R54_DOOR = (
    "“Who is it?” called Mrs. Pike.\n\n“Only me,” said Tom.\n\n“Then come in,” said Mrs. "
    "Pike.\n\n“I would rather not,” said Tom.\n\n“Police,” the constable at the door said. "
    "“Open up, please.”")
_R54_WARD = (
    "\"You look flushed, Sister,\" said Matron Agnes Bright.\n\n\"No, Matron. It's warm in "
    "the ward,\" said Ruth Calloway.\n\n\"Sister Calloway,\" said Thomas Hale from his bed. "
    "\"I did tell you I'd come back.\"\n\n\"You said nothing of the kind, Lieutenant.\"\n\n"
    "\"Ah.\" He smiled. \"I may have been lying.\"\n\nMatron Bright watched from the end of the "
    "ward. On the third day she called Ruth into her office and shut the door.\n\n\"He'll be "
    "for Blighty on Thursday,\" Matron said. \"The eye can't be saved.\"\n\n\"Yes, Matron.\"")
_R54_BALL = (
    "“You dance very ill, Lord Vane,” said Eleanor.\n\n“I dance as well as I am able,” said his "
    "lordship.\n\n“We shall be at home tomorrow, Lord Vane,” said her aunt, Lady Margaret "
    "Pembury.\n\n“Then I shall call,” said Lord Vane.\n\nWhen he had gone, Lady Pembury did not "
    "speak for a full minute.\n\n“Well,” she said finally. “I suppose you talked to him about "
    "the Corn Laws.”\n\n“Only a little, Aunt.”")
_R54_FLAT = (
    "“Come here,” said Tom.\n\n“Why?” I said.\n\n“Because,” said Tom.\n\n“Fine,” I said.\n\n"
    "“Good,” said Tom.\n\nDaniel had ended it in our kitchen. “I just think we want different "
    "things,” he’d said, and I’d said, “Like what?”")
ROUND_54_STORIES = [
    # `When he came back on, his voice had changed.`: the he's line, and the turns go on
    # after it
    (_R54_CALLS, "It’s open", "Marcus Webb"),
    (_R54_CALLS, "Don’t touch", "Dana Kessler"),
    (_R54_CALLS, "already locked", "Marcus Webb"),
    # the one who called the new speaker answers them, not the one before the call
    (_R54_CALLS, "It might be", "Dana Kessler"),
    (_R54_CALLS, "sure it was a man", "Alan Price"),
    (_R54_CALLS, "meant to sound like one", "Dana Kessler"),
    # a role heard from somewhere (`the constable at the door said`) speaks
    (_R54_DOOR, "Open up", "the constable"),
    # the one the last speaker called in answers them, not the man of the scene before
    (_R54_WARD, "Yes, Matron", "Ruth Calloway"),
    # `When he had gone,`: he takes no turn after it
    (_R54_BALL, "Only a little", None),
    # the writer's `I’d said,` is a cue of its own after another's `he’d said,`
    (_R54_FLAT, "Like what", None),
    # a line remembered (`he’d said`) takes no turn now, nor a waiter once he’d gone
    (_R54_FLAT + "\n\n“He’s nice,” Priya whispered.\n\n“He’s working.”", "working", None),
    ("“Pasta?” asked Marco.\n\n“Please,” said Priya.\n\n“Two?” asked Marco.\n\n“Two,” "
     "said Priya.\n\n“Wine?” asked Marco.\n\nWhen he’d gone back to the kitchen, Priya "
     "leaned across the table.\n\n“I chose this restaurant,” she said.\n\n“You chose it "
     "because of the pasta.”", "because of the pasta", None),
    # `said his lordship` is the one Lord, `said her ladyship` the one Lady
    ("Lord Vane crossed the room to where Eleanor sat with Lady Pembury.\n\n“You dance very "
     "ill,” said Eleanor.\n\n“I dance as well as I am able,” said his lordship.\n\n“Indeed,” "
     "said Lady Pembury.\n\n“Oh, hush,” said her ladyship.\n\nHis lordship said, “I was told "
     "that you are a great reader.”", "as well as I am able", "Lord Vane"),
    ("Lord Vane crossed the room to where Eleanor sat with Lady Pembury.\n\n“You dance very "
     "ill,” said Eleanor.\n\n“Indeed,” said Lady Pembury.\n\n“Oh, hush,” said her ladyship."
     "\n\nHis lordship said, “I was told that you are a great reader.”", "great reader",
     "Lord Vane"),
    # a story's greeting by title and name opening a paragraph is a line, not a title
    ("“Stand up straight,” said Lady Pembury.\n\n“I am standing,” said Eleanor.\n\n“You are "
     "not,” said Lady Pembury.\n\n“I am,” said Eleanor.\n\n“Lady Pembury.” Lord Vane bowed. "
     "“I hope I find you well.”", "Lady Pembury", "Lord Vane"),
    # a work's maker (`his copy of Blue by Joni Mitchell`) is not in the scene: the she
    # after is the friend
    ("“You came,” said Priya.\n\n“I said I would,” I said.\n\n“You did,” said Priya.\n\n"
     "“Well,” I said.\n\n“It was three days, Nell. I was there.”\n\nShe was there. She had "
     "helped me carry his records down to the car. I had not told her that I still had his "
     "copy of Blue by Joni Mitchell in the back of my wardrobe.\n\n“What are you going to say "
     "back?” she asked.", "say back", "Priya"),
    # `he kept saying` cues the line before it, and the one after goes on
    ("“Come here,” said Tom.\n\n“Why?” said Ann.\n\n“Because,” said Tom.\n\n“Fine,” said "
     "Ann.\n\n“Mind the tin,” Tom kept saying. “Mind the tin, there is a letter in it.”",
     "there is a letter", "Tom"),
    # eyebrows are a body part whose owner a beat shows
    ("“Who keeps the poison?” asked Inspector Pellow.\n\n“The gardener,” said Dunning.\n\n"
     "“Where is he?” asked Pellow.\n\n“In the orchard,” said Dunning.\n\n“Fetch him,” said "
     "Pellow.\n\n“He asked about it in the spring,” said Dunning.\n\nPellow's eyebrows rose "
     "a fraction. “Did he? And what did you tell him?”", "what did you tell him", "Pellow"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_54_NEWS + ROUND_54_STORIES)
def test_round_54(text: str, quote: str, speaker: str | None) -> None:
    """Round 54, from reviews written against 6830cc5 (courts, arts, wire and disaster
    news, historical fiction and romance, war and adventure, comic and school fiction)."""
    assert speaker_of(text, quote) == speaker


def test_a_gendered_role_set_off_before_a_name_with_its_body_tells_the_gender() -> None:
    """`A spokesman for the emergency committee, Bakhtiyor Olimov,`: a man (review 58c: he
    had no gender, and an unknown-gender voice read him)."""
    text = ("A spokesman for the emergency committee, Bakhtiyor Olimov, rejected suggestions "
            "that the response had been slow.\n\n“We are doing everything humanly possible,” "
            "Olimov told reporters.")
    assert {s.name: s.gender for s in run(text).speakers} == {"Bakhtiyor Olimov": "male"}


def test_an_actor_in_brackets_is_no_he_of_the_story() -> None:
    """A film review's `Harold (Martin Hale)`: the actor who plays Harold is not the he of
    Harold's lines (review 56d heard the actor voice the character); the character is."""
    text = ("Ruth (Adaeze Nwosu) drives her estranged father, Harold (Martin Hale), to Utah. "
            "\"I did not ask you to come,\" he tells her.")
    assert speaker_of(text, "ask you to come") != "Martin Hale"
    text = ("Ruth (Adaeze Nwosu) is a nurse. Her father, Harold (Martin Hale), is dying.\n\n"
            "Harold is not especially nice about it. \"I did not ask you to come,\" he tells her.")
    assert speaker_of(text, "ask you to come") == "Harold"


@pytest.mark.parametrize(("text", "quote", "speaker"),
                         ROUND_52_REVIEWS + ROUND_52_NEWS + ROUND_52_STORIES)
def test_round_52(text: str, quote: str, speaker: str | None) -> None:
    """Round 52, from reviews written against 6594f65, 38f69be and 7b93b54 (columns and
    interviews, features and obituaries, courts, health, children's and science fiction,
    arts)."""
    assert speaker_of(text, quote) == speaker


ROUND_55_NEWS = [
    # a definite role that opens its sentence before a `who` aside speaks
    ("Senator Mary Holt spoke on Monday. The senator, who has served since 2009, said, “We "
     "will try again next year with a better bill.”", "try again next year", "Mary Holt"),
    # a definite role said only to be how it answered, before a colon
    ("Castleford manager Marek Novák was less effusive than his opposite number. Asked "
     "whether his side had switched off, the Castleford manager was blunt: “Yes. Completely. "
     "We stopped playing football and started managing the game.”", "Completely",
     "Marek Novák"),
]

_MILLER = (
    "Once there was a miller who had a daughter named Elsa, and a cat who could talk.\n\n“We "
    "have no flour left,” said the miller one morning. “What shall we eat?”\n\n“Send me to "
    "the castle,” said the cat. “I will bring back bread.”\n\n“You?” said Elsa. “You can’t "
    "even open a door.”\n\nSo the cat went to the castle. At the gate stood a guard with a "
    "long spear.\n\n“Halt!” cried the guard. “Who goes there?”\n\n“A cat with business,” "
    "said the cat.\n\n“Cats have no business.”\n\n“This one does.”\n\nWhen the cat came "
    "home that night, it was carrying a loaf almost as big as itself. The miller wept.\n\n"
    "“Bless you,” he said. “Bless you, cat.”")

_CALL = (
    "The phone rang at ten past two. Maggie knew before she picked it up.\n\n“Mrs. Doyle?” "
    "said a woman’s voice. “This is Sister Agnes at St. Vincent’s.”\n\n“Is it Frank?”\n\n"
    "“He’s asking for you. I think you should come now.”\n\nMaggie put the phone down and "
    "stood in the hall in her dressing gown. Her son Liam came out of his room, rubbing his "
    "eyes.\n\n“Mum? What’s going on?”\n\n“It’s your dad. Get dressed.”\n\n“Is he—”\n\n“I "
    "don’t know. Just get dressed.”\n\nIn the car neither of them spoke. Then Liam said, “He "
    "told me last week he wasn’t scared.”\n\n“He wasn’t,” said Maggie. “He never was.”\n\n"
    "Sister Agnes met them at the ward door. “He’s been waiting,” she said quietly.")

_WARREN = (
    "Pip was the smallest rabbit in the warren, and the most curious.\n\n“Stay close "
    "tonight,” said Mother Rabbit. “There’s a storm coming.”\n\n“How do you know?” asked Pip."
    "\n\n“The swallows are flying low.”\n\nPip’s brother Bramble rolled his eyes. “She always "
    "says that.”\n\n“And she’s always right,” said Grandfather Rabbit from his corner.\n\n"
    "“Well?” said Bramble. “Did you see?”\n\n“I saw enough,” said Pip.")

_GARDEN = (
    "Miss Harriet Vane was in the garden when Captain Thorne found her.\n\n“You are out "
    "early, Miss Vane,” said he.\n\n“I am always out early,” said she. “It is the only hour "
    "the house is quiet.”\n\n“Then I am intruding.”\n\n“You are. But you may stay.”\n\n"
    "“Is it true?”\n\nHarriet cut a rose. “It may be,” she said at last.\n\nLady Vane’s voice "
    "came from the terrace. “Harriet! Breakfast!”\n\n“Coming, Aunt!” called Harriet.")

ROUND_55_STORIES = [
    # `Lady Vane’s voice came from the terrace.` hands the line to Lady Vane, who is not
    # Miss Harriet Vane
    (_GARDEN, "Breakfast", "Lady Vane"),
    # `The Captain coloured.`: the story's one Captain, written as a name
    ("Miss Harriet Vane was in the garden when Captain Thorne found her.\n\n“You are out "
     "early, Miss Vane,” said he.\n\n“I am always out early,” said she.\n\n“Then I am "
     "intruding.”\n\n“You are. But you may stay.”\n\n“Is it true?”\n\nHarriet cut a rose. "
     "“It may be,” she said at last.\n\nThe Captain coloured. “And if there were "
     "something?”", "if there were something", "Thorne"),
    # `Grandfather Rabbit` is not `Mother Rabbit`: a family word before one name keeps two
    # people apart, and their labels say which
    (_WARREN, "always right", "Grandfather Rabbit"),
    (_WARREN, "storm coming", "Mother Rabbit"),
    # a family word right before a name in a beat is that name (`Pip’s brother Bramble`)
    (_WARREN, "always says that", "Bramble"),
    # a voice's line is the caller's who names herself, not the one who picked up
    (_CALL, "Mrs. Doyle", "Agnes"),
    (_CALL, "asking for you", "Agnes"),
    # the call is over: the caller takes no turn with the son (a guard: a voice's line given
    # to the caller first handed this one to her)
    (_CALL, "your dad", None),
    # a trade that is a surname names the one a story brings in by it (`a miller`)
    (_MILLER, "no flour left", "the miller"),
    (_MILLER, "Bless you", "the miller"),
    # `the boy` after a carter's line is a character of the story's own, not the carter
    ("The boy walked to the market with three pennies in his pocket. It was cold, and the "
     "square was full.\n\n“Move along,” said a carter. “You’re in the way.”\n\n“Sorry,” the "
     "boy said.\n\nNear the well stood an old woman with a basket of eggs. “Fresh today,” said "
     "the witch, whose name was Mother Grindle. “Two pennies for six.”\n\nThe boy counted his "
     "coins. “I only have three,” he said.\n\nThe Colonel, who had served in three wars and "
     "trusted none of them, said, “We leave at dawn, and nobody turns back.”\n\nHis lordship "
     "bowed. “As you wish, Colonel. I shall have the horses ready.”", "Sorry", "the boy"),
    ("The old soldier looked at the map for a long time.\n\n“Can we make the ford by "
     "night?” asked the captain.\n\n“If the rain holds off,” said the scout.\n\nThe Colonel, "
     "who had served in three wars and trusted none of them, said, “We leave at dawn, and "
     "nobody turns back.”", "We leave at dawn", "Colonel"),
]


ROUND_55_HEARD = [
    # the one heard saying the words, not the one who heard
    ("Tom Reed had been ill for a week. Ruth sat with him all night. At dawn she heard him "
     "whisper to the nurse, “Let her sleep.”", "Let her sleep", "Tom Reed"),
    ("Tom was asleep at last. Later Ruth Kemp heard her mother mutter, “Not again.”",
     "Not again", "her mother"),
    ("Margaret Hale kept a diary for forty years. At the funeral I heard Edwin Hale murmur, "
     "“She was always the strong one.”", "strong one", "Edwin Hale"),
    # `By his own account, “…”`, `By Ruth’s account, “…”`
    ("Edwin Hale remembered it differently. By his own account, “We were never cold, because "
     "Mother would not allow it.”", "never cold", "Edwin Hale"),
    ("Edwin Hale remembered it differently. Ruth Kemp disagreed. By Ruth’s account, “We froze "
     "every night of that winter.”", "We froze", "Ruth Kemp"),
]

_POSTCARD = (
    "“Post’s here,” said Gemma, dropping a bundle on the table.\n\n“Anything for me?” asked "
    "her brother.\n\n“Bills,” said Gemma. “And this.” She held up a postcard of Blackpool "
    "Tower.\n\n“Who’s that from?” said Sean.\n\n“Aunt Rose.” Gemma turned it over. “Having a "
    "lovely time, weather terrible.”\n\nSean laughed. “Again?”\n\n“Again,” said Gemma.\n\nHer "
    "phone buzzed. It was a text from Marcus Webb: “Are we still on for tonight? Let me know "
    "by six.”\n\n“Is that him?” said Sean.\n\n“Mind your business,” said Gemma.")

_DRIVE = (
    "We left at six, before the traffic. Jess drove the first leg because I can’t see well in "
    "the dark.\n\n“You’ve packed the map?” she said.\n\n“Nobody uses maps,” I said.\n\n“I "
    "do.”\n\n“Then it’s in the boot.”\n\nShe laughed. We drove for an hour without talking. "
    "At Carlisle she pulled into a services and bought two coffees.\n\n“Well?” she said, "
    "handing me one.\n\n“Well what?”\n\n“Are you going to tell Dad or not?”\n\n“I don’t know "
    "yet,” I said.\n\n“You have to, Em. He’s going to find out anyway.”\n\n“I know.”\n\nA man "
    "at the next table was pretending not to listen. Jess glared at him until he turned the "
    "page.\n\n“Come on,” she said. “Your turn to drive.”")

_FATHER = (
    "My father was not a talker. In the forty years I knew him he gave me perhaps three "
    "pieces of advice, and I remember every one.\n\nThe first came when I was nine and had "
    "been caught stealing sweets from the shop on the corner. He did not shout. He drove me "
    "back to the shop and stood beside me while I paid. In the car afterwards he said only, "
    "“A man pays for what he takes.”\n\nThe second came on my wedding day. My mother was "
    "fussing with my tie, and he waited until she had gone. “Be kind to her,” he said. “Even "
    "when you’re right.”\n\nThe third piece of advice he gave me in hospital. I had asked "
    "him whether he was frightened.\n\n“Of what?” he said.\n\n“Of dying, Dad.”\n\nHe "
    "thought about it. “No. I’m frightened of your mother being on her own.”")

ROUND_55_TELLERS = [
    # the teller's father, named only as `My father` paragraphs before, is the he
    (_FATHER, "pays for what he takes", "My father"),
    (_FATHER, "Be kind to her", "My father"),
    # a call right after the teller's `I said` names the teller: the turns go on
    (_DRIVE, "tell Dad or not", "Jess"),
    (_DRIVE, "find out anyway", "Jess"),
    # two `I said` cues make a teller nobody names take turns
    (_DRIVE.replace("You have to, Em.", "You have to."), "tell Dad or not", "Jess"),
    (_DRIVE.replace("You have to, Em.", "You have to."), "find out anyway", "Jess"),
]

ROUND_55_LETTERS = [
    # a voicemail brought in with its sender in the sentence before
    ("Nell reached the bakery at eight. The door was locked.\n\n“That’s not like Hugh,” said "
     "Nell.\n\n“No,” said Mrs. Pike. “Not like him at all.”\n\nNell took out her phone. There "
     "was a voicemail from Hugh Tanner, left at six that morning. “Nell, it’s me. Don’t worry "
     "about the shop.”\n\n“Well?” said Mrs. Pike.\n\n“He says not to worry,” said Nell.",
     "Don’t worry about the shop", "Hugh Tanner"),
    # the note read out is the last one brought in, a constituent's: not the governor's (a
    # guard: the first rule_letter gave it to him)
    ("Separately, a letter from Gov. Dan Whitfield to the agency struck a different tone.\n\n"
     "Torres’s office released a copy of a note from a constituent in Albuquerque. “My son got "
     "sick from our tap water,” the note said.", "My son got sick", None),
    # a report's letter from a titled sender, read out with `it read`
    ("The EPA said in a statement that it had received the letter and would respond.\n\n"
     "Separately, a letter from Gov. Dan Whitfield to the agency, obtained by The Associated "
     "Press, struck a different tone. “Ohio has led the nation in water quality "
     "improvements,” it read.", "Ohio has led", "Dan Whitfield"),
    # a text brought in with its sender right before the colon
    (_POSTCARD, "still on for tonight", "Marcus Webb"),
    # a story's line that names an aunt answers the question before it
    (_POSTCARD, "Aunt Rose", "Gemma"),
    # a card the sentence before says is from somebody, read out with `it said`
    ("The flowers arrived on Tuesday. Tucked among the lilies was a card from Henry Blake, the "
     "neighbour she had not spoken to in ten years.\n\n“Thinking of you at this hard time,” it "
     "said. “If you need anything at all, I am just across the road.”\n\nEllen read it twice "
     "and then sat down.", "just across the road", "Henry Blake"),
    # `the note said` after the one who left it
    ("Dr. Anita Rao left a note on the fridge before her shift. “Back at nine. Feed the dog "
     "and do not let your brother near the car keys,” the note said.\n\nHer son Leo found it "
     "at noon.", "Feed the dog", "Anita Rao"),
    # `It read:` and a letter signed with a name; the sister's hand is no writer's name
    ("Martha came home late. There was an envelope on the mat, addressed in her sister's "
     "looping hand.\n\nShe opened it at the kitchen table. It read: “Dear Martha, I am sorry "
     "for everything I said at the funeral. Please come and see me before the summer ends. "
     "Your loving sister, Joan.”\n\nMartha put it down. “Well,” she said to the cat. “What do "
     "you make of that?”", "sorry for everything", "Joan"),
    # a letter of three paragraphs after `It began:` at the end of the paragraph before
    ("The envelope had been in the drawer for thirty years. Lena knew the handwriting at "
     "once. The letter was from her grandmother, Ida Weiss. It began:\n\n“My dear girl, by "
     "the time you read this I will be gone, and the house will be yours.\n\n“Do not sell "
     "the piano. Your mother never played it, but you will.\n\n“Your Oma, Ida.”\n\nLena "
     "folded it again. “She knew,” she whispered. “She always knew.”", "sell the piano",
     "Ida Weiss"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"),
                         ROUND_55_NEWS + ROUND_55_STORIES + ROUND_55_LETTERS + ROUND_55_HEARD
                         + ROUND_55_TELLERS)
def test_round_55(text: str, quote: str, speaker: str | None) -> None:
    """Round 55, from texts the developer wrote while working (letters and notes, a phone
    call, a memoir, a fable, a warren, a garden proposal; no review came back) and
    left-overs of round 54."""
    assert speaker_of(text, quote) == speaker


# --------------------------------------------------------------------------------------------
# Round 56
# --------------------------------------------------------------------------------------------

_R56_WARD = (
    "The ward smelled of bleach and boiled carrots. I found Grandad propped up on four"
    " pillows, the racing pages folded on his knee.\n\n“You took your time,” he"
    " said.\n\n“I’m early. Visiting starts at three.”\n\n“Then the clock’s wrong.”\n\nI set"
    " down the bag of things he had asked for: his glasses, a radio, a tin of the toffees"
    " he was not supposed to have. He went straight for the toffees.\n\n“How are you"
    " feeling?” I said.\n\n“Like a pincushion. Six students, one after another. Polite"
    " lads, mind.”\n\nA nurse came by with a trolley of small paper cups. Her name badge"
    " said ADAEZE. She checked the band on Grandad’s wrist and handed him two"
    " tablets.\n\n“These with water, Mr Pryce, not with toffee.”\n\nGrandad looked at the"
    " toffee in his hand. “No idea how that got there.”\n\n“Mm-hm.” She turned to me."
    " “You’re the granddaughter?”\n\n“One of them. The nearest one.”\n\nShe nodded and"
    " wheeled the trolley on. When she had gone, Grandad picked up the racing pages again."
    " Gran used to say, “If you read the form as hard as you read that paper, we’d be"
    " rich.”\n\nMy phone buzzed. Owen. I went out to the corridor, where a man in a"
    " dressing gown was pushing a drip stand.\n\n“How is he?” Owen said.\n\n“Reading the"
    " racing pages.”\n\n“That’s good, isn’t it?”\n\n“He’d read the racing pages on a"
    " sinking ship.”\n\n“Tell him I’ll come at the weekend.”\n\n“I’ll tell him.”\n\nWhen I"
    " went back in, Grandad had circled three horses.\n\n“That was Owen,” I said.\n\n“I"
    " heard.”\n\n“He’s coming at the weekend.”\n\n“Well,” said Grandad. He circled a fourth"
    " horse. “We’ll see.”\n\nI stayed until the bell. At the door I looked back, and he"
    " raised the pen at me like a man bidding at an auction.\n\n“Mind how you go,” he"
    " said.\n\n“I will,” I said.")
_R56_STALL = (
    "Dev ran the fruit stall on Saturdays and I helped him when I was off work.\n\n“You’re"
    " late,” he said.\n\n“I’m on time. You’re early.”\n\n“Same thing.” He threw me an"
    " apron. “Apples at the front today.”\n\n“Why the front?” I said.\n\n“Because they’re"
    " cheap. Bargains, offers, that kind of thing. People stop for a bargain.”\n\n“And the"
    " strawberries?”\n\n“Back. They sell themselves.”\n\nA woman in a green coat bought a"
    " punnet of strawberries and a bag of apples and paid in coins.\n\n“See?” Dev"
    " said.\n\n“I see,” I said.")
ROUND_56_TELLERS = [
    # an unnamed nurse brought in (`A nurse came by… Her name badge said…`) is the `She` of a
    # beat: her lines, too unsure to voice, are no turn of the grandfather's or the teller's
    (_R56_WARD, "The nearest one", None),
    # `Gran used to say, “…”` is remembered: Owen, on the phone, talks to the teller, whose
    # lines the narrator reads
    (_R56_WARD, "Reading the racing", None),
    (_R56_WARD, "That’s good", "Owen"),
    (_R56_WARD, "I’ll come at the weekend", "Owen"),
    # `“That was Owen,” I said.` speaks of Owen: the answer is not his
    (_R56_WARD, "I heard", None),
    (_R56_WARD, "Mind how you go", "Grandad"),
    # `Bargains, offers, that kind of thing.` is no call of the teller's name
    (_R56_STALL, "Why the front", None),
    (_R56_STALL, "And the strawberries", None),
    (_R56_STALL, "They sell themselves", "Dev"),
]

_R56_PARTY = (
    "Nadia had planned it for a month. Sam had done nothing, which was usual.\n\n“Did you"
    " book the room?”\n\n“The Crown. The back room.”\n\n“And the cake?”\n\n“You’re getting"
    " the cake.”\n\n“Am I?”\n\n“You are now.”\n\nOn Friday the back room of the Crown was"
    " full. Their mother walked in at eight, saw thirty people turn round, and put both"
    " hands over her mouth.\n\n“I knew it,” she said. “Your father cannot keep a"
    " secret.”\n\n“I kept it for a month,” her husband said. “That is a record.”\n\nSam"
    " carried in the cake. His father had been a baker once, and he looked at it"
    " hard.\n\n“Shop-bought,” he said.")
_R56_STUDIO = (
    "Lena Ortiz recorded the new songs in a barn outside Galway.\n\nThe producer of the new"
    " album, Tomas Reilly, first heard her on a demo a friend passed on. “I was driving,”"
    " he recalled. “I had to pull over.”\n\nIn the barn the drummer counted in for the"
    " ninth time. Lena Ortiz laughed; Reilly scribbled in a notebook and, without looking"
    " up, said, “Nine. Again.”\n\nHer grandmother, Maeve, had kept a diary of the war"
    " years. “Rain again, and no post,” Maeve had written on the first page.")
ROUND_56_FAMILY = [
    # `Their mother walked in… and put both hands over her mouth.` / `“…,” she said`: the
    # mother (not Nadia, the woman named last), and `her husband said` is hers, a person of
    # his own; `His father had been a baker once` is background, and the he is Sam
    (_R56_PARTY, "I knew it", "their mother"),
    (_R56_PARTY, "cannot keep a secret", "their mother"),
    (_R56_PARTY, "kept it for a month", "her husband"),
    (_R56_PARTY, "Shop-bought", "Sam"),
]
_R56_RECORDS = (
    "The flat was nearly empty by noon. Neil carried the last crate in from the landing and"
    " set it down by the window.\n\n“Where do you want the records, Mum?”\n\n“By the"
    " window. Where I can reach them.”\n\nHe knelt and began taking them out of the crate:"
    " Nat King Cole, Peggy Lee, the Perry Como Christmas album with the corner chewed by a"
    " dog long gone. On the top was a single in a faded sleeve.\n\n“He bought it the week"
    " we met,” she said. “He couldn’t dance. Not one step.”\n\nThe neighbours came up at"
    " six with a bottle.\n\n“Thank you all for coming,” said Neil. Chairs scraped. Glasses"
    " lifted. “To the new flat.”")
ROUND_56_FAMILY += [
    # `Nat King Cole, Peggy Lee, the Perry Como Christmas album` is a list of records: no
    # she of the scene (the line was Peggy Lee's)
    (_R56_RECORDS, "the week we met", None),
    # `Chairs scraped. Glasses lifted.` is nobody's beat
    (_R56_RECORDS, "To the new flat", None),
]
ROUND_56_NEWS = [
    # `The producer of the new album, Tomas Reilly,` is a person, not the album's title
    (_R56_STUDIO, "I was driving", "Tomas Reilly"),
    # after a semicolon the last clause's subject says it
    (_R56_STUDIO, "Nine", "Tomas Reilly"),
    # `had written` is a cue
    (_R56_STUDIO, "Rain again", "Maeve"),
]

_R56_MANOR = (
    "Inspector Hale stood by the desk while Sergeant Moss searched the"
    " drawers.\n\n“Nothing,” said Moss.\n\n“Keep looking.”\n\nA woman came down the stairs,"
    " grey-haired and very straight. Lady Ashby. Hale went to her at once.\n\n“Lady Ashby."
    " You should not be in here.”\n\n“It is my house,” said the widow. “I go where I please"
    " in it.”\n\nThe butler looked at his hands. “Shall I bring tea, my lady?”\n\n“Bring it"
    " to the library.”\n\nTwo sisters lived in the lodge. Miss Jane, the elder, was tall"
    " and thin. Miss Kitty, the younger, was small and kept smiling.\n\n“We heard nothing,”"
    " said the elder sister.\n\n“I heard a car,” said Miss Kitty.")
_R56_FIRE = (
    "A barn near Ashby burned down overnight.\n\nStation manager Colin Reeve of Ashby Fire"
    " and Rescue said crews had arrived at three. “The roof was already gone,” he said. “We"
    " stopped it reaching the house.”")
_R56_DESK = (
    "I waited in the lobby until the night porter came over. He was a thin man with a tired"
    " face.\n\n“Can I help you, madam?”\n\n“I hope so. Is Miss Vale still up?”\n\nClara"
    " Vale came down the stairs in a dressing gown. She saw us and stopped.\n\n“I was"
    " looking for my book,” she said. “Gil lets me read in the office.”\n\nThe porter"
    " looked at his shoes. “It is against the rules, miss.”\n\nShe hesitated. “Mr. Orme"
    " went out last night,” she said. “He had his coat on.”")
ROUND_56_MYSTERY = [
    # `“Lady Ashby. You should not…”` calls her (a title before a surname): Hale's line
    (_R56_MANOR, "should not be in here", "Hale"),
    # `said the widow` that nobody holds is the one woman named in the scene but the one who
    # spoke the line before, not a character of her own
    (_R56_MANOR, "It is my house", "Lady Ashby"),
    (_R56_MANOR, "Bring it to the library", "Lady Ashby"),
    # `Miss Jane, the elder,` is `the elder sister`
    (_R56_MANOR, "We heard nothing", "Miss Jane"),
    (_R56_MANOR, "I heard a car", "Miss Kitty"),
    # `The porter looked at his shoes.` is a man: no `she said` of his
    (_R56_DESK, "went out last night", "Clara Vale"),
    (_R56_DESK, "against the rules", "The porter"),
]
_R56_ROOMS = (
    "Mrs. Pike, our landlady, put her head round the door. “There is a young lady"
    " downstairs asking for Mr. Vane. She has been crying.”\n\n“Show her up, Mrs."
    " Pike.”\n\nThe young woman who came in was perhaps twenty, with a wet umbrella she did"
    " not know what to do with. I took it from her and she sat where Vane pointed.\n\n“My"
    " name is Alice Hope,” she said. “My brother went to Leeds on Friday and has not come"
    " home.”\n\n“When did you last see him?” said Vane.\n\n“Friday morning, at the"
    " station.”\n\nA woman in black stood in the doorway. Lady Stroud. Vane rose at"
    " once.\n\n“Lady Stroud. You should not have come out in this rain.”\n\n“I go where I"
    " please,” said the widow. “Can you find my nephew or not?”\n\n“Can I ask you one or"
    " two things first?”\n\nLady Stroud nodded.\n\n“Did your nephew know Miss Hope’s"
    " brother?”\n\n“They were at school together.”\n\nThe widow sat down. “Find them both,"
    " Mr. Vane.”")
ROUND_56_MYSTERY += [
    # `“My name is Alice Hope,” she said.` is Alice Hope's, not the he or she taken for
    # somebody else (the detective)
    (_R56_ROOMS, "My name is Alice Hope", "Alice Hope"),
    (_R56_ROOMS, "went to Leeds", "Alice Hope"),
    (_R56_ROOMS, "at the station", "Alice Hope"),
    # `Lady Stroud nodded.` answers without words: the one who asked goes on
    (_R56_ROOMS, "Did your nephew know", "Vane"),
    (_R56_ROOMS, "at school together", "Lady Stroud"),
    # `The widow sat down.` is the woman `said the widow` meant before
    (_R56_ROOMS, "Find them both", "Lady Stroud"),
]
_R56_PUB = (
    "Detective Inspector Grace Mensah sat at the bar. Her sergeant, Paul Dwyer, stayed by"
    " the door. The landlord, Vic Lowe, polished a glass he had already polished.\n\n“We"
    " came about Sunday night,” said Mensah.\n\n“I told the constable everything.”\n\n“Tell"
    " me.”\n\nLowe put the glass down. “He came in at nine. He left at ten. That’s"
    " all.”\n\n“Could it have been his brother?”\n\n“Could be. Hood was up. I’m not putting"
    " a lad in the frame for a hood.”\n\n“Nobody asked you to,” said Dwyer.\n\n“Then"
    " don’t.”\n\n“Nobody’s blaming anybody, Mr. Lowe.” The inspector turned the photograph"
    " round. “Is this him?”\n\n“That’s him.”\n\nOutside, the sergeant lit a cigarette and"
    " looked back at the pub.\n\n“He’s lying,” he said.")
ROUND_56_MYSTERY += [
    # `The inspector turned the photograph round.` is the one inspector named, surely enough
    # to voice the line before it (the turns gave it to the sergeant)
    (_R56_PUB, "Nobody’s blaming anybody", "Grace Mensah"),
    (_R56_PUB, "Is this him", "Grace Mensah"),
    # `Outside, the sergeant lit a cigarette` is Dwyer as the subject (a guard: the he)
    (_R56_PUB, "He’s lying", "Paul Dwyer"),
]
ROUND_56_NEWS += [
    # `World Athletics president Sebastian Coe, speaking…, refused… but said`: Coe, not the
    # body whose name only qualifies him
    ("A runner was banned on Monday.\n\nWorld Athletics president Sebastian Coe, speaking "
     "at a conference in Monaco, refused to discuss the case but said the system was “doing "
     "exactly what it was set up to do”.", "doing exactly what", "Sebastian Coe"),
    # `Hers was a poster board…` names no Hers
    ("Every pupil made a project for the fair. Hers was a poster board covered in stamps: "
     "“POSTCARDS FROM GRANDMA (AND SOME FROM GRANDPA).”\n\nShe won a ribbon.", "POSTCARDS",
     None),
    # `answered by forty people, most of them saying, “…”`: a crowd's, not the custodian's
    ("By noon there were two hundred replies. A caretaker at Hill Street School wrote, "
     "“PLEASE STOP REPLYING TO EVERYONE,” and was answered at once by thirty people, most of "
     "them saying, “Stop replying to everyone.”\n\nThe list was shut down at one.",
     "Stop replying to everyone", None),
]
ROUND_56_NEWS += [
    # `of Ashby Fire and Rescue said` names no Rescue
    (_R56_FIRE, "already gone", "Colin Reeve"),
]

_R56_BENCH = (
    "The first case is a 22-year-old, Dean Price, charged with criminal damage to a bus"
    " shelter. He pleads guilty. His solicitor, Amal Haddad, says he had been drinking"
    " after a funeral and “made a very stupid decision on a very bad night.”\n\nThe chair"
    " of the bench, Mrs Jean Cole, looks at him over her glasses. “Is that so, Mr"
    " Price?”\n\n“Yes, madam.”\n\n“Will you pay for the glass?”\n\n“I will, madam.”")
_R56_BRIEFING = (
    "Police found 80 kilograms of cocaine hidden in a shipment of tiles at the port on"
    " Tuesday.\n\nDetective Inspector Rhona Baird said the drugs were worth about £6"
    " million. “This is a very large seizure,” she said.\n\nBorder officer Tom Keel said a"
    " scan had shown something wrong with the pallets. “The weights did not add up,” he"
    " said.\n\nReporters pressed Inspector Baird on whether more arrests would"
    " follow.\n\n“Are these men the organisers?”\n\n“I do not believe so. They were paid to"
    " collect it.”")
_R56_COUNCIL = (
    "The council voted on Thursday to close two libraries.\n\n“You will save ninety"
    " thousand pounds this year,” Cllr Ann Rees told the council leader, Cllr Mark Dunn,"
    " across a chamber packed with parents, pensioners and the library staff who had come"
    " to watch their jobs go. “And you will spend it twice over next year, on the young"
    " people who have nowhere warm to go after school and on the older people who came in"
    " every day to read the papers.”\n\n“The member opposite is welcome to say where the"
    " money should come from,” Cllr Dunn replied.\n\n“I have. It is in our amendment. You"
    " voted it down an hour ago.”\n\nThe budget passed by 31 votes to 22.")
ROUND_56_EXCHANGES = [
    # `“Is that so, Mr Price?”` is answered by Mr Price, not by his solicitor, whose words
    # the narration wove in before; the turns go on between the two
    (_R56_BENCH, "Yes, madam", "Dean Price"),
    (_R56_BENCH, "I will, madam", "Dean Price"),
    # `Reporters pressed Inspector Baird on whether…`: the question is theirs, the answer hers
    (_R56_BRIEFING, "Are these men", "Reporters"),
    (_R56_BRIEFING, "I do not believe so", "Rhona Baird"),
    # after `“…,” Cllr Dunn replied.` the next bare paragraph is no more of his
    (_R56_COUNCIL, "It is in our amendment", None),
    # but words woven into a reply go on in the next paragraph (a guard: PolNeAR train)
    ("Senator Vance attacked the governor over the bailout on Monday.\n\nGovernor Ruth "
     "Calder shot back in a statement, saying she had “saved forty thousand jobs in a single "
     "week.”\n\n“Frankly, the senator should try reading the numbers before he talks about "
     "them.”", "Frankly, the senator", "Ruth Calder"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"),
                         ROUND_56_TELLERS + ROUND_56_FAMILY + ROUND_56_NEWS + ROUND_56_MYSTERY
                         + ROUND_56_EXCHANGES)
def test_round_56(text: str, quote: str, speaker: str | None) -> None:
    """Round 56, from texts the developer wrote after the round-55 reviews (a hospital
    visit, a market stall)."""
    assert speaker_of(text, quote) == speaker


_R57_MOOT = (
    "The Spring Moot\n\nThe animals of Larch Hollow met under the oak. Old Thistle the otter sat"
    " on a flat stone, as he had for years. Beside him sat Bramwell the toad, who had come a long"
    " way and said so.\n\n“First,” said Thistle, “the matter of the dam.”\n\n“The dam is mine,”"
    " said the toad. “My grandfather built it.”\n\n“Built it badly,” said Thistle.\n\n“Built it"
    " well enough,” said Bramwell.\n\nThe otter rubbed his whiskers. “Your grandfather built"
    " half of it.”\n\n“Half is plenty,” said Bramwell.\n\n“Then we share,” said Thistle.")
_R57_REEDS = (
    "The Reed Race\n\nPip the hedgehog pulled her cloak tight and looked at the water.\n\n“I can"
    " swim it,” said Pip.\n\n“You can't,” said her brother Tod. “Nobody can.”\n\n“Watch me,”"
    " said Pip.\n\n“I won't,” said Tod.\n\nPip did not answer. The reeds hissed in the wind."
    "\n\nIt was the old heron, in fact, who settled it. She stepped out of the shallows on her"
    " long grey legs.\n\n“Nobody swims it,” she said. “You go round by the bridge.”\n\n“Thank"
    " you,” said Pip.\n\nThe old heron was the judge at the fair that evening. She looked at"
    " every boat in turn.\n\n“The prize,” she said, “goes to the smallest.”")
_R57_TOR = (
    "The Giant of Harrow Tor\n\nWhen the giant woke on Harrow Tor, the Queen sent for her bravest"
    " captain. Only Dame Ysolde came.\n\n“You will go to the Tor,” Her Majesty commanded, “and"
    " you will send him back to sleep.”\n\n“Alone, Majesty?”\n\n“Alone,” said the Queen.\n\n"
    "“Then I shall need a long lullaby,” said Dame Ysolde.\n\n“Take the harp,” said the"
    " Queen.\n\n“I cannot play the harp,” said Ysolde.\n\n“Learn,” said the Queen.")
ROUND_57_KINDS = [
    # `Her Majesty commanded` is the queen's cue (`commanded` a speech verb; `Majesty` no
    # name), not the beat of the one who came before
    (_R57_TOR, "You will go to the Tor", "the Queen"),
    # `Harrow Tor` is a place, no one to take a turn
    (_R57_TOR, "Alone, Majesty", "Dame Ysolde"),
    # `Bramwell the toad` gives him the kind: `said the toad` is his voice, not a second one,
    # and `The otter rubbed his whiskers.` is Thistle's beat
    (_R57_MOOT, "The dam is mine", "Bramwell"),
    (_R57_MOOT, "Your grandfather built", "Thistle"),
    # `It was the old heron… who settled it. She stepped out…`: the she is the heron, nobody
    # named, not Pip; so after `The old heron was the judge… She looked…`
    (_R57_REEDS, "Nobody swims it", None),
    (_R57_REEDS, "The prize", None),
    (_R57_REEDS, "goes to the smallest", None),
    # a guard: the hedgehog's own lines stay hers
    (_R57_REEDS, "I can swim it", "Pip"),
]

_R57_FAIR = (
    "The Science Fair\n\nOwen Castell had been dreading the science fair for a month. His mother"
    " drove, and his father held the volcano on his knees the whole way.\n\n“Careful,” Mrs."
    " Castell said. “Mind the corners.”\n\n“I am minding them,” said Owen.\n\n“Mind them"
    " more,” said Mr. Castell.\n\n“Yes, Dad,” said Owen.\n\nThe hall was full. A judge with"
    " a clipboard stopped at their table.\n\n“And what have we here?” said the judge.\n\n“A"
    " volcano,” said Owen.\n\n“It erupts at four,” said Mrs. Castell.")
_R57_LAWN = (
    "The Lawn\n\nRuth Ellery had lived on Mill Lane for forty years, and her mother before"
    " her.\n\n“Not again,” Mrs. Ellery said when the mower stopped.\n\n“It's the plug,” said"
    " Tom, who lived next door.\n\n“It's always the plug,” said Ruth.\n\n“Then change it,”"
    " said Tom.\n\n“You change it,” said Ruth.\n\n“Fine,” said Tom.")
ROUND_57_FAMILY = [
    # `Owen Castell… His mother drove, and his father held…`: the boy's `Mr. Castell` is his
    # father, a voice of his own, not Owen
    (_R57_FAIR, "Mind them more", "Mr. Castell"),
    (_R57_FAIR, "I am minding them", "Owen Castell"),
    # a guard: `her mother before her` brings in nobody: `Mrs. Ellery` is Ruth herself
    (_R57_LAWN, "Not again", "Ruth Ellery"),
]

_R57_PORTER = (
    "The Night Porter\n\nThe Grand had seen better decades. I went in out of the rain. The porter"
    " was a thin man called Ambrose Kell, and he looked at me the way you look at a bill.\n\n"
    "“We're full,” he said.\n\n“I'm not staying,” said I.\n\n“Then what?” said Kell.\n\n"
    "“A woman checked in on Friday,” said I. “Red coat.”\n\n“Lots of red coats,” said Kell.\n\n"
    "The porter wiped the desk. “Room nine,” he said at last.\n\n“Thank you,” said I.")
ROUND_57_ROLES = [
    # `The porter was a thin man called Ambrose Kell`: the porter is Kell, one voice
    (_R57_PORTER, "We're full", "Ambrose Kell"),
    (_R57_PORTER, "Room nine", "Ambrose Kell"),
]

_R57_GATE = (
    "The Gate\n\n“Where were you last night?” said Inspector Hale.\n\n“Asleep,” said Piers.\n\n"
    "“All night?” said Hale.\n\n“All night,” said Piers.\n\n“Nobody saw you,” said Hale.\n\nHis"
    " brother Tomas was leaning on the gate with his cap pulled low. He said, without looking"
    " up, “You went out at two. I heard the door.”\n\nPiers went white.")
ROUND_57_FAMILY += [
    # `His brother Tomas was leaning on the gate… He said`: Tomas, not a `his brother` of his
    # own (one person, two voices)
    (_R57_GATE, "You went out at two", "Tomas"),
]
_R57_DETENTION = (
    "Detention\n\nMs. Pike kept us until four. “You may go,” she said at last. “Walk, don't"
    " run.”\n\n“Yes, miss,” said Theo.\n\n“Yes, miss,” said I.\n\n“And Theo,” said Ms. Pike,"
    " “tuck your shirt in.”\n\n“Yes, miss,” said Theo again.\n\nMy aunt picked me up at"
    " the gate. She didn't speak until we reached the bridge, and then she said, very"
    " quietly, “Detention.”\n\n“It wasn't my fault.”\n\n“It never is,” she said.")
ROUND_57_FAMILY += [
    # `My aunt picked me up… She didn't speak…, and then she said`: the teller's aunt, though
    # the first `She` was taken for Ms. Pike, the woman named last
    (_R57_DETENTION, "Detention", "My aunt"),
    (_R57_DETENTION, "It never is", "My aunt"),
]

_R57_BORDER = (
    "Farmers block border road\n\nHundreds of farmers blocked the road to the Kessel crossing on"
    " Monday in protest at new import rules.\n\nTransport minister Karl Brenner said the road"
    " would be cleared by the evening. “We will not allow a border to be closed by tractors,”"
    " he told reporters.\n\nAt the barrier, a group of farmers argued with a police officer"
    " for several minutes.\n\nThe officer, who would not give his name, shrugged. “I have my"
    " orders,” he said. “Move the tractors.”\n\nThe protest ended peacefully at dusk.")
ROUND_57_NEWS = [
    # `The officer, who would not give his name, shrugged. “…,” he said`: nobody named, not
    # the minister named before
    (_R57_BORDER, "I have my orders", None),
    (_R57_BORDER, "Move the tractors", None),
    (_R57_BORDER, "We will not allow", "Karl Brenner"),
    # `The foreign ministry of neighbouring Dorvia… was more cautious. “…,” the ministry
    # said`: a body nobody named, not the bloc named before
    ("Coup in Varnia\n\nSoldiers seized the state broadcaster in Varnia on Monday.\n\nThe"
     " Eastern Trade Council, the regional bloc, said in a statement that it “condemns this"
     " seizure of power.” It said leaders would meet on Friday.\n\nThe foreign ministry of"
     " neighbouring Dorvia, which shares a long border with Varnia, was more cautious. “We are"
     " following events closely and urge calm,” the ministry said.", "We are following", None),
    # `said one of them, Amadou Keita, 31,`: the name set off after `one of them`
    ("Savers queue for cash\n\nHundreds of people queued outside the Bank of Sahel in Mopti"
     " on Tuesday.\n\n“We want our savings before they vanish,” said one of them, Amadou Keita,"
     " 31, a teacher.\n\nThe bank said payments would resume on Friday.", "We want our savings",
     "Amadou Keita"),
    # `She said the Welsh word for it, “hiraeth,” has no twin`: the word itself, a term
    ("A word for longing\n\nCerys Morgan has taught Welsh in Cardiff for thirty years.\n\nShe"
     " said the Welsh word for it, “hiraeth,” has no twin in English. “You feel it before you"
     " can name it,” she said.", "hiraeth", None),
    # `Gulnur Sadykova… said power cuts forced her to bake at night.` / `she said`: the her
    # of what she says is her own, no other woman
    ("Dam divides valley\n\nThe new dam on the Oral river will bring power to forty villages,"
     " officials say.\n\nEnergy minister Daniyar Abenov said the project would be finished by"
     " 2028.\n\nIn the village of Tash, residents say they support it. Gulnur Sadykova, who runs"
     " a small bakery on the square, said power cuts forced her to bake at night.\n\n“Of course"
     " we want the river to live,” she said. “But we want light too.”", "Of course we want",
     "Gulnur Sadykova"),
]

_R57_RECEPTION = (
    "The Reception\n\nThe speeches had finished and the band was tuning up. “Another glass?” said"
    " Ravi.\n\n“Go on, then,” said Jo.\n\n“Just the one,” said Ravi.\n\n“You always say that,”"
    " said Jo.\n\n“I always mean it,” said Ravi.\n\nHalfway through the dessert a man in a grey"
    " suit stopped at their table and put a hand on Ravi’s shoulder.\n\n“Ravi! I didn’t know"
    " you’d be here.”\n\nRavi half stood. “Uncle Dev. Hi. I didn’t know you knew the bride.”"
    "\n\n“I taught her to swim. Twenty years ago.” The man looked round the table. “And which"
    " of these is your wife?”\n\n“None of us,” Jo said brightly.\n\n“Shame.” Uncle Dev patted"
    " Ravi’s arm and moved on.")
_R57_STALL = (
    "The Stall\n\nTam minded the stall while his aunt was at the well. “Sell the red ones first,”"
    " said Whisker, the cat.\n\n“Why?” said Tam.\n\n“They are going off,” said Whisker.\n\n“You"
    " said that yesterday,” said Tam.\n\n“They were going off yesterday,” said Whisker.\n\nTam"
    " was ten and shy, and he had sold nothing all morning.\n\nA tall man in a grey cloak"
    " stopped at the stall. He had a ring on every finger.\n\n“Good morning, boy,” he said."
    " “What do you sell?”")
ROUND_57_KINDS += [
    # `A tall man in a grey cloak stopped at the stall. He had…` / `he said`: somebody come
    # in, not the boy named before (since round 66 voiced as that newcomer: `the man`)
    (_R57_STALL, "Good morning, boy", "the man"),
]
_R57_STUDY = (
    "The Study\n\n“Where were you at midnight?” said Inspector Crane.\n\n“In bed,” said Rupert."
    "\n\n“Alone?” said Crane.\n\n“Alone,” said Rupert.\n\nShe turned to me next.\n\n“And you?”"
    "\n\n“I was reading,” I said. “In the library, until two.”\n\nEvery head turned toward me."
    " Rupert actually smiled.\n\n“Did you hear anything?” Crane asked.\n\n“A door. Upstairs.”")
_R57_MOVING = (
    "Moving In\n\n“Where do these go?” said Ruth.\n\n“Kitchen,” said Priya.\n\n“All of them?”"
    " said Ruth.\n\n“All of them,” said Priya.\n\n“She'll be fine,” Priya said quietly.\n\n"
    "“Will she?”\n\n“She always is.”\n\nThen a voice came from the other room.\n\n“Ruth.”"
    "\n\n“Yes, Gran?”\n\n“The tap's dripping.”")
_R57_BOOKS = (
    "Book Club\n\n“Who picked this one?” said Dan.\n\n“Me,” said Mara.\n\n“It was long,” said"
    " Dan.\n\n“It was meant to be,” said Mara.\n\n“Too long,” said Tom.\n\nMara looked hurt but"
    " pressed on. She had Post-it notes sticking out of her copy in three colours.\n\n“I"
    " thought the brother was the heart of it,” she said.")
_R57_NEXT = (
    "Next Month\n\n“What's next?” said Kate.\n\n“Something short,” said Bev.\n\n“Something"
    " cheerful,” said Tom.\n\n“Something with pictures,” said Bev.\n\n“Be serious,” said Kate."
    "\n\nIn the end Kate proposed a novel about a woman who sails round the world alone, and it"
    " won by one vote. Bev abstained.\n\n“As long as it has pictures,” she said, putting on her"
    " coat.")
_R57_BRIEFING = (
    "Briefing\n\n“Anything from the lab?” said Inspector Okafor.\n\n“Not yet,” said Sergeant"
    " Lyle.\n\n“Chase them,” said Okafor.\n\n“I have,” said Lyle.\n\n“Chase them again,” said"
    " Okafor.\n\nDC Priya Shah looked up from her notes. “The marina has cameras,” she said."
    "\n\n“Then get the footage,” said Okafor.\n\nLyle stood up and pulled on his coat. “Come on,"
    " then,” he told Priya. “Let's go and be friendly.”\n\n“Do I get to drive?”")
ROUND_57_GROUPS = [
    # `“Come on, then,” he told Priya.`: the one told answers, not the inspector
    (_R57_BRIEFING, "Do I get to drive", "Priya Shah"),
    # `a novel about a woman who sails round the world` brings nobody in: the she is Bev
    (_R57_NEXT, "As long as it has pictures", "Bev"),
    # `She had Post-it notes…`: a brand, nobody the she may be
    (_R57_BOOKS, "I thought the brother", "Mara"),
    # `“Ruth.”` (a voice nobody is known by) / `“Yes, Gran?”`: the one called answers; the
    # line after is the caller's again, nobody known, not Priya's
    (_R57_MOVING, "Yes, Gran", "Ruth"),
    (_R57_MOVING, "The tap's dripping", None),
    # a guard: `“Emeka,” his wife said.` calls Mr. Okoro by the first name nobody knew
    ("Parents' Evening\n\n“Her marks are good,” said Mr. Dale.\n\n“Good?” said Mr. Okoro.\n\n"
     "“Very good,” said Mr. Dale.\n\n“Then why are we here?” said Mr. Okoro.\n\n“Emeka,” his"
     " wife said.\n\n“What? It's a fair question.”", "It's a fair question", "Mr. Okoro"),
    # `“I was reading,” I said.` / `Every head turned toward me. Rupert actually smiled.` /
    # `“Did you hear anything?” Crane asked.` / `“A door.”`: the teller's answer, no turn of
    # Rupert's
    (_R57_STUDY, "A door", None),
    # `Halfway through the dessert a man… put a hand on Ravi’s shoulder.`: `put` a hand
    # reports no words, and `Halfway` is nobody
    (_R57_RECEPTION, "I didn’t know you’d be here", None),
    # `“Uncle Dev. Hi.…”` calls him: the next line is his answer, not a turn of Jo's
    (_R57_RECEPTION, "I taught her to swim", "Dev"),
    # a guard: when nobody the story names answers to the call, nobody's
    (_R57_RECEPTION.replace("“Shame.” Uncle Dev patted", "“Shame.” The man patted"),
     "I taught her to swim", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker"),
                         ROUND_57_KINDS + ROUND_57_FAMILY + ROUND_57_ROLES + ROUND_57_NEWS
                         + ROUND_57_GROUPS)
def test_round_57(text: str, quote: str, speaker: str | None) -> None:
    """Round 57, from texts the developer wrote after the round-56 reviews (a woodland moot,
    a river race)."""
    assert speaker_of(text, quote) == speaker


# Round 58: from the developer's own texts in the shapes the round-58 reviews found (a
# feature's farm visit, a patrol told in the first person, a memoir's supper, a parcel)
_R58_ORCHARD = (
    "The Last Cider Press\n\nThe Hollin orchard sits on a slope above the river, and in October"
    " the air smells of bruised apples. Gareth Hollin has run it for forty years. His father ran"
    " it before him, and his uncle before that, and he expects his granddaughter to take it"
    " on.\n\n"
    "“Nobody else in the family can stand the wasps,” he says, watching the press turn.\n\n"
    "His granddaughter, Nia Hollin, is nineteen and drives the tractor with one hand.\n\n"
    "I asked her whether she meant to stay.\n\n"
    "“Ask me after the harvest. I’ve got two hundred trees to pick first.”\n\n"
    "At the top of the slope Gareth stopped to get his breath back. “My uncle used to say"
    " that a tree remembers every winter,” he said.\n\n"
    "“He said that about everything,” said a voice from the gate. Nia had walked up with"
    " the dog. “Tea’s on, if you want it.”\n\n"
    "“We’ll come,” said her grandfather.\n\n"
    "Gareth was quiet on the way down. Nia’s mother, Eleri, poured the tea."
)
ROUND_58_NEWS = [
    # `His father ran it before him, and…, and he expects…`: the owner, not the father
    (_R58_ORCHARD, "Nobody else in the family", "Gareth Hollin"),
    # `I asked her whether she meant to stay.` / a bare line: hers

    (_R58_ORCHARD, "Ask me after the harvest", "Nia Hollin"),
    # `said a voice from the gate. Nia had walked up`: the one the next sentence opens with
    (_R58_ORCHARD, "He said that about everything", "Nia Hollin"),
    (_R58_ORCHARD, "Tea’s on", "Nia Hollin"),
    # `said her grandfather`: the one of her family name who has a granddaughter
    (_R58_ORCHARD, "We’ll come", "Gareth Hollin"),
]
_R58_PATROL = (
    "Night Patrol\n\nThe convoy came out of the jump in a loose line, the freighter Tamsin Grey"
    " at its heart.\n\n“Roger, Grey,” said Okonjo. “Blue flight, close up. Two, take the left"
    " flank.”\n\n“Two, left flank,” I said, and slid the fighter down beside the freighter’s"
    " hull.\n\nFor a while there was nothing but static.\n\n“Contact, low,” said Brandt."
    " “Very small.”\n\nOkonjo was silent. “Varga, you have it?”\n\n“I have it,” I said."
    " “Small and fast.”\n\n“Varga,” Okonjo said, very calmly, “what is it doing?”\n\n“Circling,"
    " sir,” I said.\n\n“Then stay on it,” said Okonjo."
)
_R58_SUPPER = (
    "Sunday Supper\n\nMy father, Walter Greaves, drove a milk float for thirty years, and he"
    " still woke at four.\n\n“Pass the salt,” said Dad.\n\n“Please,” said Mum.\n\n“Please,”"
    " said Dad, and winked at me.\n\nAunt April had come for the weekend, and she watched all"
    " this over her glasses.\n\n“You spoil him,” said Aunt April.\n\n“Somebody has to,” said"
    " Mum.\n\nDad pushed back his chair. He looked at the clock.\n\n“Bed by nine,” he said."
)
_R58_STAIRS = (
    "The Fourth Floor\n\nThe lift had been broken for a month, so I carried the parcel up to the"
    " fourth floor myself.\n\n“Mind the cat,” said Mrs. Ashe from her doorway. “She bites.”\n\n"
    "“Only strangers?” I said.\n\n“Everybody,” said Mrs. Ashe.\n\nThe parcel was for the flat at"
    " the end, and when I knocked a woman opened it with a paintbrush in her teeth.\n\n“Oh,"
    " lovely,” she said to the parcel, taking it from me. Then, wiping her hands: “Sorry. Thank"
    " you. I’m Delphine.”\n\n“It’s heavy,” I said.\n\n“Books,” said Delphine. “Always books.”"
    "\n\nMy flatmate Owen wanted every detail that evening.\n\n“So she told you her name,”"
    " he said, pointing a fork at me, “and you told her the parcel was heavy?”\n\n“It was"
    " heavy.”\n\n“Hopeless,” said Owen.\n\n“She smiled, though.”\n\n“At the parcel.”"
)
ROUND_58_STORIES = [
    # `“Roger, Grey,”`: a word before a call is no name of the teller's; `“Varga,” Okonjo
    # said, “what…”` calls the teller
    (_R58_PATROL, "I have it", "Varga"),
    (_R58_PATROL, "Circling", "Varga"),
    # `My father, Walter Greaves,` then `said Dad`: one man
    (_R58_SUPPER, "Pass the salt", "Walter Greaves"),
    (_R58_SUPPER, "Bed by nine", "Walter Greaves"),
    # `said Aunt April`: a first name that is also a month
    (_R58_SUPPER, "You spoil him", "April"),
    # `“Oh, lovely,” she said… Then…: “… I’m Delphine.”`: the one who gives her name
    (_R58_STAIRS, "Oh,", "Delphine"),
    # `“…,” he said, pointing a fork at me, “…?”` / `“It was heavy.”`: the teller's answer
    # (guards: the shape held before; the first-person checks must keep it)
    (_R58_STAIRS, "It was heavy", None),
    (_R58_STAIRS, "She smiled, though", None),
]


_R58_CABIN = (
    "Snowed In\n\nApril Osei had come to the cabin because Lena had promised that Theo Marsh"
    " would be in Chicago.\n\nTheo Marsh was not in Chicago. He was by the stove, frying eggs"
    " for everybody.\n\n“This is cosy,” said Lena.\n\n“It’s a trap,” said Dmitri from the"
    " sofa.\n\n“You lied,” April hissed, steering Lena into the hall.\n\n“I was misinformed."
    " There’s a difference.”\n\n“There isn’t, Lena.”\n\nLena shrugged. “Fine. But you two have"
    " been avoiding each other for a year.”\n\nThe radio on the shelf crackled into life just"
    " then, and everybody looked up.\n\n“—heavy snow on all roads north of the pass. Drivers"
    " are urged not to travel tonight.”\n\n“Well,” said Dmitri. “That settles it.”\n\nApril"
    " sat down by the window. Theo brought her a plate.\n\n“Peace offering,” he said.\n\nApril"
    " looked at the eggs. “They’re burnt.”\n\n“Only on one side.”"
)
_R58_CLUB = (
    "Late Set at the Anchor\n\nThe Anchor has had live music on Fridays since 1998. I went on a"
    " wet night in March. Tonight it is the Tobias Reyes Trio, led by a drummer who grew up in"
    " the flats across the road.\n\nReyes is fifty-eight and talks between numbers. “This one"
    " is for my mother,” he told the room.\n\nHalfway through the second set, a man by the door,"
    " sixty or so, in a flat cap, turned to me.\n\n“I heard his father play here,” he said."
    " “Better drummer, worse manners.”\n\nThe set ended at midnight, and I walked home in the"
    " rain."
)
ROUND_58_STORIES += [
    # `April hissed`: a month used as her name in cues, so `April sat down` shows her
    (_R58_CABIN, "There isn’t, Lena", "April Osei"),
    (_R58_CABIN, "They’re burnt", "April Osei"),
    # `April hissed, steering Lena into the hall.`: the one steered answers (a guard: held
    # before by another reading)
    (_R58_CABIN, "I was misinformed", "Lena"),
    # `The radio on the shelf crackled into life` / a bare line: the radio's
    (_R58_CABIN, "heavy snow on all roads", "the radio"),
]
ROUND_58_NEWS += [
    # `a man by the door… turned to me.` / `“…,” he said`: the man, not the bandleader
    (_R58_CLUB, "I heard his father play here", "the man"),
]

_R58_BRIDGE = (
    "Dead Reckoning\n\nCommodore Ines Varro had not slept in a day when the beacon went quiet."
    "\n\n“Carrier lost,” said Lieutenant Paul Oduya. “Nothing on the band.”\n\n“Lost or"
    " cut?” said Varro.\n\n“Can’t say, ma’am,” said Oduya.\n\nEnsign Tove Lark looked up from"
    " the chart table. “Could be ice, ma’am. It doesn’t show until it hits.”\n\n“Ice would"
    " show on the long array,” said Oduya.\n\n“Not this kind,” said Lark.\n\n“Then we go and"
    " look,” said Varro.\n\nShe paced the"
    " deck from end to end, the way she did when her mind was already made up. Then she"
    " halted beside Lark.\n\n“Ensign, lay in a slow course. Lieutenant, signal the fleet.”\n\n"
    "“They’ll want reasons,” Oduya said.\n\n“They always do. Send it.”\n\n“Who sent the"
    " beacon out here?” the commodore asked.\n\n“Survey Command,” said Oduya."
)
ROUND_58_STORIES += [
    # `Varro paced the deck…, the way she did… Then she halted beside Lark.` / `“Ensign,…”`:
    # one woman's beat in two sentences; she goes on
    (_R58_BRIDGE, "Ensign, lay in a slow course", "Ines Varro"),
    (_R58_BRIDGE, "They always do", "Ines Varro"),  # (a guard: held before)
    # `the commodore asked`: a rank the role words know
    (_R58_BRIDGE, "Who sent the beacon", "Ines Varro"),
]

_R58_DETENTION = (
    "Detention\n\nThere are three plastic chairs outside Mr. Okoye’s office, and by lunch Tariq"
    " Bell and I were sitting in two of them.\n\n“For the record,” Tariq said, “the paint was"
    " your idea.”\n\n“It was a shared idea.”\n\n“You said nobody would see the wall.”\n\n"
    "The door opened. Mr. Okoye looked out at us over his glasses.\n\n“Inside,” said Mr."
    " Okoye.\n\n“Both of us?” said Tariq.\n\n“Both of you,” said Mr. Okoye.\n\nMy aunt picked"
    " me up at four. She drove in silence for a mile, and then she said, “Paint.”\n\n“It was"
    " washable paint.”\n\n“That is not the point, and you know it.”\n\n“Tariq bought it.”\n\n"
    "“You could have said no,” said my aunt.\n\n“You’re right, Auntie,” said my cousin from"
    " the back seat.\n\n“I’m always right.”"
)
ROUND_58_STORIES += [
    # `Tariq Bell and I were sitting…` / `“…,” Tariq said` / a bare line: the teller's
    (_R58_DETENTION, "It was a shared idea", None),
    # `My aunt picked me up… then she said, “Paint.”` / a bare line: the teller's, then hers
    (_R58_DETENTION, "It was washable paint", None),
    (_R58_DETENTION, "That is not the point", "My aunt"),  # (a guard: held before)
    # a guard: `said my cousin` is no narration acting on the teller
    (_R58_DETENTION, "I’m always right", "My aunt"),
]

_R58_DEPOT = (
    "The depot fire, twenty years on\n\nThe fire at the Carrow bus depot in 2006 killed two"
    " night cleaners. Nobody was ever charged.\n\nRetired fire investigator Tom Marsh still"
    " keeps the file in his garage.\n\n“I went through every shift rota for that month,” Marsh"
    " said. “Every driver, every cleaner, every mechanic.”\n\nWas Dennis Pratt on those"
    " rotas?\n\n“I’m not allowed to say,” he said. “But I’ve waited a long time for somebody"
    " to ask.”\n\nDid he ever think the"
    " case would be reopened?\n\n“No. I thought it would die with me. Then the"
    " letter came.”"
)
ROUND_58_NEWS += [
    # `Was Dennis Pratt on those rotas?` / `“…,” he said`: the one asked, not the man the
    # question names
    (_R58_DEPOT, "I’m not allowed to say", "Tom Marsh"),
    # `Did she ever think…?` / a bare line: the one asked answers
    (_R58_DEPOT, "I thought it would die", "Tom Marsh"),
]

_R58_SALOON = (
    "High Stakes at the Bell\n\nBy midnight four men were left at the table: a horse trader"
    " from Tucson named Amos Riddle, a cowboy everybody called Kid Harlan, the barber Otto"
    " Veit, and a quiet stranger in a black hat who had given his name as Mr. Crane.\n\n“Your"
    " deal, Kid,” said Riddle.\n\n“Cards are cold tonight,” said the Kid.\n\n“They’re always"
    " cold,” said Veit.\n\nMr. Crane said nothing. He watched the cards.\n\n“You don’t talk"
    " much,” said Riddle.\n\n“I rarely do,” said the stranger. “Talk costs money.”\n\n“It’s"
    " Veit’s deal now,” said the Kid.\n\n“Then deal, Otto,” said Riddle."
)
_R58_HEARING = (
    "The Widow’s Statement\n\n“Your Honor, the victim’s widow would like to address the court,”"
    " said Clara Wendt for the prosecution.\n\n“Go ahead,” said Judge Harrow.\n\nA woman in a"
    " brown coat came forward from the benches and stood at the rail. She held a single sheet"
    " of paper and did not look at it.\n\n“My husband trusted that man for twenty years,” she"
    " began. “He never once asked to see the books.”\n\n“Thank you, ma’am,” said Judge Harrow."
)
ROUND_58_STORIES += [
    # `a quiet stranger… who had given his name as Mr. Crane` / `said the stranger`: Crane
    (_R58_SALOON, "I rarely do", "Mr. Crane"),
    # `a cowboy everybody called Kid Harlan` / `said the Kid`: Harlan
    (_R58_SALOON, "Cards are cold tonight", "Harlan"),
    (_R58_SALOON, "Veit’s deal now", "Harlan"),
    # `A woman in a brown coat came forward…` / `“…,” she began`: the newcomer, not the
    # prosecutor named before (a guard: held before in this shape)
    (_R58_HEARING, "My husband trusted", "the woman"),
]

_R58_DINNER = (
    "The Permission Slip\n\nMaya Adebayo-Clarke was halfway through her pasta when her phone"
    " buzzed again, and her mother set down her glass.\n\n“Phone,” Mrs. Adebayo-Clarke said."
    " “Here. Now.”\n\n“It’s for the field trip,” Maya said.\n\n“Then you won’t mind if I look.”"
    "\n\nMaya pushed the phone across the table.\n\n“Let’s see,” her mother said, scrolling."
    " “Someone called Priya says the bus leaves at six.”\n\n“Six is fine.” Her mother’s eyebrows"
    " went up. “Six is very early.”\n\n“That’s why I didn’t tell you.”\n\n“One more,” her"
    " mother managed, still scrolling. “Priya again. She says bring a coat.”\n\n“I have a"
    " coat.”\n\n“Then bring it,” said Mrs. Adebayo-Clarke."
)
ROUND_58_STORIES += [
    # `“Six is fine.” Her mother’s eyebrows went up.`: Mrs. Adebayo-Clarke, the one the
    # family name and the honorific tell, even right after her own line
    (_R58_DINNER, "Six is very early", "Mrs. Adebayo-Clarke"),
    # `“One more,” her mother managed`: a cue
    (_R58_DINNER, "One more", "Mrs. Adebayo-Clarke"),
]

_R58_RAIN = (
    "Two Umbrellas\n\nAt home my grandmother—Bà, I called her—asked what the teacher had said."
    "\n\n“She said my name wrong,” I told her.\n\nBà put down the ladle. “Say it the way she"
    " said it.”\n\nI did. My grandmother laughed, and then she stopped laughing.\n\n“Well,” said"
    " my grandmother. “She tried.”"
)
ROUND_58_STORIES += [
    # `my grandmother—Bà, I called her—`: `said my grandmother` is Bà, one voice
    (_R58_RAIN, "She tried", "Bà"),
]

_R58_TRIAL = (
    "Witness doubts\n\nOn Thursday the defence barrister, Marcus Ode, took Nell Parry back"
    " through that night.\n\n“How far away was the man?” Ode asked.\n\n“About ten feet.”\n\n"
    "“And the street lamp was lit?” said Mr. Ode.\n\n“It was,” said Nell Parry.\n\n“Both of"
    " them?” said Mr. Ode.\n\n“One of them,” said Nell Parry.\n\n“Thank you,” said Mr. Ode."
)
ROUND_58_STORIES += [
    # `“How far away was the man?” Ode asked.` / a bare line: an answer, not Ode's (a guard:
    # here the turns after it held before; the review's shape had no such turns)
    (_R58_TRIAL, "About ten feet", "Nell Parry"),
]

_R58_KEEPER = (
    "The Oldest Goalkeeper\n\nAt forty-one, Dana Kovač is still in goal for Harbour Town"
    " Ladies.\n\n“She used to copy the keeper’s dives behind the net,” Zoran Kovač said."
    " “Every single one.”\n\nAsked whether he had wanted her to retire this year, he shrugged."
    " “My back wanted her to. I did not.”\n\nThe season has been hard on her hands, and Kovač"
    " is careful about the future. Asked whether she would play on next year, she shook her"
    " head.\n\n“Ask me in May. Right now I just want to get through Saturday.”"
)
ROUND_58_NEWS += [
    # `“…,” Zoran Kovač said.` / `Asked whether he…, he shrugged. “…”`: his, though the
    # first name tells no gender
    (_R58_KEEPER, "My back wanted her to", "Zoran Kovač"),
    # `…and Kovač is careful about the future. Asked whether she…, she shook her head.` /
    # a bare line: the last sentence of a paragraph with no line is her beat
    (_R58_KEEPER, "Ask me in May", "Dana Kovač"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_58_NEWS + ROUND_58_STORIES)
def test_round_58(text: str, quote: str, speaker: str | None) -> None:
    """Round 58: each row failed before this round's rules, but the marked guards."""
    assert speaker_of(text, quote) == speaker


# Round 59: unseen horror, children's, UK political and tech reviews (my own texts in
# their shapes)

_R59_GREENHOUSE = (
    "The Lost Ledger\n\nMrs. Agnes Pell liked to say she was no detective, and her nephew Tobias"
    " had long ago stopped arguing.\n\nThey found the clerk, Walter Finch, in the back office"
    " with a cup of cocoa.\n\n“Good morning,” said Mrs. Pell. “You know why we have come.”\n\n"
    "“I do, ma’am,” said Finch. “The ledger went missing on Monday.”\n\nTobias leaned"
    " forward. “Aunt Agnes, the safe was never forced.”\n\n“Precisely,” said Mrs. Pell.\n\n"
    "“Then somebody had the key,” said Tobias.\n\n“Or knew where it hung,” said Finch.\n\n"
    "“On the nail by the door?” said Tobias.\n\n“The very one,” said Finch.\n\n"
    "“Somebody with patience,” said his aunt. “Which narrows it a little.”"
)
_R59_CAMP = (
    "Tide Watch\n\nGrandpa Ike came out onto the porch with two mugs of cocoa. Maya and her"
    " brother Theo were already on the steps.\n\nGrandpa set the mugs down very carefully.\n\n"
    "“Can we go to the lighthouse?” Theo asked.\n\nBut Grandpa was looking at the key the way"
    " Theo looked at cake, and Maya decided to try.\n\n“You could show us,” she said.\n\nFor a"
    " long moment the only sound was the gulls. Then Grandpa picked up his cocoa again.\n\n"
    "“The tide’s out at four,” he said. “Wear your boots.”\n\n“Yes!” said Theo.\n\n“Boots,”"
    " said Grandpa."
)
_R59_MUSEUM = (
    "The Broken Case\n\nMs. Ferreira counted heads again. “Twenty-four,” she said. “Nobody"
    " wander off.”\n\n“We won’t,” said Jasper.\n\n“You will,” said Ms. Ferreira.\n\n“Maybe,”"
    " said Juno.\n\nTheir guide was a tall woman with silver glasses. She introduced herself"
    " as Dr. Amsel, the head of fossils, and she clearly loved the skeleton.\n\n“He was found"
    " in 1931 by a farmer,” she told them. “Every bone is real.”"
)
_R59_OTTER = (
    "The Crossing\n\nFennick sat on the bank for an hour. The river was wide and brown, and"
    " the far side was a line of reeds.\n\nHe stared at it.\n\n“Staring never moved a river"
    " yet,” said a voice behind him. “Come on.”"
    "\n\nIt was Pim, the otter from the mill pond, with a crab apple in her paw.\n\n“Can you"
    " row?” asked Fennick.\n\n“Better than you,” said Pim."
)
_R59_BELL = (
    "The Tenor Bell\n\nThe guests sat by the fire while the snow came down.\n\n“The tenor"
    " bell rang at midnight,” said Thomas Hale. “Nobody was in the tower.”\n\n“Nobody?” said"
    " Miss Penrose.\n\n“They found the rope cut,” said Thomas Hale.\n\n“Found?” prompted"
    " Julian Wyatt.\n\n“In the morning,” said Hale. “Cut clean.”"
)
_R59_BATTERY = (
    "Brightcell’s Battery Arrives Late\n\nThe first thing Anika Osei-Brandt does when a visitor"
    " walks into Brightcell’s office is hand them a battery.\n\n“People expect it to be"
    " exotic,” she said on Tuesday. “It isn’t.”\n\nBrightcell, which has raised $40 million"
    " since 2021, had promised to ship the unit last spring. Investors grew restless.\n\n"
    "Asked whether Brightcell would need to raise more money this year, she paused. “We have"
    " enough for what we planned,” she said."
)
_R59_DOORSTEP = (
    "On the doorstep in Hollins Cross\n\nThe rain does not so much fall as hang in the air."
    " On Saturday, Dominic Reyes, the Labour candidate, had been out for three hours.\n\n"
    "“You get used to it,” Reyes said. “It’s the closed doors that worry me.”\n\nAt the first"
    " house on Millbrook Road, a woman in a dressing gown listens to his pitch about buses,"
    " then shakes her head.\n\n“I’ve voted Tory all my life,” she tells him."
)
_R59_PMQS = (
    "Sketch: heat without light\n\nThe Prime Minister, Caroline Stanier, arrived at the"
    " despatch box looking tired. The Leader of the Opposition, Owen Marsh, did not.\n\n"
    "“Waiting lists are falling,” Mrs Stanier said.\n\n“They are not,” Mr Marsh said.\n\n"
    "Gwen Harlow, the member for Tillington, asked about a bypass promised to her"
    " constituents since 1987.\n\nThen Reggie Dunmore, the independent member for Portsea"
    " East, rose to ask whether the Prime Minister agreed that “the whole lot of them on both"
    " front benches” should be sent on work experience.\n\n“I’m not sure the hospital would"
    " thank us,” the Prime Minister replied.\n\nBy half past twelve it was over. Outside, in"
    " the lobby, a Labour MP summed up the mood. “Nobody won,” she said."
)
_R59_QUAKE = (
    "Waiting at the tape\n\nProf. Dilek Yavuz, who chairs the engineers’ chamber, was blunt."
    " “We write the same report after every earthquake,” she said.\n\nBack on Cinar Street,"
    " a woman in a red headscarf stood behind the police tape. Her brother had lived on the"
    " fourth floor. She said her name was Nurcan and asked that her surname not be used.\n\n"
    "“They tell me to go home and rest,” she said. “What home?”"
)

ROUND_59_STORIES = [
    # `said his aunt`, nobody near: the one the story calls `Aunt Agnes`
    (_R59_GREENHOUSE, "Somebody with patience", "Agnes Pell"),
    # `Then Grandpa picked up his cocoa again.` / `“…,” he said`: Grandpa, who is Grandpa Ike
    (_R59_CAMP, "The tide’s out", "Grandpa Ike"),
    # `She introduced herself as Dr. Amsel`: the she, and the she after, is Dr. Amsel
    (_R59_MUSEUM, "He was found in 1931", "Amsel"),
    # `said a voice behind him. “…”` / `It was Pim, the otter…`: Pim's voice
    (_R59_OTTER, "Staring never moved", "Pim"),
    # `“Found?” prompted Julian Wyatt.`: a cue
    (_R59_BELL, "Found", "Julian Wyatt"),
]

ROUND_59_NEWS = [
    # `Brightcell, which has raised…`: a company, no she that the founder's lines could go to
    (_R59_BATTERY, "We have enough", "Anika Osei-Brandt"),
    # `At the first house on Millbrook Road, a woman…`: a street, nobody who speaks
    (_R59_DOORSTEP, "I’ve voted Tory", None),
    # `rose to ask whether the Prime Minister agreed that “…”`: the asker's words, not hers
    (_R59_PMQS, "the whole lot of them", None),
    # `The Prime Minister, Caroline Stanier,`: both words are her title
    (_R59_PMQS, "I’m not sure the hospital", "Caroline Stanier"),
    # `a Labour MP summed up the mood. “Nobody won,” she said.`: the MP, nobody named
    (_R59_PMQS, "Nobody won", None),
    # `She said her name was Nurcan`: the woman brought in is Nurcan
    (_R59_QUAKE, "They tell me to go home", "Nurcan"),
]


_R59_AIRPORT = (
    "Four Days in the Spice Quarter\n\nMy guide, Yusra Halabi, met me at the gate at dawn."
    " “We start with tea,” she said. “Always tea.”\n\nWe walked for hours. I bought a bag of"
    " sumac that I had no idea how to use.\n\nAt the airport, the bag set off a security"
    " alarm. The officer who opened it sniffed, nodded, and handed it back.\n\n“Sumac?” she"
    " asked."
)
_R59_CAMPSITE = (
    "The Bear Bell\n\nMy brother Mateo and I were walking to the bathrooms with the bell.\n\n"
    "“Ring it louder,” Mateo said.\n\nI rang it louder. Something crashed through the bushes"
    " to our left, and a shape came out onto the trail.\n\nIt was a man in a bathrobe holding"
    " a toothbrush.\n\n“Oh, thank goodness,” he said. “I think I’m lost.”"
)
_R59_SNOW = (
    "Snow Day\n\nThe snow came at 4:40 in the morning. Hana Tran was at the window before "
    "anyone else was up. Her brother Kenji was still asleep, and Mom had already gone to work "
    "at the hospital, where she worked the early shift most of the winter.\n\n“No school,” she "
    "said. “No school!”\n\nKenji pulled the blanket over his head. “Go away.”\n\n“The race is "
    "today,” Hana said.\n\nDad looked up from the stove. “What race?”\n\n“The Cobble Hill "
    "race,” Kenji said. “You won it in 1994, at eleven.”\n\n“Ah,” said Dad. “That "
    "race.”\n\n“Eat something first,” said Dad.\n\nThey were gone all morning. When they got "
    "home, Dad was in the kitchen, very casually drinking coffee. There was a smudge of wax on "
    "his sleeve.\n\n“So,” he said, not looking up. “How did it go?”"
)
_R59_PERMIT = (
    "Nine and Three\n\nMy mother had decided that I was ready to drive, and my father had"
    " decided not to watch.\n\n“Hands at nine and three,” Mom said.\n\nI put my hands at"
    " nine and three. We went round the car park twice.\n\n“She did great,” said Mom, at the"
    " exact same moment Theo said, “She almost hit a cart.”"
)
_R59_BUS = (
    "The Bus Stop\n\nCarolina picked us up at the corner.\n\n“What happened?” she said.\n\n"
    "Neither of us answered.\n\n“Nico did something,” Carolina guessed. “Tell me"
    " everything.”"
)
ROUND_59_NEWS += [
    # `The officer who opened it sniffed…` / `“Sumac?” she asked.`: the officer, nobody named
    # (not the guide named a paragraph before)
    (_R59_AIRPORT, "Sumac", None),
    # `It was a man in a bathrobe holding a toothbrush.` / `“…,” he said`: not the brother
    # (since round 71 the man in the bathrobe, a character of his own: `It was a man` brings
    # him in)
    (_R59_CAMPSITE, "Oh, thank goodness", "the man"),
]
ROUND_59_STORIES += [
    # `said Mom, at the exact same moment Theo said, “…”`: the cue nearer the line
    (_R59_PERMIT, "She almost hit a cart", "Theo"),
    # `“…,” Carolina guessed.`: a cue
    (_R59_BUS, "Nico did something", "Carolina"),
    # a guard: Dad, once the story is read as one (see test_family_cues_make_a_story)
    (_R59_SNOW, "How did it go", "Dad"),
]


def test_family_cues_make_a_story() -> None:
    """attribute.dialogue_style: two cues whose speaker is a family word used as a name
    (`said Dad`) make a story of a text whose narration is not the writer's own, though it
    has figures (`at 4:40`, `in 1994`) and few inverted cues."""
    assert dialogue_style(make_article(_R59_SNOW))


_R59_SLEEPER = (
    "Sleeper Car 9\n\nI had booked a berth in a four-person compartment. One berth was taken by "
    "a silent teenager with headphones, and one by a woman in her seventies with a thermos and a "
    "deck of cards.\n\n“You’ll want the bottom bunk,” she said. “The top one rattles.”\n\nI "
    "trusted her. Her name was Hedda Lund, and she was going to see her sister at the end of the "
    "line.\n\n“Why not fly?” I asked.\n\n“Fly?” She looked at me as if I had suggested she swim. "
    "“And miss all this?”\n\nThe conductor came round to check tickets. He was a broad man with "
    "a grey moustache and a badge that read P. Ostrowski.\n\n“Mrs. Lund,” he said, bowing "
    "slightly. “Again.”\n\n“Again, Piotr.”\n\n“Your sister is well?”\n\n“She’s dreadful. She’ll "
    "outlive us all.”\n\nHe punched her ticket, then mine, and paused at the teenager, who took "
    "off one side of his headphones.\n\n“Going far?” the conductor asked "
    "him.\n\n“Sjøvik.”\n\n“Family?”\n\n“Work. Fish factory.”\n\nAt midnight the train stopped in "
    "a forest. One of the smokers, a railway engineer heading home, explained the "
    "delay.\n\n“Single line from here,” he said.\n\nAt Sjøvik, a small white-haired woman was "
    "waiting on the platform. She and Lund embraced without a word.\n\n“Did she make you play "
    "cards?” the sister asked me.\n\n“She did.”"
)
ROUND_59_STORIES += [
    # `“Going far?” the conductor asked him.` / `“Sjøvik.”`: a him answers, not Mrs. Lund
    (_R59_SLEEPER, "Sjøvik", None),
    (_R59_SLEEPER, "Fish factory", None),
    # `One of the smokers, a railway engineer…, explained the delay.` / `“…,” he said.`: the
    # engineer, nobody named (not the conductor)
    (_R59_SLEEPER, "Single line", None),
]


_R59_DIAGNOSIS = (
    "Living With the Numbers\n\nI was twenty-six when a nurse named Colette handed me a meter"
    " and told me it would be my new best friend. I did not believe her.\n\n“You’ll hate it"
    " for a month,” she said. “Then one day you won’t.”\n\n“And when does that day come?”\n\n"
    "“Depends on you.”\n\nIt did not come for a long time. My GP, Dr. Ray Askew, was honest"
    " about that when I saw him a fortnight later.\n\n“I should have tested you sooner,” he"
    " told me. “That was my mistake.”\n\nI had not expected an apology.\n\n“It’s fine,” I said"
    " eventually, though it wasn’t.\n\nMy mother took it harder than I did. She rang every"
    " evening for the first month, always with the same question.\n\n“Have you checked it?”"
    "\n\n“Yes, Mum.”\n\n“What was it?”\n\n“Seven point two.”"
)
ROUND_59_STORIES += [
    # a guard: `My mother took it harder than I did. She rang…` / a bare line: hers, not a
    # turn of the nurse's from before (the review's longer talk with the nurse took it)
    (_R59_DIAGNOSIS, "Have you checked it", "My mother"),
]


_R59_COUNSELOR = (
    "The Meeting\n\nSam sat between his parents in the counselor’s office. His father, Rick,"
    " had brought a folder.\n\n“We’ve been looking at engineering programs,” Rick said."
    " “Good ones.”\n\n“That’s a start,” said Mrs. Whitfield. She unwrapped a peppermint"
    " slowly.\n\n“Sam,” she said, “what do you do when nobody’s making you do anything?”\n\n"
    "He hesitated. Then, because the room was small and the question was kind, he told the"
    " truth.\n\n“I cook.”\n\nRick blinked."
)
ROUND_59_STORIES += [
    # `“Sam,” she said, “what do you do…?”` / `He hesitated.…` / a bare line: Sam answers
    (_R59_COUNSELOR, "I cook", "Sam"),
]


_R59_KETTLE = (
    "A Night at the Kettle\n\nI went to the Kettle on a wet Thursday. The trio played two"
    " sets, and I sat at the end of the bar with my notebook.\n\n“We play what the room"
    " wants,” Ruth Park told me between sets. “Tonight it wants ballads.”\n\nThe second set"
    " is looser. A man at the bar, perhaps seventy, in a cardigan with elbow patches, leaned"
    " over to me during the applause.\n\n“I saw her here in ’93,” he said. “She played too"
    " fast then.”\n\nHis name was Ernest, and he had been coming since before it was"
    " respectable.\n\n“But the music,” he said. “The music is better than ever.”"
)
ROUND_59_NEWS += [
    # `A man at the bar… leaned over to me.` / `“…,” he said.` / `His name was Ernest,`: the
    # newcomer's lines are Ernest's, one voice under the name the next paragraph gives
    (_R59_KETTLE, "I saw her here", "Ernest"),
]


_R59_QUEEN = (
    "The Queen’s Questions\n\nQueen Marisol of Dunhallow did not like riddles. She liked"
    " answers, and she liked them quickly.\n\nShe sent for a professor, a merchant named"
    " Delphine Rook and a goose girl.\n\nThe queen looked down at them from her throne. “I"
    " have one question,” she said. “Where has the money gone?”\n\nThe professor cleared his"
    " throat. “Majesty, money never truly goes anywhere.”\n\n“I don’t have time for that.”\n\n"
    "The queen turned to the merchant. Delphine Rook opened her ledger.\n\n“On hats,” she"
    " said.\n\n“Hats?”\n\n“Four thousand of them.”\n\nThe queen sighed and turned at last to"
    " the goose girl. “And you? What do you say?”"
)
ROUND_59_STORIES += [
    # `The queen sighed and turned at last to the goose girl. “And you?…”`: the queen, who
    # has spoken as the queen before (a role's beat was too unsure to voice)
    (_R59_QUEEN, "What do you say", "Marisol"),
]


_R59_PARKING = (
    "Parking charges row at Harbour council\n\nCouncillors voted on Tuesday to bring in"
    " charges at three seafront car parks.\n\nCouncil leader Cllr Rosa Achebe said the"
    " authority had no painless options left.\n\nRetired teacher Brian Osei said he had"
    " lived in the town for forty years. He asked how much the scheme would cost to set up."
    "\n\n“About £95,000 for the machines and the first year,” replied the council’s finance"
    " officer, Gillian Pryce.\n\n“So it will take you a year just to pay for itself?”\n\n“Not"
    " quite. We expect it to pay for itself in nine months.”\n\nMrs Pryce said any increase"
    " would come back to full council."
)
ROUND_59_NEWS += [
    # `He asked how much the scheme would cost.` / `“…,” replied the finance officer, Gillian
    # Pryce.` / a bare question: the asker's follow-up, and the turns go on from there
    (_R59_PARKING, "So it will take you a year", "Brian Osei"),
    (_R59_PARKING, "Not quite", "Gillian Pryce"),
]


_R59_EGGS = (
    "Lunch with Wendell Cray\n\nWendell Cray orders eggs and a pot of tea. He has been making"
    " records for fifty years.\n\n“I never planned any of it,” Cray says. “It just kept"
    " happening.”\n\nHis wife of twenty-six years, Delphine, manages his diary and, she says,"
    " most of the rest of him. She has joined us for coffee and is watching him salt his eggs."
    "\n\n“The doctor said no salt,” she says.\n\n“The doctor’s not eating these eggs.”"
)
ROUND_59_NEWS += [
    # `His wife of twenty-six years, Delphine,`: a woman, the she of `she says` after
    (_R59_EGGS, "The doctor said no salt", "Delphine"),
    # a guard: `“The doctor said no salt,” she says.` / `“The doctor’s not eating these
    # eggs.”`: a retort, not more of hers (nobody, as the husband is no turn in a report)
    (_R59_EGGS, "The doctor’s not eating", None),
]


_R59_CUT = (
    "The Brothers on Set\n\nChidi and Emeka Okafor have made four films together. On the last"
    " day of the shoot, Chidi watches the monitor without blinking.\n\n“Cut,” says Chidi, very"
    " softly. Then, to his brother: “That’s the film.”"
)
ROUND_59_NEWS += [
    # `“Cut,” says Chidi, very softly. Then, to his brother: “That’s the film.”`: his again
    (_R59_CUT, "That’s the film", "Chidi"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_59_NEWS + ROUND_59_STORIES)
def test_round_59(text: str, quote: str, speaker: str | None) -> None:
    """Round 59: each row failed before this round's rules, but the marked guards."""
    assert speaker_of(text, quote) == speaker


# --------------------------------------------------------------------------------------------
# Round 60: press conferences, interviews written up, war memoirs, period pastiche
# --------------------------------------------------------------------------------------------

ROUND_60_NEWS: list[tuple[str, str, str | None]] = []
ROUND_60_STORIES: list[tuple[str, str, str | None]] = []

_R60_PRESSER = (
    "Kellan defends his bench after Rovers stumble\n\nRovers head coach Ivo Kellan arrived"
    " late to the press room on Sunday and sat down without a word.\n\n“We were flat,” Kellan"
    " said. “I will take that on myself.”\n\nKellan was asked whether he had considered"
    " starting his captain.\n\n“Every week. But he is not fit, and I will not gamble with a"
    " man’s knee.”\n\nWas the defeat a setback for the title race?\n\n“It is one game. We have"
    " eleven left, and we will be fine.”\n\nThe first question after that went to striker"
    " Joao Mendes: how did it feel to miss the penalty?\n\n“Horrible. I will be thinking"
    " about it all week, I promise you.”"
)
ROUND_60_NEWS += [
    # `Kellan was asked whether…` / a bare answer: the one asked, and the writer's question
    # after it goes to him again (see State.questioned)
    (_R60_PRESSER, "Every week", "Ivo Kellan"),
    (_R60_PRESSER, "It is one game", "Ivo Kellan"),
    # `The first question… went to striker Joao Mendes: how did it feel…?`
    (_R60_PRESSER, "Horrible", "Joao Mendes"),
]


_R60_BRIEFING = (
    "Arrests at the port\n\nFour men were charged on Friday after customs officers found"
    " cocaine in a shipment of drums.\n\nReporters pressed Inspector Dana Holt on whether the"
    " men were part of a wider ring.\n\n“Is this the whole ring?”\n\n“I would be surprised."
    " We are still looking at a number of people.”"
)
ROUND_60_NEWS += [
    # a guard: `Reporters pressed Inspector Dana Holt on whether…` / a bare question: the
    # reporters' words, not the inspector's
    (_R60_BRIEFING, "Is this the whole ring", "Reporters"),
]


_R60_SALT = (
    "Chefs on stage\n\nThe evening at the Grange Theatre was billed as a conversation about"
    " home cooking. The host, radio presenter Ayla Brenner, had two chefs with her.\n\nBrenner"
    " asked Piotr Lenz how much salt he really uses in a week. The chef paused, visibly"
    " counting.\n\n“More than you would think. A good stock takes a handful, and so does the"
    " bread we bake every morning.”"
)
ROUND_60_NEWS += [
    # `Brenner asked Piotr Lenz how much salt… The chef paused.` / a bare answer: the one
    # asked, not the asker (the turns had given it to her)
    (_R60_SALT, "More than you would think", "Piotr Lenz"),
]


_R60_MIXED_ZONE = (
    "Late winner sinks United\n\nVale won 2-1 at Quayfield on Saturday with a goal in the"
    " last minute.\n\n“We kept going, and that is all I ask,” said Vale manager Ruth Abara."
    "\n\nDario Okonkwo, who scored the winner, was more modest. “The ball just fell to me."
    " Anyone could have put it in.”\n\nHis captain, Lewis Penn, was blunter still. “We were"
    " poor for eighty minutes. Let us not pretend otherwise.”\n\nTomas Brink, when told of"
    " that answer, laughed. “Lewis is never happy. That is why he is captain.”\n\nUnited"
    " manager Sam Corrie was furious.\n\nCorrie did not hold back.\n\n“That was a foul."
    " Everybody in the ground saw it except the one man who matters.”\n\nTheir goalkeeper,"
    " Nina Fass, nodded in agreement. “He pushed me. Simple as that.”\n\nIfe Holm came on at"
    " half-time.\n\nHolm, the match-winner, who has kept goal for the club since she was fifteen"
    " and who rarely gives interviews of any length, was characteristically calm. Asked whether"
    " she expected to start next week, she shrugged.\n\n“That is for the coach. I just train.”"
)
ROUND_60_NEWS += [
    # words of manner before a line: `was more modest`, `was blunter still`, `…, when told of
    # that answer, laughed` (an aside between), `did not hold back`, `nodded in agreement`
    (_R60_MIXED_ZONE, "The ball just fell", "Dario Okonkwo"),
    (_R60_MIXED_ZONE, "We were poor", "Lewis Penn"),
    (_R60_MIXED_ZONE, "Lewis is never happy", "Tomas Brink"),
    (_R60_MIXED_ZONE, "That was a foul", "Sam Corrie"),
    (_R60_MIXED_ZONE, "He pushed me", "Nina Fass"),
    # a guard (a described paragraph gave it before): `Holm, …, was characteristically calm.
    # Asked whether…, she shrugged.`: her she
    (_R60_MIXED_ZONE, "That is for the coach", "Ife Holm"),
]


_R60_PRESSED = (
    "Harriers fall short\n\nThe Harriers lost 24-20 at home on Saturday.\n\n“I thought the"
    " card was harsh,” Harriers coach Nessa Brady said.\n\nWhen reporter Dan Sowden put it to"
    " her that her side had lost its discipline, Brady bristled.\n\n“I don’t agree,” she said."
    " “We gave away two penalties in the last twenty minutes.”\n\nSowden pressed: “But both"
    " were in your own half.”\n\n“Yes, and one of them they kicked. That is rugby.”"
)
ROUND_60_NEWS += [
    # a guard: `Sowden pressed: “…”` / a bare line: the answer, not more of the reporter's
    # (nobody here: a report's turns are not read across a cued challenge)
    (_R60_PRESSED, "Yes, and one of them", None),
]


_R60_STATEMENTS = (
    "Umpire row\n\nEastmoor lost by one wicket on Sunday after a run-out appeal was turned"
    " down.\n\n“I have seen the replay six times,” Eastmoor captain Rhys Cale said.\n\nMatch"
    " referee Derek Oyelu later released a short statement on behalf of the officials. “The"
    " third umpire reviewed every angle available,” it read.\n\nCale’s coach, Erik Lund, did"
    " not comment. Through his agent, Mark Tolle, he later issued a short message to"
    " supporters. “Thank you for four good years,” it said."
)
ROUND_60_NEWS += [
    # `X later released a short statement… “…,” it read.`: the issuer's words; `Through his
    # agent, Mark Tolle, he later issued a short message` is Lund's, not his agent's
    (_R60_STATEMENTS, "The third umpire", "Derek Oyelu"),
    (_R60_STATEMENTS, "Thank you for four", "Erik Lund"),
]


_R60_HONEY = (
    "The Beekeeper\n\nOdile Fenn runs eighteen hives outside Colmere. This week she was the"
    " guest of Marcus Abner on his gardening podcast.\n\nAbner opened by asking how she got"
    " started.\n\n“By accident, honestly,” Fenn said. “My neighbour died and left me his"
    " hives in his will. I didn’t know what a super was. I thought a queen excluder was some"
    " kind of political movement. My first summer I was stung forty times, and I have the"
    " photographs to prove it.”\n\n“And you kept them alive?”\n\n“Most of them. I lost two"
    " colonies that first winter.”"
)
ROUND_60_NEWS += [
    # a guard (the turns gave it before; rule_asker_again gives it now): `Abner opened by
    # asking how she got started.` / her answer / a bare question: the interviewer's
    (_R60_HONEY, "And you kept them alive", "Marcus Abner"),
    (_R60_HONEY, "Most of them", "Odile Fenn"),
]


_R60_STOVE = (
    "The Stove\n\nThe hut had one stove, and Flight Lieutenant Geoffrey Barrow was proud of"
    " it.\n\n“Spotless,” Barrow said. “Not a speck.”\n\nDumbo came in one morning during roll"
    " call and walked straight to the stove. He knelt down and looked at the floor for a long"
    " time. Then he stood up, brushed off his knees, and looked at Barrow.\n\n“Herr"
    " Leutnant,” he said, “your stove is very clean.”"
)
ROUND_60_STORIES += [
    # `Then he stood up… and looked at Barrow.` / `“…,” he said`: that he is not Barrow, so
    # neither is the next: Dumbo, the he of the sentences before
    (_R60_STOVE, "your stove is very clean", "Dumbo"),
]


_R60_RECTORY = (
    "The Rectory Dinner\n\nThe Rector had asked the Carews to dine, and Mr. Quayle with them."
    "\n\n“The railway will be the ruin of the parish,” said Mr. Quayle.\n\n“Do you think so,"
    " sir?” said Judith Carew. “I had thought it would bring the post sooner.”\n\n“Then you are"
    " young,” said he, with a slight bow, “and I envy you.”\n\nJudith Carew coloured, and her"
    " brother, Henry, observing it, came to her rescue with more zeal than tact.\n\n“Mr. Quayle"
    " would have us all sit still and be run over, I suppose.”"
)
ROUND_60_STORIES += [
    # `…, and her brother, Henry, observing it, came to her rescue…` / a bare line: his, not
    # Judith's turn again
    (_R60_RECTORY, "Mr. Quayle would have us", "Henry"),
]


_R60_BILLET = (
    "The Billet\n\nThe soldiers came to our town in the autumn I was eight. Jakob, my brother,"
    " hated them.\n\n“He plays like a man chopping wood,” my grandmother said one evening."
    "\n\nThe major asked whether he might go on playing after supper. My grandmother, from"
    " her chair by the window, said, “Go on, then. And practise.”"
)
ROUND_60_STORIES += [
    # `My grandmother, from her chair by the window, said, “…”`: an aside of where between
    # a relative and her verb
    (_R60_BILLET, "Go on, then", "my grandmother"),
]


_R60_MATRON = (
    "The Tent\n\nI arrived at the clearing station in the wet August of the second year. The"
    " matron, a square Scotswoman called Agnes Fairlie, met me at the gate and looked at my"
    " shoes.\n\n“Those will be ruined by Thursday,” she said. “Have you anything else?”\n\n"
    "“Only these, Matron.”\n\nMatron Fairlie sent for me in November."
)
ROUND_60_STORIES += [
    # `a square Scotswoman called Agnes Fairlie` names her: nobody phoned, so no
    # `Scotswoman` answers her (the teller's line, read by the narrator)
    (_R60_MATRON, "Only these, Matron", None),
]


_R60_FIRST = (
    "Bees on the verge\n\nThe project’s co-founder, retired teacher Desmond Oyel, joined the"
    " call from his kitchen.\n\n“Nobody wanted it at first,” Oyel said.\n\n“We were told we"
    " were mad,” Odile Fenn added.\n\nNear the end, the host asked both guests what they would"
    " tell a listener thinking about keeping bees. Oyel went first.\n\n“Read for a year"
    " before you buy anything. Then read some more.”"
)
ROUND_60_NEWS += [
    # `Oyel went first.` / a bare line: his, the one who took the floor
    (_R60_FIRST, "Read for a year", "Desmond Oyel"),
]


_R60_LIGHTHOUSE = (
    "The keeper’s log\n\nThis week the podcast goes back to the lighthouse at Skarvik, where a"
    " keeper vanished in 1931.\n\n“You cannot say the logbook was forged,” Priya Vantongeren"
    " is saying. “You can say it was unusual.”"
)
ROUND_60_NEWS += [
    # `“…,” Priya Vantongeren is saying. “…”`: a podcast written up in the present
    (_R60_LIGHTHOUSE, "You cannot say the logbook", "Priya Vantongeren"),
    (_R60_LIGHTHOUSE, "You can say it was unusual", "Priya Vantongeren"),
]


_R60_LOCKER = (
    "Comets close out the Mariners\n\nMarcus Dunleavy, a ten-year veteran, was at his"
    " locker with ice on both knees.\n\n“Don’t put the knees in the paper,” he said,"
    " grinning. Then, more seriously: “I came here for nights like this.”"
)
ROUND_60_NEWS += [
    # `Then, more seriously: “…”`: the one who just spoke goes on
    (_R60_LOCKER, "I came here for nights", "Marcus Dunleavy"),
]


_R60_PITCHSIDE = (
    "Kestrels through to the final\n\nIsla Haddow came off the bench to score the winning"
    " try on her return from injury.\n\n“She has worked for this,” said coach Ana Brady."
    "\n\nSpeaking pitchside to broadcaster Channel Nine afterwards, Haddow struggled to find"
    " the words.\n\n“I don’t know what to say. There were days last winter when I couldn’t"
    " walk to the kitchen.”\n\nShe paused and wiped her eyes.\n\n“My mum’s in the stand."
    " This is hers as much as mine.”"
)
ROUND_60_NEWS += [
    # an opening participle phrase before a manner: `Speaking pitchside…, Haddow struggled to
    # find the words.`; `She paused and wiped her eyes.`
    (_R60_PITCHSIDE, "I don’t know what to say", "Isla Haddow"),
    (_R60_PITCHSIDE, "My mum’s in the stand", "Isla Haddow"),
]


_R60_FIRED = (
    "Thunderbirds fire Lindqvist\n\nThe Thunderbirds dismissed head coach Erik Lindqvist on"
    " Monday after nine straight losses.\n\n“It’s on us,” captain Yuri Balakin said.\n\nPaul"
    " Desrosiers, who spent eleven seasons as a player in the league and was known in his"
    " playing days as the Lighthouse for his six-foot-six frame, takes over for the rest of"
    " the season. He spoke briefly afterwards. He said"
    " he had called Lindqvist before the press conference.\n\n“He told me to go win some"
    " games. That was it. That’s Erik.”"
)
ROUND_60_NEWS += [
    # `He said he had called Lindqvist…`: a call, not words reported; `He said` reports
    (_R60_FIRED, "He told me to go win", "Paul Desrosiers"),
]


_R60_HARTWELL = (
    "The Letter from Bath\n\nIt was a little after four when the letter arrived, and Mrs."
    " Pembury received it from the hands of the footman.\n\n“From Bath,” said she, turning it"
    " over. “Thomas, you may go.”\n\nThe footman bowed and withdrew. Her daughter Eleanor, who"
    " sat at the pianoforte without playing it, looked up.\n\n“Is it from my aunt, Mamma?”\n\n"
    "“It is, my dear.”\n\n“Mr. Ashcombe is at liberty to walk where he pleases,” said"
    " Eleanor.\n\n“He is at liberty to do a great many foolish things,” returned her mother."
)
ROUND_60_STORIES += [
    # `The footman bowed and withdrew.` brings nobody in who stays: the line after the beat
    # of `Her daughter Eleanor` is hers
    (_R60_HARTWELL, "Is it from my aunt", "Eleanor"),
    # `Her daughter Eleanor` opening its sentence is the daughter of the her before, Mrs.
    # Pembury: `returned her mother` of Eleanor is Mrs. Pembury
    (_R60_HARTWELL, "He is at liberty", "Mrs. Pembury"),
]


_R60_RIDGE = (
    "The Ridge\n\nCorporal Emil Hartung was carried down the hill on the third night, and"
    " Pavel and I did not expect to see him again.\n\n“They never tell you where they take"
    " them,” Pavel said.\n\nHartung lived. I know because a letter came from him in April,"
    " written in a neat schoolteacher’s hand. Pavel read it aloud to me because my own hands"
    " were shaking from the cold.\n\n“Dear boys,” it began. “I have found the rest of the"
    " book.”"
)
ROUND_60_STORIES += [
    # `a letter came from him…` / `“Dear boys,” it began.`: the it is the letter, the words
    # its writer's
    (_R60_RIDGE, "Dear boys", "Emil Hartung"),
]


_R60_DEBATE = (
    "The debate\n\nSenator Ted Cruz had the best night of anyone.\n\nThat is, when the"
    " moderators gave in to snark—and Lordy, how tempting that can be!— Cruz called them on"
    " it:\n\n“The questions asked in this debate illustrate why the American people don’t"
    " trust the media.”"
)
ROUND_60_NEWS += [
    # a guard: `Cruz called them on it:` is no phone call (see _phoned): his words follow
    (_R60_DEBATE, "The questions asked", "Ted Cruz"),
]


_R60_GARAGE = (
    "The Pearls\n\nI asked to see the safe. On the carpet below it I found a smear of face"
    " powder and a matchbook from a club downtown called the Starlight Room.\n\n“Does anyone"
    " in the house go to the Starlight Room, Pruett?”\n\n“I could not"
    " say, sir.”\n\nOn the way out I passed the garage. The chauffeur, a red-faced Irishman"
    " named Denny Malloy, was polishing the Packard.\n\n“You the detective?” he called.\n\n"
    "“That’s right,” I said.\n\n“Then I’ll tell you something for free.”"
)
ROUND_60_STORIES += [
    # `a red-faced Irishman named Denny Malloy`: one man, no `Irishman` of his own
    (_R60_GARAGE, "You the detective", "Denny Malloy"),
    # a guard: `On the carpet… I found… a matchbook from a club called the Starlight Room.`:
    # the teller's beat, whose objects speak no line (the teller's own, read by the narrator)
    (_R60_GARAGE, "Does anyone in the house", None),
]


_R60_BENCH = (
    "Sentencing\n\nMartin Gable stood for sentence on Friday before Judge Anita"
    " Vasquez-Thorne in the county court.\n\nAbena Osei sat in the second row with her aunt,"
    " holding a folder of letters on her knees.\n\nThe judge turned"
    " to the defense table. “Mr. Gable, you have the right to address the court before"
    " sentence is imposed.”"
)
ROUND_60_NEWS += [
    # `The judge turned to the defense table. “…”`: the judge's line, not one of whoever the
    # paragraph before was about
    (_R60_BENCH, "you have the right to address", "Anita Vasquez-Thorne"),
]


_R60_TELLER = (
    "The Client\n\nThe General was in the library, in a wheelchair by the fire. His daughter"
    " stood at the window.\n\n“Daddy, you promised,” she said. “No private eyes.”\n\n“I said I"
    " would think about it, Vivian. I have thought.”\n\n“It was Lionel,” she said. “Everybody"
    " knows it.”\n\n“Lionel who?” I asked.\n\n“Lionel Cross. He has been gone since"
    " yesterday.”\n\n“Gone where?” I asked."
)
ROUND_60_STORIES += [
    # `“…, Vivian.”` / `“It was Lionel,” she said.`: Vivian answers as a she, so she is not
    # the one who tells the story as I (their `I asked` lines were read in her voice)
    (_R60_TELLER, "Gone where", None),
]


_R60_GALLERY = (
    "Ferris Street\n\n“Mr. Pruitt, where were you standing?” asked Marsh.\n\n“By the loading"
    " dock,” said Pruitt.\n\n“Could you see the van?” said Marsh.\n\n“Not really,” said"
    " Pruitt.\n\n“Thank you,” said Marsh. “Nothing further.”\n\nMs. Delacroix rose for the"
    " prosecution.\n\nIn the second row of the gallery, a woman in a green coat leaned toward"
    " the man beside her. “He’s going to fall apart,” she whispered."
)
ROUND_60_STORIES += [
    # `In the second row…, a woman in a green coat leaned toward the man beside her.` /
    # `“…,” she whispered.`: the woman just brought in, not Ms. Delacroix
    (_R60_GALLERY, "He’s going to fall apart", "the woman"),
]


_R60_DELEGATE = (
    "First Contact\n\nThe alien was nine feet tall and smelled faintly of cinnamon.\n\n"
    "“Welcome, human delegate,” it said. “You will eat now.”\n\n“Thank you,” I said.\n\n"
    "“Sit,” said the alien.\n\n“Here?” said I.\n\n“Welcome, human delegate. This is"
    " kessa,” said the alien.\n\n“It looks lovely,” I said.\n\n“Eat,” said the alien.\n\n"
    "“All of it?” I asked."
)
ROUND_60_STORIES += [
    # `“Welcome, human delegate,”` calls nobody named Welcome: the teller of `I asked` stays
    # unnamed, read by the narrator (a `Welcome` had been taken for the teller's name)
    (_R60_DELEGATE, "All of it", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_60_NEWS + ROUND_60_STORIES)
def test_round_60(text: str, quote: str, speaker: str | None) -> None:
    """Round 60: each row failed before this round's rules, but the marked guards."""
    assert speaker_of(text, quote) == speaker


# Round 61 (fantasy quests, council reports, Tudor and Roman courts, first-person private
# eyes): rows from the developer's own texts in the reviews' shapes.
ROUND_61_STORIES: list[tuple[str, str, str | None]] = []
ROUND_61_NEWS: list[tuple[str, str, str | None]] = []


_R61_DRAWER = (
    "The Ledger\n\nThe snow had been falling since noon when Ray Dunphy came up the stairs"
    " and sat down across the desk.\n\n“You look cold,” I said.\n\n“I am cold.” He rubbed his"
    " hands. “Somebody broke into the warehouse.”\n\n“Anything taken?”\n\n“The ledger.”\n\n"
    "I opened the bottom drawer and took out the bottle. Then I found two clean glasses.\n\n"
    "“Who knew where you kept it?”\n\n“My brother. And the night man, Sully.”"
)
ROUND_61_STORIES += [
    # the teller's beat of deeds (`I opened the bottom drawer… Then I found two clean
    # glasses.`) leads to the teller's own question (a guard: read by the narrator before
    # too); the answer after it is the partner's
    (_R61_DRAWER, "Who knew where", None),
    (_R61_DRAWER, "And the night man", "Ray Dunphy"),
]


_R61_MAJOR = (
    "The Ford\n\nAn officer came down to the water with a white cloth on a stick. He was a"
    " colonel, and his name was Anton Richter. He spoke slowly.\n\n“We have no more"
    " ammunition,” he said.\n\nSergeant Bell looked at him for a long time. “How many of"
    " you?”\n\n“Sixty. Many are hurt.”\n\nBell gave him water. The colonel drank it with"
    " a nod of thanks and said, “You are a kind man, Sergeant.”"
)
ROUND_61_STORIES += [
    # `He was a colonel, and his name was Anton Richter` gives the role to the name, and a
    # story's `The colonel drank it… and said,` is the colonel's (a definite role before
    # `and said` had been nobody)
    (_R61_MAJOR, "You are a kind man", "Anton Richter"),
]


_R61_WITNESS = (
    "Day Two\n\nJudge Ruth Okoro opened the session at ten. Sam Hollis, for the defence, rose"
    " with a single sheet of paper.\n\n“Sergeant Vance, you never saw the car, did you?”\n\n"
    "“No, sir.”\n\n“And nobody told you its colour?”\n\n“Not that night.”"
)
ROUND_61_STORIES += [
    # `“Sergeant Vance, …?”` calls a witness nobody has named: the answer is his, not the
    # judge's, and the turns go on between the two
    (_R61_WITNESS, "No, sir", "Vance"),
    (_R61_WITNESS, "Not that night", "Vance"),
]


_R61_KING = (
    "The Closet\n\nThe King came in without warning, and the lords went down on their"
    " knees.\n\n“Up, up,” the King muttered. “Where is the printer?”\n\n“Gone to ground,"
    " Majesty,” whispered Pelham.\n\n“Majesty,” said Harcastle, “the book—”\n\n“I have read"
    " it.” The King did not turn around. “It is not a bad book.”\n\nHarcastle bowed his head."
)
ROUND_61_STORIES += [
    # `The King did not turn around.`: a beat of the King's (a `King` had been read as a
    # word in -ing, and `did not turn` as no verb)
    (_R61_KING, "It is not a bad book", "King"),
]


_R61_FOLK = (
    "The Pass\n\nThey made camp under the pass. Brynja laughed at something the captain"
    " said. The dwarf had a laugh like gravel in a bucket.\n\n“Snow tonight,” said Brynja."
    " “I can smell it.”\n\n“Maps say no snow,” said Captain Orrin.\n\nThe dwarf tapped her"
    " nose. “Maps never smelled anything.”\n\nOrrin shrugged and went to see to the horses."
    " Brynja watched him go. The dwarf was smiling.\n\n“He’ll learn,” said Brynja.\n\n"
    "“Learn what?” asked Tam, who had been asleep.\n\n“Go back to sleep,” said Orrin from"
    " the horse lines.\n\n“Everyone tells me that,” said Tam."
)
ROUND_61_STORIES += [
    # `Brynja laughed… The dwarf had a laugh like gravel`: the one name that takes over from
    # `the dwarf` is hers, as a creature's is (a second voice for `the dwarf` before)
    (_R61_FOLK, "Maps never smelled", "Brynja"),
]


_R61_REPORTED = (
    "Cedar Falls\n\n“Where did she go?” I asked.\n\n“West, she said. California.”\n\n“When?”"
    " I asked.\n\n“End of May.”\n\n“Alone?” I asked."
)
ROUND_61_STORIES += [
    # `“West, she said.`: a word reported, no call naming the teller `West` (who had read
    # the `I asked` lines)
    (_R61_REPORTED, "Alone", None),
]


_R61_WHISPER = (
    "The Banquet\n\nQueen Maud sat at the high table with her ladies. “More wine,” said"
    " the King.\n\n“At once, Majesty,” said the steward.\n\n“And music,” said the King.\n\n"
    "Edith bent to fill the Queen’s cup, and as she did so the Queen spoke without moving"
    " her lips.\n\n“Where is my ring?”\n\n“Madam?” whispered Edith."
)
ROUND_61_STORIES += [
    # `…the Queen spoke without moving her lips.` / `“Where is my ring?”`: hers (the turns
    # gave it to Edith)
    (_R61_WHISPER, "Where is my ring", "Maud"),
]


_R61_STABLES = (
    "Riders\n\n“The north road is flooded,” said Ann.\n\n“Then we take the ridge,” said"
    " Tom.\n\n“The ridge is worse,” said Ann.\n\n“Then we wait,” said Tom.\n\nThat evening"
    " Ann went down to the stables alone. Giles saw her coming and set down his bucket.\n\n"
    "“Giles. The grey mare is lame.”\n\n“Is she? That is bad luck.”\n\n“It is her near fore,”"
    " said Ann. “She was sound this morning.”"
)
ROUND_61_STORIES += [
    # a guard: the narration before the run brings Giles in, so the run's turns are Ann's
    # and his, not Tom's of the talk before (see _newcomers_before)
    (_R61_STABLES, "That is bad luck", "Giles"),
]


_R61_CORPORAL = (
    "The Bridge\n\nA corporal with a lantern stepped out of the hut. “Halt there,” the"
    " corporal said. “Papers.”\n\n“We have none,” said Lady Ann.\n\n“Then you don’t"
    " cross,” said the corporal.\n\n“What is your name, Corporal?” asked Lady Ann.\n\n“Dunn,"
    " my lady. Albert Dunn.”\n\n“Well, Albert Dunn, you will let us pass,” said Lady Ann.\n\n"
    "“I can’t, my lady,” said the corporal."
)
ROUND_61_STORIES += [
    # `“What is your name, Corporal?”` / `“Dunn, my lady. Albert Dunn.”`: the corporal gives
    # his name, one voice from then on (a second one for `the corporal` before)
    (_R61_CORPORAL, "I can’t, my lady", "Albert Dunn"),
    (_R61_CORPORAL, "Halt there", "Albert Dunn"),
]


_R61_COUNTER = (
    "Pawn\n\nMo Katz sat behind the cage. His grandson Eli was sweeping the floor.\n\n“You"
    " again,” said Eli.\n\n“Me again,” I said.\n\n“Eli, the kettle,” said Mo, and the boy"
    " went.\n\nI put the ring on the counter. “This came through here in May.”\n\n“Many"
    " rings come through here.” Mo did not touch it.\n\n“This one belonged to a dead"
    " man.”\n\n“I am sorry to hear.”"
)
ROUND_61_STORIES += [
    # `I put the ring on the counter. “…”` is the teller's turn, so the bare line after Mo's
    # is the teller's again (read by the narrator), not Eli's from before
    (_R61_COUNTER, "This one belonged to a dead man", None),
]


_R61_TOMB = (
    "The Sexton\n\nAn old man sat in the church porch out of the rain.\n\n“You’ll be a"
    " walker,” he said.\n\n“Of a sort,” I said.\n\nThe last name on the tomb was cut"
    " shallower than the rest: “Mary, daughter of the above, aged 19 years.”\n\n“Who was"
    " she?” I asked.\n\n“The squire’s girl,” he said."
)
ROUND_61_STORIES += [
    # `“Mary, daughter of the above, aged 19 years.”`: a tomb's words name no teller `Mary`
    # (who had read the `I asked` lines)
    (_R61_TOMB, "Who was she", None),
]


_R61_HALL = (
    "Lunchtime\n\nNobody took much notice of four Year Fours drifting towards the piano with"
    " their hands in their pockets.\n\n“Under here?” whispered Kit.\n\n“Under here,” said"
    " Ada.\n\n“One,” counted Ada, kneeling down. “Two. Three.”\n\n“Got it!” cried Kit."
)
ROUND_61_STORIES += [
    # `“One,” counted Ada`: a cue (no `Year Fours` speaking from the paragraph before)
    (_R61_HALL, "One", "Ada"),
]


_R61_CLERK = (
    "The Inventory\n\nThe firm sent its most junior clerk down into Shropshire that November."
    " That clerk was myself, Edward Ashdown, then four-and-twenty.\n\nThe housekeeper met me"
    " at the door. “You will find a fire in the library,” she said.\n\n“Is there some reason"
    " for that?” I asked.\n\n“There is coal enough, sir,” said the housekeeper.\n\n“Then"
    " light the east rooms,” I said."
)
ROUND_61_STORIES += [
    # `That clerk was myself, Edward Ashdown`: the teller names himself in the narration,
    # so the `I said` lines are his
    (_R61_CLERK, "Then light the east rooms", "Edward Ashdown"),
]


_R61_STAIR = (
    "The Stair\n\nThe lamps went out together. In the dark, Brisa could hear her own heart,"
    " and close by, the breathing of Toma.\n\n“Nobody move,” said Korrin.\n\nThey went on"
    " slowly. Korrin stopped at the arch and took off his helm.\n\n“What does it say?” Brisa"
    " whispered.\n\n“It says turn back,” he said.\n\n“It doesn’t,” said Toma. “That’s six"
    " words.”"
)
ROUND_61_STORIES += [
    # `Brisa could hear her own heart`: her own is hers, so Brisa is a woman and `he said`
    # after her line is Korrin's (Brisa, of no known gender, had taken the he)
    (_R61_STAIR, "It says turn back", "Korrin"),
]


_R61_TOWER = (
    "The Tower\n\nMagister Iolo Garnet lived at the top of a tower that leaned, and he"
    " charged for the stairs.\n\n“A copper a flight,” said the boy at the bottom, holding out"
    " his palm.\n\n“And does it keep anyone out?” asked Captain Rook.\n\n“Mostly the poor,"
    " ma’am,” said the boy."
)
ROUND_61_STORIES += [
    # a guard: `said the boy at the bottom` is not Magister Iolo Garnet, the one man named
    # before (a boy is nobody called by a rank, see resolve._too_grown; the review's story
    # gave the boy's lines to the Magister)
    (_R61_TOWER, "A copper a flight", "the boy"),
]


_R61_OVERTIME = (
    "Board splits over overtime\n\nSupervisor Rita Okonjo said overtime had risen every year"
    " for five years.\n\n“We have to ask whether we need it or whether it has become part of"
    " the pay,” she said.\n\nCaptain Leon Marsh, standing in for Sheriff Ada Crane, who was"
    " away at a conference, said the office had lost nine deputies this year.\n\n“When you’re"
    " nine short, somebody still has to cover the night shift,” Marsh said.\n\nThe exchange"
    " that followed grew sharp.\n\n“So hire nine deputies.”\n\n“With what? You just told us"
    " there’s no money.”\n\n“There’s money for overtime.”"
)
ROUND_61_NEWS += [
    # `Captain Leon Marsh, standing in for Sheriff Ada Crane, who was away…, said…`: the
    # paragraph reports Marsh's words and sets nobody with him; the bare reply is the one
    # who spoke before (it went to the absent sheriff)
    (_R61_OVERTIME, "So hire nine deputies", "Rita Okonjo"),
    (_R61_OVERTIME, "money for overtime", "Rita Okonjo"),
]

_R61_INDEPENDENT = (
    "Deputy mayor quits\n\nThe deputy mayor, Ruth Abara, resigned on Tuesday after the vote."
    "\n\nAmong those who voted against was Councillor Omar Haddad, an independent, who"
    " described his former colleague as “the most careful member of that council, by a"
    " mile.”\n\n“People will call her difficult,” he said. “She isn’t.”"
)
ROUND_61_NEWS += [
    # `Councillor Omar Haddad, an independent, who said`: the who is Haddad, not a speaker
    # called `an independent`
    (_R61_INDEPENDENT, "People will call her difficult", "Omar Haddad"),
]


_R61_REGRET = (
    "Deputy mayor quits over depot\n\nRuth Abara resigned as deputy mayor on Tuesday after a"
    " closed-session vote on the depot sale.\n\n“I’ve done my bit,” Abara said.\n\nThe"
    " residents’ association secretary, Colin Hayes, put it bluntly. “Whatever you think of"
    " Ruth, she got people reading the small print.”\n\nDoes she regret it?\n\n“Ask me in six"
    " months.”"
)
ROUND_61_NEWS += [
    # `Does she regret it?` after Colin Hayes's line asks about a woman: the answer is not
    # his (whose it was before)
    (_R61_REGRET, "Ask me in six months", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_61_NEWS + ROUND_61_STORIES)
def test_round_61(text: str, quote: str, speaker: str | None) -> None:
    """Round 61: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


# --------------------------------------------------------------------------------------------
# Round 62
# --------------------------------------------------------------------------------------------

ROUND_62_STORIES: list[tuple[str, str, str | None]] = []
ROUND_62_NEWS: list[tuple[str, str, str | None]] = []


_R62_CONCEDED = (
    "Depot vote\n\nRuth Abara resigned on Tuesday. Councillor Janet Birch said the walkout"
    " had been a mistake.\n\n“You don’t win arguments from the car park,” Birch said.\n\n"
    "Asked about that, the former deputy mayor was quiet for a moment.\n\n“Janet’s not wrong"
    " about the vote,” she conceded. “But a deferral only buys a month.”"
)
ROUND_62_NEWS += [
    # `“Janet’s not wrong…,” she conceded`: a line that talks of Janet (a contracted `is`)
    # is not hers, whom the she would be taken for
    (_R62_CONCEDED, "Janet’s not wrong", None),
    (_R62_CONCEDED, "You don’t win arguments", "Janet Birch"),  # a guard
]


_R62_BACK_ROWS = (
    "The Tribute\n\nQuintus Mela, the senior consul, rose with a tablet. “Conscript fathers,"
    " the tribute is late.”\n\n“It is only a month,” said Gaius Varro.\n\n“A month and four"
    " hundred thousand sesterces,” said Mela.\n\n“Lighter,” said a voice from the back rows,"
    " “or lightened?”\n\nThat was Marcus Celer, twenty-nine years old and new to the Senate."
    " Older men turned to look at him.\n\n“The senator will wait until he is called upon,”"
    " Mela said.\n\n“Forgive me, Consul,” said Celer."
)
ROUND_62_STORIES += [
    # `said a voice from the back rows` / `That was Marcus Celer`: his, both parts (the
    # next paragraph's `That was` is as good as `It was`, within its first sentences)
    (_R62_BACK_ROWS, "Lighter", "Marcus Celer"),
    (_R62_BACK_ROWS, "or lightened", "Marcus Celer"),
]


_R62_ANALYST = (
    "The Letter\n\nFelix Arden had been an analyst on the Iberian desk for six years. He came"
    " in with a pencil behind his ear.\n\n“You sent for me,” said Arden.\n\n“Sit down,” said"
    " Imogen Hale. “Read this.”\n\n“Who else has seen it?” asked Arden.\n\n“Nobody,” said"
    " Hale.\n\n“Maines has run Lisbon for nine years,” the analyst said slowly."
)
ROUND_62_STORIES += [
    # `Felix Arden had been an analyst…`: `the analyst said` is Arden, not a second voice
    (_R62_ANALYST, "Maines has run Lisbon", "Felix Arden"),
]


_R62_SEGUN = (
    "Ward Seven\n\nThe doctors came at half past nine: Dr Olusegun Adeyemi, the consultant,"
    " whom all the children called Dr Segun, and his registrar, Kieran Moss.\n\n“Morning,"
    " Theo,” said Moss.\n\n“Morning,” said Theo.\n\n“What have you got there?” asked"
    " Theo.\n\n“A marble,” said Moss.\n\n“Where did it come from?” asked Theo.\n\n“I don't"
    " know,” said Dr Segun. “I found it in my pocket.”"
)
ROUND_62_STORIES += [
    # `whom all the children called Dr Segun`, after an appositive: his nickname, one voice
    (_R62_SEGUN, "I found it in my pocket", "Olusegun Adeyemi"),
]


_R62_GONE = (
    "The Family Room\n\nDr Haddad stood. “She's coming back from the scanner now,” he said."
    " “Give the nurses ten minutes.”\n\n“Thank you,” said Joanna.\n\n“Can we see her?”"
    " asked Marcus.\n\n“Soon,” said Haddad.\n\nWhen he had gone Marcus sat with his"
    " elbows on his knees for a long time.\n\n“I liked him,” he said finally."
)
ROUND_62_STORIES += [
    # `When he had gone Marcus sat…`: the he opens a clause before Marcus, the sentence's
    # subject, so the next `he said` is Marcus's, not the man who left
    (_R62_GONE, "I liked him", "Marcus"),
]


_R62_PHONE = (
    "The Stapler\n\nMarjorie Hale retired on Friday. On Monday Gordon Pell took her stapler."
    "\n\n“It was Marjorie's,” said Priya Nair.\n\n“It's the company's,” said Gordon.\n\n"
    "“Says who?” asked Terry.\n\n“Says me,” said Gordon.\n\n“Oh, grow up,” said Priya."
    "\n\nThe phone on Marjorie's desk"
    " rang. Priya picked up and pressed the button for the speaker.\n\n“Is that Priya?"
    " Lovely. It's Marjorie. I'm on a terrace, so I'll be quick.”"
)
_R62_HELPDESK = (
    "Hold Music\n\nI rang the helpdesk, which is staffed by someone who calls himself"
    " Gareth.\n\n“IT Support, Gareth speaking, how can I help?”\n\n“My password's"
    " expired,” I said.\n\n“Okay,” said Bernadette from the next desk. “Good luck.”\n\n"
    "“Thanks,” I said.\n\n“Don't mention it,” said Bernadette.\n\n“Hello?” I said."
)
ROUND_62_STORIES += [
    # a caller names themselves the telephone's way: `It's Marjorie.` after a check of who
    # answered (not Priya, whom the line asks for), `Gareth speaking`
    (_R62_PHONE, "It's Marjorie", "Marjorie Hale"),
    (_R62_HELPDESK, "Gareth speaking", "Gareth"),
]


_R62_CARD = (
    "Ward Seven\n\n“Is it post?” asked Theo.\n\n“It's a card,” said Hannah.\n\n“Who from?”"
    " asked Theo.\n\n“Open it and see,” said Dot.\n\n“You read it,” said Theo.\n\nHannah"
    " opened the card and read it aloud.\n\n“Dear Theo,” she read. “We miss you. Get better"
    " soon. Love from Class Four.” Underneath, in a different pen: “P.S. Don't lick it.”"
)
_R62_REGARDS = (
    "The Machine\n\n“It's broken again,” said Dawn.\n\n“It's always broken,” said Colin."
    "\n\n“Not for long,” said Dawn.\n\n“Meaning?” asked Colin.\n\n“Wait,” said Dawn.\n\n"
    "At three o'clock the email arrived. Dawn read it out at reception.\n\n“Dear all. A new"
    " machine will be installed on every floor from Monday. Warm regards, Howard.”"
)
ROUND_62_STORIES += [
    # a card read out (`“Dear Theo,” she read.`) is its signer's, both parts, up to the
    # signature `Love from Class Four`; `Warm regards, Howard.` is a signature
    (_R62_CARD, "Dear Theo", "Class Four"),
    (_R62_CARD, "We miss you", "Class Four"),
    (_R62_REGARDS, "Dear all", "Howard"),
]


_R62_SWEDE = (
    "Calderbridge edge Rivermouth\n\nCalderbridge won 21-18 at the Boot on Saturday.\n\n"
    "Calderbridge head coach Petra Lindqvist was not at her most expansive afterwards. “A"
    " win’s a win,” the Swede said. “We will enjoy it tonight.”"
)
ROUND_62_NEWS += [
    # `Calderbridge head coach Petra Lindqvist`: the club qualifies the title (no subject of
    # the sentence) and `head` is a title's word, so `the Swede` is Lindqvist
    (_R62_SWEDE, "A win’s a win", "Petra Lindqvist"),
]


_R62_SLAM = (
    "Room Two\n\n“Any more questions?” asked the moderator.\n\n“One,” said Dieter Koch.\n\n"
    "“Go ahead,” said the moderator.\n\n“Was it nerves?” asked Koch.\n\n“No,” said Annika"
    " Brandt.\n\nIt was the first Grand Slam she had played without her father in the stands."
    "\n\nShe answered in German. “He asked what my father would say,” she said."
)
ROUND_62_STORIES += [
    # `the first Grand Slam she had played`: an event counted, no woman to take the she
    (_R62_SLAM, "He asked what my father", "Annika Brandt"),
]


_R62_CORONER = (
    "The Inquest\n\nBertram Lusk, justice of the peace and acting coroner for the district,"
    " sat behind a table made of two sawhorses and a door.\n\n“State your name,” said Lusk."
    "\n\n“Billy Harrow,” said the boy.\n\n“You found him?” asked Lusk.\n\n“Yes, sir,” said"
    " Billy.\n\n“Then tell it,” said Lusk.\n\nBilly looked at Mr. Greer. “I'd rather not,”"
    " he said.\n\n“He'll answer it,” said the coroner, “or he'll answer it to the judge.”"
)
ROUND_62_STORIES += [
    # `Bertram Lusk, justice of the peace and acting coroner for the district,`: the roles
    # set off after his name are his, so `said the coroner` is Lusk, both parts
    (_R62_CORONER, "He'll answer it", "Bertram Lusk"),
    (_R62_CORONER, "answer it to the judge", "Bertram Lusk"),
]


_R62_JURY = (
    "Room Eleven\n\nArturo Lindqvist, the foreman, set the form on the table.\n\n“Where do"
    " we start?” asked Evelyn Dace.\n\n“With the clock,” said Lindqvist.\n\n“That's a long"
    " conversation,” said the young man across from her. Kwame Asante was the youngest on the"
    " panel. “Can I say why?”\n\n“Go on,” said Lindqvist.\n\n“Or the clock was wrong.” That"
    " was Bernadette Sloane, juror number nine, who ran a nail salon.\n\n“Exactly,” said"
    " Asante."
)
ROUND_62_STORIES += [
    # a role's line whose next sentence names somebody for the first time (`Kwame Asante was
    # the youngest…`) is theirs, not the nearest man's; `That was Bernadette Sloane` names
    # the line before as `It was` does
    (_R62_JURY, "long conversation", "Kwame Asante"),
    (_R62_JURY, "Can I say why", "Kwame Asante"),  # a guard (his by the beat before too)
    (_R62_JURY, "Or the clock was wrong", "Bernadette Sloane"),
]


_R62_PASSPORTS = (
    "Night Train\n\nThe man by the window was reading a Dutch paper.\n\n“Is this seat"
    " taken?” I asked.\n\n“It depends who is asking,” he said.\n\n“A man who likes the"
    " lakes,” I said.\n\nA customs officer came in with a clipboard.\n\n“Passports, please."
    " Passports.”\n\n“Here,” I said.\n\n“Your passport, sir,” said the officer to him."
)
ROUND_62_STORIES += [
    # `“Passports, please.”` calls nobody (the text writes `passport` in lower case): the
    # teller is no one called Passports, and reads in the narrator's voice
    (_R62_PASSPORTS, "Is this seat taken", None),
]


_R62_HOLLOW = (
    "The Witch of Bramble Hollow\n\nEverybody in the village knew three things about Mother"
    " Sloe. She lived alone in Bramble Hollow, and she kept a cat.\n\nWhen their mother fell"
    " ill, Pip said they ought to go to the witch.\n\n“She'll eat us,” said Wren.\n\n“She"
    " won't,” said Pip.\n\n“She will,” said Wren.\n\nThe path to Bramble Hollow went down"
    " between tall hedges. The witch was sitting at her door with a newspaper.\n\n“Who"
    " knocks?” said the witch.\n\n“Wren and Pip,” said Wren.\n\n“Come in,” said the witch."
)
ROUND_62_STORIES += [
    # `in Bramble Hollow`, `The path to Bramble Hollow`: a place, never the one `the witch`
    # (seen before it) turns out to be
    (_R62_HOLLOW, "Who knocks", "the witch"),
]


_R62_WREN = (
    "Twins\n\nPip Cobb wanted to go. His sister Wren did not.\n\n“No,” said Wren.\n\n“Yes,”"
    " said Pip.\n\n“No,” said Wren.\n\n“Yes,” said Pip.\n\n“Fine,” said Wren.\n\nYears"
    " later Wren Cobb still laughed about it. “We were fools,” she said."
)
ROUND_62_STORIES += [
    # a story's `Wren`, then `Wren Cobb`: one person, one voice, though `Wren` is no first
    # name the lists know
    (_R62_WREN, "Fine", "Wren Cobb"),
    (_R62_WREN, "We were fools", "Wren Cobb"),  # a guard
]


_R62_RULING = (
    "Day Ten\n\nBeatrice Fane rose for the defence.\n\n“You said it was dark, Mr. Hobbes,”"
    " said Fane.\n\n“It was dark,” said Hobbes.\n\n“Thirty feet, at two in the morning?”"
    " asked Fane.\n\n“About that,” said Hobbes.\n\nRadley half rose. “Objection, Your Honor."
    " Counsel is testifying.”\n\n“Rephrase,” the judge said.\n\n“Was the lamp working that"
    " night, Mr. Hobbes?”\n\n“I thought it was.”"
)
ROUND_62_STORIES += [
    # after an objection and the judge's ruling the examination goes on: the next bare
    # question is the examiner's (Fane), not the objector's; the answer the witness's
    (_R62_RULING, "Was the lamp working", "Beatrice Fane"),
    (_R62_RULING, "I thought it was", "Hobbes"),
]


_R62_FENWICK = (
    "The quiet manager\n\nPatrick Dunmore has been the manager of Ashby Town for eleven"
    " years, on a wage budget that one rival manager describes as “roughly what we spend on"
    " yoghurt.”\n\nNot everyone is charmed. Stuart Lomax, whose Fenwick side were beaten by"
    " Ashby in the play-off semi-final, has been scornful.\n\n“Fair play to him, he's done"
    " well,” the Fenwick manager said last week."
)
ROUND_62_NEWS += [
    # `Stuart Lomax, whose Fenwick side…`: `the Fenwick manager` is Lomax, not the rival
    # manager met in a fragment before
    (_R62_FENWICK, "Fair play to him", "Stuart Lomax"),
]


_R62_JACK = (
    "Away Day\n\nDeborah Finch had organised the day herself.\n\n“Coats off,” said Deborah."
    "\n\n“Do we have to?” asked Owen.\n\n“Yes,” said Deborah.\n\n“I admire Deborah,” said a"
    " young man from Accounts, “for organising today.”\n\n“Oh, that's lovely,” said Deborah."
    " “Thank you, Jake.”\n\n“It's Jack.”\n\n“Jack. Of course.”"
)
_R62_BOOKER = (
    "Coyote Wells\n\nThe old man at the corner table had not looked up.\n\n“Folks say you"
    " got a room let to a Mr. Booker,” said Johnny.\n\n“I let rooms to a good many misters,”"
    " said Mae.\n\n“Which one is he?” asked Johnny.\n\n“Ask him,” said Mae.\n\nThe old man"
    " put down his cards.\n\n“No call to trouble the lady,” he said. “I'm Booker.”"
)
ROUND_62_STORIES += [
    # `“It's Jack.”`, the newcomer correcting `Thank you, Jake`, names him; `“I'm Booker.”`
    # is a line, no title of a work
    (_R62_JACK, "I admire Deborah", "Jack"),
    (_R62_JACK, "It's Jack", "Jack"),
    (_R62_BOOKER, "I'm Booker", "Booker"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_62_NEWS + ROUND_62_STORIES)
def test_round_62(text: str, quote: str, speaker: str | None) -> None:
    """Round 62: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


# Round 63: reviews of horror, cozy mysteries, war fiction, court reports, YA fantasy, and
# round 62's held-out myths and parliamentary sketches (read after that round).
ROUND_63_STORIES: list[tuple[str, str, str | None]] = []
ROUND_63_NEWS: list[tuple[str, str, str | None]] = []

_R63_SPEAKER = (
    "Sketch: Second Sheet\n\nYesterday Gregory Whitcombe, Chancellor of the Exchequer, rose to"
    " speak and did not seem to hear the murmur.\n\n“Mr Speaker,” he began, “the country asked"
    " us for stability.”\n\nSir Alan Pruett, the Speaker, who has presided over the chamber for"
    " nine years, raised one hand and asked for quiet.\n\nDesmond Farrier, the member for Lower"
    " Tassock, has been heckling since before some of them were born.\n\n“The honourable"
    " gentleman has had his exercise,” said the Speaker, not looking up.\n\nThe Chancellor"
    " returned to his feet. He had found a second sheet of paper.\n\n“The right honourable"
    " lady,” he said, “talks about hospitals.”"
)
_R63_GROSS = (
    "The Latest\n\nThe White House usually does the tweeting when President Barack Obama"
    " speaks.\n\nDan Gross, president of the Brady Campaign, live tweeted as Obama spoke from"
    " the East Room.\n\nAn early tweet quoted the president as saying “Need to do something"
    " to prevent the next one!”"
)
_R63_PRITCHARD = (
    "Drink driver jailed\n\nA man was jailed on Monday for driving while drunk through the"
    " town centre at night, the court heard.\n\nSpeaking after the hearing, Sergeant Nia"
    " Pritchard of Weltham’s roads policing unit said: “Drink-driving ruins lives. On this"
    " occasion we were fortunate.”"
)
_R63_RECORDER = (
    "Medals burglar jailed\n\nKyle Brennan was sentenced at Marsham Crown Court on Friday by"
    " Recorder Jonathan Fairweather.\n\nOwen Tremlett, defending, said his client was"
    " ashamed.\n\n“Is there any prospect of the medals being found?” the recorder asked."
)
ROUND_63_NEWS += [
    # `Sir Alan Pruett, the Speaker,` makes `said the Speaker` his, not a new voice; `The
    # Chancellor returned to his feet` after `Gregory Whitcombe, Chancellor of the
    # Exchequer,` makes the next `he said` the Chancellor's, not the last man named
    (_R63_SPEAKER, "has had his exercise", "Alan Pruett"),
    (_R63_SPEAKER, "talks about hospitals", "Gregory Whitcombe"),
    # guard: `Dan Gross, president of the Brady Campaign,` does not take `the president`
    # from President Obama
    (_R63_GROSS, "prevent the next one", "Barack Obama"),
    # `X of Weltham’s roads policing unit said:` is X; a Recorder is `the recorder`
    (_R63_PRITCHARD, "ruins lives", "Nia Pritchard"),
    (_R63_RECORDER, "prospect of the medals", "Jonathan Fairweather"),
]


_R63_LYSSA = (
    "The Games\n\n“Who shoots first?” asked Phaistor.\n\n“I do,” said Corrin.\n\n“Then"
    " shoot,” said Phaistor.\n\n“Wait,” said Andrava.\n\n“For what?” said Corrin.\n\nThe"
    " archery followed. Lyssa, Harkon's niece, who was fifteen, walked out with her own small"
    " bow. Corrin did more than mutter.\n\nLyssa did not look at him. She nocked an arrow."
    "\n\n“My uncle taught me that shot,” she said into the silence."
)
_R63_AGENT = (
    "Wren Hollow\n\nThe agent was waiting on the porch when the Okafors pulled in, a clipboard"
    " pressed to her chest. Delia Marsh had sold houses in Callow County for twenty years."
    "\n\n“You found it,” said Delia.\n\n“We did,” said Ruth.\n\n“It's bigger than the"
    " pictures,” said Tom.\n\n“They always are,” said Delia.\n\n“Who keeps it up?” asked"
    " Ruth.\n\n“The estate keeps a woman on,” the agent said."
)
_R63_MEDIUM = (
    "The Sitting\n\n“Sit there,” said Mrs. Hollins.\n\n“Here?” asked Dr. Arden.\n\n“Yes,”"
    " said Mrs. Hollins.\n\n“And Gerald?” asked Dr. Arden.\n\n“Beside me,” said Mrs."
    " Hollins.\n\nThey were five: the Hollinses, Dr. Arden, Mr. Cole, and the medium.\n\nShe"
    " called herself Madame Irina.\n\n“Join hands, please,” the medium said."
)
_R63_DOC = (
    "Cupcake\n\nThey called him Cupcake because of a care package from his grandmother. His"
    " real name was Leon Tate, and he was eighteen.\n\nDoc was Specialist Four Eddie Marsh,"
    " the platoon medic.\n\n“Jungle rot,” said Doc.\n\n“Bad?” asked Cupcake.\n\n“Keep it"
    " dry,” said Doc.\n\n“How?” asked Cupcake.\n\n“Pray on it,” said Doc."
)
_R63_BUNCE = (
    "Any Other Business\n\nRosalind Pettigrew — Ros to everyone but Dot Bunce — arrived at"
    " ten past seven.\n\n“Ladies,” said Mrs Quennell.\n\n“Sorry,” said Ros.\n\n“Minutes,”"
    " said Mrs Quennell.\n\nMiss Dorothy Bunce, secretary since the Coronation (according to"
    " herself), rose.\n\n“Read,” said Mrs Quennell.\n\n“Gladly,” said Ros.\n\n“Terrible"
    " business,” the secretary said."
)
ROUND_63_STORIES += [
    # `Lyssa, Harkon's niece,` is a person (a relative set off after a one-word name), so
    # `she said` is hers, not the man's named before
    (_R63_LYSSA, "taught me that shot", "Lyssa"),
    # `The agent was waiting… Delia Marsh had sold houses…`: a name first written in the
    # sentence after a role's is the role's; `the medium.` / `She called herself Madame
    # Irina.` likewise
    (_R63_AGENT, "keeps a woman on", "Delia Marsh"),
    (_R63_MEDIUM, "Join hands", "Madame Irina"),
    # nicknames: `They called him Cupcake… His real name was Leon Tate`; `Doc was
    # Specialist Four Eddie Marsh`
    (_R63_DOC, "Bad", "Leon Tate"),
    (_R63_DOC, "Pray on it", "Specialist Four Eddie Marsh"),
    # `Dot Bunce` and `Miss Dorothy Bunce` are one (a pet form), who is `the secretary`
    # (`secretary since the Coronation (…)`)
    (_R63_BUNCE, "Terrible business", "Dorothy Bunce"),
]


_R63_WIDOW = (
    "Cyclist death: driver jailed\n\nDr Simon Ferraby, a GP, was killed on the A614 in"
    " March.\n\nProsecuting, Jane Easterbrook said the car was travelling"
    " at 58mph in a 50mph zone.\n\nShe said the defendant had been filming himself.\n\nHis"
    " widow, Anna Ferraby, read her statement from the witness box.\n\n“Simon was the kindest"
    " man I have ever known.”\n\nDr Ferraby’s brother, Michael, did not feel able to read his"
    " own statement, which was read on his behalf by Ms Easterbrook.\n\n“My brother had been"
    " cycling that road for twenty years.”"
)
_R63_EMAIL = (
    "Treasurer stole from bowls club\n\nImran Siddiqui, prosecuting, said the club had"
    " trusted its treasurer absolutely.\n\nThe club secretary, Pauline Worsfold, noticed the"
    " accounts did not add up.\n\nWhen she raised it with Geoffrey Allingham by email, he"
    " replied within minutes.\n\n“Pauline, there’s a simple explanation,” he wrote."
)
ROUND_63_NEWS += [
    # a sentence that opens with a relative set off before the name (`His widow, Anna
    # Ferraby, read her statement`, `Dr Ferraby’s brother, Michael,`) is the name's: the
    # statement after it is theirs, not the prosecutor's or the brother's
    (_R63_WIDOW, "kindest man", "Anna Ferraby"),
    (_R63_WIDOW, "cycling that road", "Michael Ferraby"),
    # `When she raised it with Allingham by email, he replied`: the he is the one man the
    # opening clause names, so the next `he wrote` is his
    (_R63_EMAIL, "simple explanation", "Geoffrey Allingham"),
]


_R63_DISPATCH = (
    "The Tolley Place\n\nSheriff Amos Pruitt had known Hattie Greer all his life. So when"
    " Dispatch patched her through at a quarter past two in the morning, he sat up in bed and"
    " listened.\n\n“Amos,” she said. “There is somebody in the Tolley place.”\n\n“Nobody's"
    " lived there since the war,” said Amos.\n\n“Somebody does now,” said Hattie.\n\n“I'll"
    " come out,” said Amos.\n\n“Bring the girl,” said Hattie.\n\n“Lena?” asked Amos."
)
_R63_VOICE = (
    "The Sitting\n\n“Join hands,” said Madame Irina.\n\n“Must we?” asked Dr. Arden.\n\n“We"
    " must,” said Mrs. Hollins.\n\n“Very well,” said Dr. Arden.\n\n“Now wait,” said Madame"
    " Irina.\n\nThe door swung inward on the dark hall, and from the empty dark a boy’s voice"
    " spoke, hoarse, in a sing-song that Mrs. Hollins had not heard in fifteen years.\n\n“Come"
    " and find me.”"
)
ROUND_63_STORIES += [
    # `when Dispatch patched her through`: a dispatcher is an office, no she, so `she said`
    # is Hattie's
    (_R63_DISPATCH, "somebody in the Tolley place", "Hattie Greer"),
    # a line after narration that hears a boy's voice is the boy's, not a turn of the talk
    # before nor the listener the sentence names
    (_R63_VOICE, "Come and find me", "a boy"),
]


_R63_TERRACE = (
    "Number Nine\n\n“Sit anywhere,” said Mrs. Farrow.\n\n“Thank you,” said Sowerby.\n\n“Tea?”"
    " asked Mrs. Farrow.\n\n“Please,” said Sowerby.\n\n“Milk?” asked Mrs. Farrow.\n\nFrom the"
    " window you could see the whole of Alma Terrace: the phone box, the bus stop.\n\n“I told"
    " him, and he wrote down about half of it,” she said."
)
_R63_SHIP = (
    "The Long Quiet\n\n“Captain, I have reacquired the beacon,” MERIDIAN said.\n\n“Where?”"
    " asked Okafor.\n\n“Eleven thousand kilometres out,” MERIDIAN said.\n\n“Beacons don't"
    " move,” said Brandt.\n\nDelacroix took her feet off the console.\n\n“It is the Corriveau"
    " relay,” the ship said."
)
_R63_INVESTOR = (
    "Harlow Finch results\n\nChief executive Delphine Okafor said the retailer would close 14"
    " stores.\n\nOne top-20 shareholder, who asked not to be named, said the board had been"
    " too slow.\n\n“Delphine is saying the right things,” the investor said."
)
ROUND_63_STORIES += [
    # `Alma Terrace` is a street, though Alma is a first name: no she
    (_R63_TERRACE, "wrote down about half", "Mrs. Farrow"),
    # a story whose machine speaks as MERIDIAN calls it `the ship`: one voice
    (_R63_SHIP, "Corriveau relay", "MERIDIAN"),
]
ROUND_63_NEWS += [
    # a role cue nobody holds is not the nearest person when the line talks of them
    (_R63_INVESTOR, "saying the right things", None),
]


_R63_TAPE = (
    "Canal Street\n\n“This interview is being recorded,” said Inspector Helen Marsh.\n\n“Noted,”"
    " said Okafor.\n\n“Sit up,” said Marsh.\n\n“Why?” asked Okafor.\n\n“Because,” said"
    " Marsh.\n\nAcross the table, Darren Pryce slouched. His solicitor, a tired woman named"
    " Grace Adeyemi, had a pen she kept clicking.\n\n“Grace Adeyemi, duty solicitor,” she"
    " said.\n\n“Understood.” Marsh squared the folder. “Darren, you know why you’re here.”"
    "\n\n“No comment.”"
)
_R63_CALLED_LAST = _R63_TAPE.replace("solicitor,” she said", "solicitor,” said Adeyemi")
ROUND_63_STORIES += [
    # a line that gives its speaker's own full name for the tape calls nobody: `she said`
    # is the solicitor named just before
    (_R63_TAPE, "duty solicitor", "Grace Adeyemi"),
    # the line that ends the paragraph before calls Darren by name: he answers
    (_R63_CALLED_LAST, "No comment", "Darren Pryce"),
]


_R63_OBJECT = (
    "Shaft Seven\n\n“Play the log,” said Ferreira-Holt.\n\n“Now?” asked Obi.\n\n“Now,” said"
    " Ferreira-Holt.\n\n“All of it?” asked Obi.\n\n“Yes,” said Ferreira-Holt.\n\nAram"
    " Petrosyan came in behind them.\n\n“Inspector, I must object—” That was Petrosyan,"
    " finally catching up. “Those logs are—”"
)
ROUND_63_STORIES += [
    # `That was Petrosyan` after a line broken off with a dash names its speaker, both parts
    (_R63_OBJECT, "must object", "Aram Petrosyan"),
    (_R63_OBJECT, "Those logs are", "Aram Petrosyan"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_63_NEWS + ROUND_63_STORIES)
def test_round_63(text: str, quote: str, speaker: str | None) -> None:
    """Round 63: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


ROUND_64_STORIES: list[tuple[str, str, str | None]] = []
ROUND_64_NEWS: list[tuple[str, str, str | None]] = []

_R64_FINGERS = (
    "The Farm Trip\n\nFreddie Bell had forgotten his wellies. Freddie always forgot everything,"
    " which is why everyone called him Fingers.\n\n“Line up,” said Miss Drummond.\n\n“Why?”"
    " asked Tom.\n\n“Because,” said Miss Drummond.\n\n“Now?” asked Tom.\n\n“Now,” said Miss"
    " Drummond.\n\n“Bet you I can get her whistle,” Fingers whispered."
)
_R64_PROFESSOR = (
    "The Bottle\n\n“Right, class!” said Mrs. Featherstone. “Gloves on.”\n\n“Why?” asked"
    " Ruby.\n\n“Glass,” said Mrs. Featherstone.\n\n“Where?” asked Ruby.\n\n“Anywhere,” said"
    " Mrs. Featherstone.\n\nRuby Oduya and Adebayo Fashola went down to the tideline. Adebayo"
    " was the cleverest boy in Seahorse Class, and so everybody called him the Professor."
    "\n\nA week later the letter was addressed to Seahorse Class.\n\n“Polypropylene,” said the"
    " Professor, peering at the crisp packet."
)
_R64_MR_K = (
    "The Bottle\n\n“Gloves on,” said Mrs. Featherstone.\n\n“Why?” asked Ruby.\n\n“Glass,”"
    " said Mrs. Featherstone.\n\n“Where?” asked Ruby.\n\n“Anywhere,” said Mrs. Featherstone."
    "\n\nNobody laughed except Mr. Kowalczyk, who was new.\n\nEveryone called him Mr. K,"
    " because nobody could say his name.\n\n“We can try,” said Mr. K."
)
_R64_SMUDGE = (
    "The Castle\n\n“Hail, travellers,” said the guide.\n\n“Hello,” said Kwame.\n\n“Welcome,”"
    " said the guide.\n\n“Thanks,” said Kwame.\n\n“Follow me,” said the guide.\n\nEllie"
    " Fairweather, who was known as Smudge for reasons nobody could remember, leaned across."
    "\n\n“His badge says Dave,” Smudge told Kwame."
)
_R64_BISCUIT = (
    "The Maze\n\n“Left,” said Zara.\n\n“Right,” said Milo.\n\n“Left!” said Zara.\n\n“Right!”"
    " said Milo.\n\n“Stop,” said Zara.\n\nBen Biscoe — whom everyone, including his own mother,"
    " called Biscuit — sat down on the gravel.\n\n“Are we lost?” asked Biscuit."
)
_R64_DR_N = (
    "Starlight\n\n“Sit down,” said Mrs. Greenhalgh.\n\n“Why?” asked Dylan.\n\n“Because,” said"
    " Mrs. Greenhalgh.\n\n“Now?” asked Dylan.\n\n“Now,” said Mrs. Greenhalgh.\n\n“Good"
    " evening,” she said. “My name is Dr. Anya Nkemelu. You can call me Dr. N.”\n\n“That is"
    " the Milky Way,” said Dr. N softly."
)
_R64_ROZ = (
    "What She Left\n\n“It was the weather,” Rosalind said.\n\n“It was not,” said Martin."
    "\n\n“It was,” said Rosalind.\n\n“Fine,” said Martin.\n\n“Good,” said Rosalind.\n\nRoz sat"
    " down by the window.\n\n“Where's Graham?” said Roz."
)
_R64_GRAN = (
    "The Long Table\n\n“Sit,” said Mum.\n\n“Why?” asked Nell.\n\n“Lunch,” said Mum.\n\n“Now?”"
    " asked Nell.\n\n“Now,” said Mum.\n\nGran sat in the good chair by the window. Gran — Iris"
    " Harker to the parish newsletter — had not been to church in years.\n\n“Is someone going"
    " to bring me a sherry?” said Gran."
)
ROUND_64_STORIES += [
    # `which is why everyone called him Fingers`: a nickname given mid-sentence, lower case
    (_R64_FINGERS, "get her whistle", "Freddie Bell"),
    # `everybody called him the Professor` gives the sentence's subject the title, not the
    # class named last in it
    (_R64_PROFESSOR, "Polypropylene", "Adebayo Fashola"),
    # a paragraph that opens `Everyone called him Mr. K` names the man of the one before; the
    # dot of `said Mr. K.` at the paragraph's end is a full stop, not an initial's
    (_R64_MR_K, "We can try", "Mr. Kowalczyk"),
    # `who was known as Smudge for reasons…`, `whom everyone, including his own mother,
    # called Biscuit`: nicknames after a full name
    (_R64_SMUDGE, "badge says Dave", "Ellie Fairweather"),
    (_R64_BISCUIT, "Are we lost", "Ben Biscoe"),
    # `You can call me Dr. N.` in a line of Dr. Anya Nkemelu's
    (_R64_DR_N, "Milky Way", "Anya Nkemelu"),
    # `Roz` is the Rosalind a story calls so alone
    (_R64_ROZ, "Where's Graham", "Rosalind"),
    # `Gran — Iris Harker to the parish newsletter —`: the family word is her
    (_R64_GRAN, "bring me a sherry", "Iris Harker"),
]


_R64_SPANNER = (
    "Repair cafe\n\nOn the first Saturday of every month the back room of Brackwell Methodist"
    " Church fills up, and at the long table by the window sits Alan Hobday.\n\nEveryone calls"
    " him Spanner. “Might have been my wife,” he says.\n\nMr Hobday, 74, co-founded the cafe"
    " in 2019.\n\n“Capacitor,” Spanner said."
)
_R64_MR_O = (
    "Cast List\n\n“Line up,” said Ms. Penhaligon.\n\n“Why?” asked Grace.\n\n“Auditions,” said"
    " Ms. Penhaligon.\n\n“Now?” asked Grace.\n\n“Now,” said Ms. Penhaligon.\n\nFitzgerald"
    " Oyelaran was round and bearded, and the students called him Mr O, or Fitz when they were"
    " sure he couldn’t hear.\n\n“Whenever you’re ready,” said Mr O."
)
_R64_DUTCH = (
    "Forecastle Law\n\n“Lights out,” said Beck.\n\n“Why?” asked Kit.\n\n“Orders,” said"
    " Beck.\n\n“Now?” asked Kit.\n\n“Now,” said Beck.\n\nHendrik Vos, whom the whole crew"
    " called Dutch although he was born in Altona, swung his legs out of his hammock.\n\n"
    "“Enough,” said Dutch."
)
_R64_KERRY = (
    "Self-checkout\n\n“Unexpected item in the bagging area,” said the machine.\n\n“It is"
    " not,” I said.\n\n“Please wait for assistance,” said the machine.\n\nAssistance arrived in"
    " the form of a young woman with a lanyard. Her badge said that she was called Kerry.\n\n"
    "She tapped the screen. “It’s the age check,” she said.\n\n“For a lemon?” I said.\n\n“For"
    " the bread,” she said.\n\nAs soon as Kerry walked off, the man behind me leaned forward."
)
_R64_MAJOR = (
    "The Hedge\n\nThere is a hedge between my garden and the garden of Desmond Pike.\n\n"
    "Desmond — Des to his friends, “the Major” to the rest of the street — regards the hedge"
    " as his.\n\n“It’s a privacy screen,” he told me.\n\n“It blocks my light,” I said.\n\n"
    "“Everyone says that,” said the Major."
)
_R64_DWARF = (
    "The Council\n\n“Sit,” said the king.\n\n“Why?” asked Ysolde.\n\n“Because,” said the"
    " king.\n\n“Now?” asked Ysolde.\n\n“Now,” said the king.\n\nThe dwarf Bren Tallow had been"
    " sitting by the fire since noon.\n\n“I ride,” the dwarf said."
)
_R64_BANNER = (
    "The Mattress\n\n“Hi,” said Jordan.\n\n“Hello,” I said.\n\n“Welcome,” said Jordan.\n\n"
    "“Thanks,” I said.\n\n“Come in,” said Jordan.\n\nA banner over the door said “Your Best"
    " Night Starts Here.”"
)
_R64_NOTICE = (
    "Stroke Unit\n\n“Where is she?” asked Marcus.\n\n“Scanner,” said Joanna.\n\n“Again?”"
    " asked Marcus.\n\n“Again,” said Joanna.\n\n“Why?” asked Marcus.\n\nHe read the laminated"
    " notice about hand hygiene on the back of the door twice and said, “Did they say"
    " anything?”"
)
_R64_JEAN = (
    "Village fete\n\nMargaret Bayliss counted the float twice and shook her head.\n\n“Four"
    " hundred pounds,” she said. “Best ever.”\n\nHer sister Jean, who had baked most of the"
    " sponges, was unimpressed by the speed of it. “They’d have gone faster in proper"
    " slices.”"
)
ROUND_64_NEWS += [
    # `Everyone calls him Spanner` opening a paragraph is the last man named before, not the
    # church named first (guard: the first version took the earliest)
    (_R64_SPANNER, "Capacitor", "Alan Hobday"),
    # `Her sister Jean, who…, was unimpressed by the speed of it.`: Jean's manner
    (_R64_JEAN, "proper slices", "Jean"),
]
ROUND_64_STORIES += [
    # `the students called him Mr O`, `whom the whole crew called Dutch`
    (_R64_MR_O, "Whenever you", "Fitzgerald Oyelaran"),
    (_R64_DUTCH, "Enough", "Hendrik Vos"),
    # `she was called Kerry` makes Kerry a she, whatever the first name leans to; the machine
    # that speaks is never the she
    (_R64_KERRY, "age check", "Kerry"),
    (_R64_KERRY, "For the bread", "Kerry"),
    # `Desmond — Des to his friends, “the Major” to the rest of the street —`
    (_R64_MAJOR, "Everyone says that", "Desmond Pike"),
    # `The dwarf Bren Tallow`: the story's role before a name is his
    (_R64_DWARF, "I ride", "Bren Tallow"),
    # `A banner over the door said “…”`: the banner's words; but `He read the notice… and
    # said, “…”` is his (guard)
    (_R64_BANNER, "Best Night", None),
    (_R64_NOTICE, "say anything", "Marcus"),
]


_R64_DUTCH_STOOD = (
    "Forecastle\n\n“Lights out,” said Beck.\n\n“Why?” asked Kit.\n\n“Orders,” said Beck.\n\n"
    "“Now?” asked Kit.\n\n“Now,” said Beck.\n\nHendrik Vos, whom the whole crew called Dutch"
    " although he was born in Altona, swung his legs out of his hammock.\n\n“Harris never done"
    " nothing to him neither.”\n\n“Enough.” Dutch stood, stooping under the deckbeams. “Tolly,"
    " you want to talk about the boy, we talk about the boy.”"
)
ROUND_64_STORIES += [
    # a nickname that is a nation's word (`whom the whole crew called Dutch`) is a name in
    # that story: `Dutch stood` is his beat, not a Dutchman's
    (_R64_DUTCH_STOOD, "Enough", "Hendrik Vos"),
]


_R64_CAT = (
    "Wonderland\n\n“Who are you?” said the Caterpillar.\n\n“I hardly know,” said Alice.\n\n"
    "“Explain yourself,” said the Caterpillar.\n\n“I can’t,” said Alice.\n\n“Why not?” said"
    " the Caterpillar.\n\nShe had never seen a cat grin before. The Cat only grinned.\n\n“We’re"
    " all mad here,” said the Cat."
)
ROUND_64_STORIES += [
    # `Cat` is no short form of the Caterpillar: the story writes `cat` as a word (guard: the
    # first version of the short-form rule merged them)
    (_R64_CAT, "all mad here", "Cat"),
]


_R64_JUDGE = (
    "In Chambers\n\nJudge Adaeze Okafor's chambers smelled of lemon polish. The judge sat"
    " behind her desk in her robe.\n\nHollis Crane took the chair nearest the door, as he"
    " always did, in case a judge ever threw him out. Renata Szabo remained standing.\n\n"
    "“Deputy Lindqvist tells me we have a problem,” the judge said.\n\n“Yes,” said Szabo.\n\n"
    "“Which?” asked Crane.\n\n“Juror eight,” said Szabo.\n\n“Why?” asked Crane.\n\n“Because,”"
    " said Szabo."
)
ROUND_64_STORIES += [
    # `in case a judge ever threw him out` is any judge, talked of: `the judge said` is the
    # judge named before, not that one
    (_R64_JUDGE, "we have a problem", "Adaeze Okafor"),
]
_R64_WITHDREW = (
    "The Morning Call\n\n“Sit,” said Mrs. Pendleworth.\n\n“Yes, Mamma,” said Clara.\n\n“Tea,”"
    " said Mrs. Pendleworth.\n\n“Yes, Mamma,” said Clara.\n\n“Mr. Havers,” said Simmons, and"
    " withdrew, with the air of a man who has done his duty.\n\nThe young man bowed. He was"
    " tall, and rather brown from a summer abroad.\n\n“You find us quite alone,” Mrs."
    " Pendleworth began.\n\n“Then I have come at a fortunate moment, ma'am.”"
)
ROUND_64_STORIES += [
    # `said Simmons, and withdrew`: the butler who left takes no turn in the talk after
    (_R64_WITHDREW, "fortunate moment", None),
]
_R64_WILL = (
    "The Reading of the Will\n\n“Sit,” said Lady Marchbank.\n\n“Yes,” said Rose.\n\n“Begin,”"
    " said Lady Marchbank.\n\n“Now?” asked Rose.\n\n“Now,” said Lady Marchbank.\n\n“To his"
    " wife, the dower house and an annuity of twelve hundred pounds—” said Mr. Quill.\n\nHer"
    " ladyship inclined her head.\n\n“—to his sister, Mrs. Letitia Foyle, two thousand"
    " pounds—”\n\n“The portrait!” Mrs. Foyle's cheeks went pink.\n\n“—to each of the indoor"
    " servants a year's wages.”"
)
ROUND_64_STORIES += [
    # a line opening with a dash takes up the speech broken off before, past a beat or
    # another's interjection between: the lawyer's reading, not the listeners'
    (_R64_WILL, "his sister, Mrs. Letitia Foyle", "Mr. Quill"),
    (_R64_WILL, "indoor servants", "Mr. Quill"),
]


_R64_ABEL = (
    "June Halvorsen, unplugged\n\nThe new album was recorded over three weeks outside Taos with"
    " her longtime producer, Abel Quintero, and a band she describes as “three geniuses and a"
    " drummer.” Quintero, reached by phone, laughed when I read him the line.\n\n“She’s been"
    " saying that about drummers for fifteen years,” he said."
)
ROUND_64_NEWS += [
    # Abel is a man's name: `he said` is Quintero's, the one the paragraph before was about
    (_R64_ABEL, "saying that about drummers", "Abel Quintero"),
]


_R64_MY_MOTHER = (
    "Sunday Lunch\n\nI had warned Declan. My mother does not do casual.\n\n“Now, Imogen,” said"
    " my mother, before the poor girl had her coat off, “Declan tells me you’re a"
    " vegetarian.”\n\n“I am,” said Imogen.\n\n“Lovely,” said Bernie.\n\n“Thank you,” said"
    " Imogen.\n\n“More gravy?” said Bernie.\n\nMum smiled the smile she used at parents’"
    " evenings."
)
ROUND_64_STORIES += [
    # the teller's `my mother` is the `Mum` the piece names later: one voice, not two
    (_R64_MY_MOTHER, "Declan tells me", "Mum"),
]
_R64_PELL = (
    "The Letter\n\nThe herald knelt at the foot of the dais. He was a thin, anxious dwarf"
    " named Pell who had served three thanes, and he read aloud in the high singsong of his"
    " office.\n\n“Go on,” said Prince Halvard.\n\n“Yes, my lord,” said Pell.\n\n“Faster,” said"
    " Halvard.\n\n“Yes, my lord,” said Pell.\n\nPell was"
    " staring at the floor.\n\n“I heard,” she said."
)
ROUND_64_STORIES += [
    # `He was a thin, anxious dwarf named Pell`: Pell is a he, so the she is not him
    (_R64_PELL, "I heard", None),
]


_R64_GRAN_DASHES = _R64_GRAN.replace(
    "Gran — Iris Harker to the parish newsletter — had not been to church in years.",
    "Gran — Iris Harker — had not been to church in years.")
_R64_LEFT_IT = (
    "The Kitchen\n\n“Sit,” said Mum.\n\n“Why?” asked Nell.\n\n“Lunch,” said Mum.\n\n“Now?”"
    " asked Nell.\n\n“Fine,” said Mum, and left it at that.\n\nNell sat down.\n\n“Is it"
    " lamb?”\n\n“It is, with mint.”"
)
ROUND_64_STORIES += [
    # the dash aside closed by a second dash (review: the first pattern refused it)
    (_R64_GRAN_DASHES, "bring me a sherry", "Iris Harker"),
    # `and left it at that` is no leaving: Mum still answers (review: the first pattern took it
    # for one)
    (_R64_LEFT_IT, "with mint", "Mum"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_64_NEWS + ROUND_64_STORIES)
def test_round_64(text: str, quote: str, speaker: str | None) -> None:
    """Round 64: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


ROUND_65_STORIES: list[tuple[str, str, str | None]] = []
ROUND_65_NEWS: list[tuple[str, str, str | None]] = []

_R65_FRAN = (
    "Sunday Lunch\n\nMarcus had always known that his sister-in-law disliked him.\n\n“Lamb,”"
    " Fran said, sniffing the hall. “Immy, you spoil him.”\n\n“He cooked it,” said Imogen.\n\n"
    "“Did he.” Francesca Lowe, older by four years, looked at Marcus over her sister’s"
    " shoulder. “Aren’t you clever.”\n\n“I try,” said Marcus.\n\n“Sit down, both of you!” said"
    " Imogen.\n\n“Where?” said Marcus.\n\n“Anywhere!” said Imogen.\n\n“I was clearing out"
    " Mum’s loft,” Fran said. “I found your old phones.”"
)
ROUND_65_STORIES += [
    # `Fran`, then `Francesca Lowe`: one woman, one voice, under her whole name
    (_R65_FRAN, "Immy, you spoil him", "Francesca Lowe"),
    (_R65_FRAN, "clearing out Mum", "Francesca Lowe"),
]
_R65_CALLING = (
    "What Daniel Said\n\n“Mrs. Carrow?” said Walsh.\n\n“Nell,” I said.\n\n“Nell, then,”"
    " said Walsh. “Is your husband home?”\n\n“No,” said Nell.\n\nKerry Marsh had been taken"
    " to hospital that night with what the local paper was calling “head injuries consistent"
    " with a fall,” and her husband had been at the station since.\n\n“Only what people are"
    " saying,” I said.\n\n“Which is?” said Walsh.\n\nShe had settled on what she called “the"
    " long game with the neighbours.”\n\n“Nothing,” I said."
)
ROUND_65_STORIES += [
    # a story's lower-case quote right after a verb that names is a term, whatever its length
    (_R65_CALLING, "head injuries consistent", None),
    (_R65_CALLING, "the long game", None),
]
_R65_CALLING_NEWS = (
    "Cross weighs his options\n\nWith a vote for Trump ruled out, Cross said he is left with"
    " two options: Vote for Clinton, whom he called “the most divisive political figure in the"
    " past 25 years,” or stay home."
)
ROUND_65_NEWS += [
    # guard: a report's `whom he called “…”` of six words or more is his, as PolNeAR has it
    (_R65_CALLING_NEWS, "the most divisive", "Cross"),
]
_R65_BADGER = (
    "The Lantern\n\nThe snow came early to Hollins Wood. Bartholomew Brock, whom everyone in"
    " the wood called simply the Badger, sat by the fire.\n\n“Who is it?” said the Badger.\n\n"
    "“Only me,” said Tansy.\n\n“Only me is not a name,” said the Badger.\n\n“Tansy, then,” said"
    " Tansy.\n\n“Come in,” said the Badger."
)
_R65_PVC = (
    "The Candidates’ Dinner\n\nProfessor Dorothy Gale-Whitlock, the Pro-Vice-Chancellor, sat at"
    " the head of the table. Dr. Hesper Quell, Senior Wrangler of the Collegium Arcanum, sat at"
    " its foot.\n\n“So,” said the Pro-Vice-Chancellor. “Tell me about your impact.”\n\n“It is"
    " hard to measure,” said Lucas.\n\n“Everything is,” said the Senior Wrangler.\n\n“Quite,”"
    " said Lucas.\n\n“More wine?” said the Pro-Vice-Chancellor."
)
ROUND_65_STORIES += [
    # what everyone calls him, after an adverb and with `the`, is one voice with him
    (_R65_BADGER, "not a name", "Bartholomew Brock"),
    # a story's capitalised post set off after a whole name is what it calls her by
    (_R65_PVC, "Tell me about your impact", "Dorothy Gale-Whitlock"),
    (_R65_PVC, "Everything is", "Hesper Quell"),
]
_R65_INTRO = (
    "The Piano\n\nHazel opened the door to a tall man with a roll of tools under one arm.\n\n"
    "“Samuel Adeyemi,” he said, holding out a hand. “Sam. Your solicitor rang me.”\n\n“Mr."
    " Dunleavy thinks the piano’s worth something.”\n\n“Mr. Dunleavy thinks everything’s worth"
    " something.” He followed her into the front room.\n\n“Tea?” said Hazel.\n\n“Please,” said"
    " Sam.\n\n“Milk?” said Hazel.\n\n“Black,” said Sam."
)
ROUND_65_STORIES += [
    # `“Samuel Adeyemi,” he said … “Sam.”` gives his name, and calls nobody: the line
    # after is Hazel’s turn, no answer of Sam’s
    (_R65_INTRO, "thinks the piano", "Hazel"),
]
_R65_AUNTIE = (
    "The Glovebox\n\n“Who gave him the phone?” said Brady.\n\n“Nobody,” said Nathan.\n\n“Try"
    " again,” said Varga.\n\n“I said nobody!” said Nathan.\n\n“Right,” said Brady.\n\nThe two"
    " detectives went out into the corridor and stood under the flickering strip light, not"
    " looking at each other.\n\n“Auntie Jo,” Varga said eventually.\n\n“I know.”\n\n“His"
    " sister is called Joan. I took her statement on Friday.”\n\n“I know, Anika.”"
)
ROUND_65_STORIES += [
    # a line that is only a name, with its cue, answers and calls nobody: the talk alternates
    (_R65_AUNTIE, "I know", "Brady"),
    (_R65_AUNTIE, "took her statement", "Varga"),
]



_R65_KYLES_MOTHER = (
    "Kyle Amundsen was arrested on a Tuesday in March. He had been a volunteer firefighter for"
    " six years.\n\nTeresa Amundsen learned about it from a neighbor. She has not, she says,"
    " recovered.\n\n“They had him in the paper before I even got to the jail,” Kyle’s mother"
    " said."
)
ROUND_65_NEWS += [
    # `Kyle's mother` is the one other Amundsen of her gender the paragraph before named
    (_R65_KYLES_MOTHER, "before I even got to the jail", "Teresa Amundsen"),
]
_R65_MAGS = (
    "The Velvet Job\n\nMarguerite Oduya didn’t look up from the plans. Everyone in the room"
    " called her Mags, and nobody in the room had ever seen her lose her temper.\n\n“What about"
    " the door?” said Tommy.\n\n“Eleven minutes,” said Mags.\n\n“Eleven?” said Tommy.\n\n“We"
    " plan for eleven,” said Mags."
)
ROUND_65_STORIES += [
    # `Everyone in the room called her Mags`: Mags is Marguerite Oduya, one voice
    (_R65_MAGS, "Eleven minutes", "Marguerite Oduya"),
]

@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_65_NEWS + ROUND_65_STORIES)
def test_round_65(text: str, quote: str, speaker: str | None) -> None:
    """Round 65: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


ROUND_66_STORIES: list[tuple[str, str, str | None]] = []
ROUND_66_NEWS: list[tuple[str, str, str | None]] = []

_R66_JUNE = (
    "The Crossing\n\nWe had missed the two o’clock ferry by the length of a single car. June"
    " blamed the strawberries, and I blamed June.\n\n“Ninety minutes,” I said, reading the"
    " board. “We could have driven to Moncton.”\n\nThe woman on the bench looked up from her"
    " paper. “You missed the two,” she said.\n\n“By one car,” June said.\n\n“It’s always one"
    " car,” said the woman.\n\n“What if the gulls feed us?” June asked."
)
ROUND_66_STORIES += [
    # a month word cued right after a line (`“…,” June said.`) is the story's June
    (_R66_JUNE, "By one car", "June"),
    (_R66_JUNE, "What if the gulls", "June"),
]
_R66_BERNIE = (
    "The Bench\n\nThe old couple on the bench had been sharing the same newspaper for fifty"
    " years.\n\n“The Merriweather place?” Lionel said.\n\n“It used to be,” I said. “We don’t"
    " know who has it now.”\n\n“Nobody has it now,” said Lionel. He looked at his wife. “Isn’t"
    " that right, Bernie?”\n\n“Some fellow in Halifax,” she confirmed.\n\n“It’s not our first"
    " crossing,” I said.\n\n“It’s your first one like this,” said Bernadette."
)
ROUND_66_STORIES += [
    # `“…, Bernie?”` / `“…,” she confirmed.`: Bernie answers as a she, so is not the teller
    (_R66_BERNIE, "It used to be", None),
    (_R66_BERNIE, "not our first crossing", None),
]

_R66_CHAIRMAN = (
    "The two banks will keep both headquarters for now, the companies said.\n\n“This is a"
    " combination of two banks that grew up serving the same towns,” said Northgate’s chairman"
    " and chief executive, William Haskard, on a call with investors."
)
_R66_BILL = (
    "The two banks will keep both headquarters for now, the companies said.\n\n“This is a"
    " combination of two banks that grew up serving the same towns,” said Northgate’s chairman"
    " and chief executive, William “Bill” Haskard, on a call with investors. “Together we can"
    " invest at a scale neither of us could manage alone.”"
)
ROUND_66_NEWS += [
    # a second post joined by `and` (`chairman and chief executive`) before the name set off
    (_R66_CHAIRMAN, "grew up serving", "William Haskard"),
    # a quoted nickname inside the name set off after the cue ends neither cue nor name
    (_R66_BILL, "grew up serving", "William Haskard"),
    (_R66_BILL, "Together we can invest", "William Haskard"),
]
_R66_TOAST = (
    "Night Hike\n\nToast’s real name was Tobias Ashby, but nobody had called him that for"
    " years. Baloo — who was really Mr Okoro from the chip shop — was waiting at the gate.\n\n"
    "“Six miles,” said Toast.\n\n“Red Six! Right on time,” said Baloo.\n\n“Is that good?” said"
    " Finn.\n\n“It’s very good,” said Baloo.\n\n“Told you,” said Tobias Ashby."
)
_R66_MOUSE = (
    "Skerry Point\n\nMouse was really called Imogen, and she was nine and believed in almost"
    " everything.\n\n“He’s doing it again,” said Mouse.\n\n“Doing what?” said Kit.\n\n“The"
    " ghost voice,” said Mouse.\n\n“He isn’t,” said Kit.\n\n“He is,” said Mouse."
)
_R66_LETTIE = (
    "The Blue Heron\n\nThe diner had eleven stools. This was Colette Vukovich, known to"
    " everyone, including the county health inspector, as Lettie.\n\n“The turkey is fine,”"
    " Lettie said.\n\n“Is it?” said Sam.\n\n“It’s from this morning,” said Colette Vukovich.\n\n"
    "“Then I’ll have it,” said Sam."
)
ROUND_66_STORIES += [
    # `Toast’s real name was Tobias Ashby`, `Baloo — who was really Mr Okoro`: one voice each
    (_R66_TOAST, "Six miles", "Tobias Ashby"),
    (_R66_TOAST, "Right on time", "Mr. Okoro"),
    # `Mouse was really called Imogen`: Imogen, named nowhere else
    (_R66_MOUSE, "doing it again", "Imogen"),
    # `known to everyone, including the county health inspector, as Lettie`
    (_R66_LETTIE, "The turkey is fine", "Colette Vukovich"),
]
_R66_READ_LETTER = (
    "Diary, December 29th\n\nA letter came at last, with the Army’s stamp on the back of it."
    " Mother would not open it until we were all sat at the table.\n\n“Go on, Mother,” said"
    " Jamie.\n\n“Camp near Falmouth, Virginia, December 17th,” she read. “My dear Ruth, and my"
    " dear children all. I write first and quickly to tell you that I am whole and well.”\n\n"
    "“Does he say did he shoot any rebels?” said Jamie.\n\n“Hush,” said Mother."
)
_R66_PENROSE = (
    "Centenary on the Green\n\nIn the afternoon the members gathered in the pavilion for tea."
    " Club secretary Graham Tull stood up and read out a letter Arthur Penrose had written to"
    " the first committee in the spring of 1924.\n\n“Gentlemen,” Tull read, “I make over the"
    " ground behind the Crown for the playing of bowls, on the understanding that the bar shall"
    " close at ten.”"
)
_R66_PAWN = (
    "The Ticket\n\nBrannigan turned the pawn ticket over under the lamp.\n\n“Rudy’s Loan and"
    " Jewelry,” Brannigan read. “Item one, gentleman’s wristwatch, gold.”\n\n“So?” said"
    " Howie.\n\n“So it’s his watch,” said Brannigan."
)
ROUND_66_STORIES += [
    # a letter read out (`she read`, a note in the narration before, `My dear Ruth`) is not
    # the reader's words: its writer's, else the narrator's
    (_R66_READ_LETTER, "Camp near Falmouth", None),
    (_R66_READ_LETTER, "My dear Ruth", None),
    (_R66_READ_LETTER, "Does he say", "Jamie"),  # guard
    # `read out a letter Arthur Penrose had written`: his words
    (_R66_PENROSE, "I make over the ground", "Arthur Penrose"),
    # a ticket, no letter: the one reading it out speaks (guard)
    (_R66_PAWN, "Item one", "Brannigan"),
]
_R66_FERRY = (
    "The Ferry\n\n“We missed it,” said June.\n\n“By one car,” said Lionel.\n\n“One car!” said"
    " June.\n\n“Always one car,” said Lionel.\n\n“Every time,” said June.\n\nA deckhand in an"
    " orange vest waved the cars aboard. When it was our turn he leaned down to June’s"
    " window.\n\n“Engine off once you’re parked,” he said."
)
_R66_SOUP = (
    "The Ferry\n\n“We missed it,” said June.\n\n“By one car,” said Lionel.\n\n“One car!” said"
    " June.\n\n“Always one car,” said Lionel.\n\n“Every time,” said June.\n\nA waiter brought"
    " the soup and set it in front of him.\n\n“This is wonderful,” he said."
)
ROUND_66_STORIES += [
    # somebody brought in unnamed who then acts as a he before the line (`A deckhand … waved
    # the cars aboard. When it was our turn he leaned down`) is the `he said`, not Lionel
    (_R66_FERRY, "Engine off", "the deckhand"),
    # `set it in front of him`: the him is somebody else, the one named before (guard)
    (_R66_SOUP, "This is wonderful", "Lionel"),
]
_R66_THAT_EVENING = (
    "The Drop\n\n“You came,” said Lotte.\n\n“I said I would,” said Crane.\n\n“Two rolls,” said"
    " Lotte.\n\n“Thank you,” said Crane.\n\n“Somebody always shouts,” said Lotte, and was gone"
    " into the crowd.\n\nThat evening the head of station, a tall Scot named Alasdair Grant,"
    " read the contact report with his glasses pushed up.\n\n“She used your name,” Grant"
    " said.\n\n“Yes.”\n\n“Your real name. In a station buffet.”"
)
ROUND_66_STORIES += [
    # `That evening…` moves the story on: Lotte, who talked before it, is in another scene
    (_R66_THAT_EVENING, "Yes", None),
    (_R66_THAT_EVENING, "She used your name", "Alasdair Grant"),  # guard
]
_R66_BLUE_ROOM = (
    "The Blue Room\n\n“Nobody sleeps there,” said Lady Vane.\n\n“Why not?” said Clara.\n\n“Because"
    " we do not,” said Lady Vane.\n\n“How odd,” said Clara.\n\n“Not at all,” said Lady Vane.\n\n"
    "She found her candle and went out into the corridor. The door of the Blue Room stood"
    " open.\n\n“Is someone there?”"
)
ROUND_66_STORIES += [
    # `The door of the Blue Room stood open.`: a room of the house speaks no line (the line
    # is Clara's, which no rule finds yet: the narrator reads it)
    (_R66_BLUE_ROOM, "Is someone there", None),
]
_R66_MARTIN = (
    "After Eamon\n\n“Tea?” said Aoife.\n\n“Please,” said Sandra.\n\n“Milk?” said Aoife.\n\n“A"
    " drop,” said Sandra.\n\n“Sugar?” said Aoife.\n\n“No,” said Sandra.\n\nIn the kitchen Aunt"
    " Sandra was washing cups with the concentration of a surgeon. Sandra was from Reading and"
    " had married Uncle Martin in 1994, and in thirty years she had never quite stopped being"
    " “the English girl” to half the parish, which she bore with a kind of terrible patience."
    " Aoife picked up a tea towel.\n\n“You don’t have to,” Sandra said.\n\n“I want to. It’s"
    " mental out there.”\n\n“It’s a good turnout.” Sandra rinsed a mug and set it on the rack."
    " “Your grandmother will be pleased. Well. Pleased isn’t the word.”\n\n“What is the"
    " word?”\n\nHer aunt thought about it. Water ran. Outside the window, in the long grass at"
    " the end of the garden, Uncle Martin was standing on his own with a cigarette he had"
    " supposedly given up in 2011.\n\n“Counted,” Sandra said at last. “She’ll want to know who"
    " came. She’ll go through them all tonight. Who came, who sent a card, who sent a card and"
    " didn’t come.” She passed Aoife a wet plate. “That’s how they do it here, love. You count"
    " the people, and that’s how much he was worth.”\n\n“That’s grim.”\n\n“Is it?” Sandra"
    " almost smiled. “I think it’s rather lovely, actually. Where I grew up you just had a"
    " sherry and went home.”\n\nMartin came in from the garden smelling of smoke and made"
    " straight for the sink as if to wash it off his hands.\n\n“Don’t,” his wife said.\n\n“I"
    " haven’t said anything.”"
)
ROUND_66_STORIES += [
    # `Martin came in from the garden…` / `“Don’t,” his wife said.`: the bare reply is his,
    # not Aoife’s from before he came in
    (_R66_MARTIN, "I haven’t said anything", "Martin"),
]
_R66_BABY = (
    "Arraignment Day\n\n“Would you like me to use your name?” I asked.\n\n“Use it,” she said."
    " “I’m not ashamed of anything.”\n\n“A hundred and fifty thousand dollars?” I said.\n\nShe"
    " laughed, not unkindly. “Baby, I don’t have a hundred and fifty dollars.”\n\n“Will you"
    " come back Monday?” I asked.\n\n“I’ll come back,” she said."
)
ROUND_66_STORIES += [
    # `“Baby, I don’t have…”`: a word of endearment names no teller Baby
    (_R66_BABY, "Would you like me to use", None),
]

@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_66_NEWS + ROUND_66_STORIES)
def test_round_66(text: str, quote: str, speaker: str | None) -> None:
    """Round 66: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


ROUND_67_STORIES: list[tuple[str, str, str | None]] = []
ROUND_67_NEWS: list[tuple[str, str, str | None]] = []

_R67_GRAN = (
    "Crackers\n\nRuby had already pulled her cracker with Grandad and won.\n\n“No idea,” said"
    " Grandad.\n\n“Don’t encourage him,” said Pat.\n\n“Just like that,” said Grandad.\n\n“And a"
    " cup of good cheer,” Gran said. “Sit down, Ruby.”\n\n“Ron?” said Gran.\n\n“It’s a warden,"
    " Pat,” said Grandad.\n\n“It’s not a warden,” said Gran."
)
ROUND_67_STORIES += [
    # `Gran` is no short form of `Grandad`: two people, two voices
    (_R67_GRAN, "And a cup of good cheer", "Gran"),
    (_R67_GRAN, "It’s not a warden", "Gran"),
    (_R67_GRAN, "It’s a warden, Pat", "Grandad"),  # guard
]
_R67_CAROL = (
    "The Carol\n\n“Lights!” said Mum.\n\n“Which ones?” said Jordan.\n\nGrandad sang the first"
    " line of “We Wish You a Merry Christmas” and then stopped.\n\n“Oh, bring us some figgy"
    " pudding,” sang Ruby.\n\n“We’ve done that bit,” said Jordan.\n\n“Have we?” said Ruby.\n\n"
    "“Yes,” said Jordan."
)
ROUND_67_STORIES += [
    # a title in title case after `the first line of` is a song's, nobody's line
    (_R67_CAROL, "We Wish You a Merry", None),
]
_R67_STARVING = (
    "Gravy\n\nUncle Pete came in last, still in his coat.\n\n“Sorry, Mum. Starving. The M6 was a"
    " car park.”\n\n“Sit down, then,” said Carol.\n\n“Where’s Dad?” said Pete.\n\n“No,"
    " sweetheart,” said Mum. “Grandad’s just thinking.”\n\n“About what?” said Ellie.\n\n“About"
    " the swans,” said Carol."
)
ROUND_67_STORIES += [
    # `Sorry, Mum. Starving.`: a full stop after a kin word ends the name (no `Mum Starving`)
    (_R67_STARVING, "No, sweetheart", "Mum"),
]
_R67_COLONEL = (
    "The Hymn Board\n\nColonel Prideaux had walked out during the second verse, and everybody"
    " remembered it.\n\n“That wasn’t there last night,” said Alf.\n\n“Well, it’s there now,”"
    " said Maureen.\n\nThe south door opened and Colonel Prideaux himself came in, a tall,"
    " stooping man.\n\n“Mrs Loveday,” he said.\n\nOver the edge of the loft rose the grey perm"
    " of Mrs Enid Prideaux, the Colonel’s wife, who had played the organ for forty years.\n\n"
    "“Enid,” said the Colonel. “What on earth are you doing up there?”\n\n“Practising,” said"
    " his wife.\n\n“Morning,” said Alf.\n\n“Leave it,” said Maureen."
)
ROUND_67_STORIES += [
    # `Mrs Enid Prideaux, the Colonel’s wife` is not `Colonel Prideaux`: two people
    (_R67_COLONEL, "What on earth are you doing", "Prideaux"),
    (_R67_COLONEL, "Practising", "Enid Prideaux"),  # guard
]
_R67_DIRECTOR = (
    "First Read\n\nRafe broke the silence by knocking over his coffee.\n\n“Well,” said the"
    " director, “that’s the bad luck out of the way.”\n\nJonah Fairweather, the assistant"
    " director, was twenty-six.\n\n“Shall I?” said Jonah.\n\n“Go on,” said Ada.\n\n“Scene"
    " one,” said Jonah.\n\n“Lovely,” said Ada."
)
ROUND_67_STORIES += [
    # `Jonah, the assistant director,` is no `the director`
    (_R67_DIRECTOR, "the bad luck out of the way", "the director"),
]
_R67_CAMP = (
    "The Col\n\nBy the time we reached Camp Three the wind had changed.\n\n“Windy,” said"
    " Pemba.\n\n“How windy?” said Jim.\n\n“Enough,” said Pemba.\n\n“Then we wait,” said Jim.\n\n"
    "The radio hissed at ten. “Camp Three, Base. You awake?”\n\n“Unfortunately.”"
)
ROUND_67_STORIES += [
    # `Camp Three`, `Base Camp`: places, whoever a radio call names
    (_R67_CAMP, "Unfortunately", None),
]
_R67_CHIEF = (
    "Background Only\n\nThe memo had been written by Aaron Pike, the deputy chief of staff.\n\n"
    "“It was his idea,” said Kristen.\n\n“Was it?” said Carla.\n\n“Nobody knows,” said"
    " Kristen.\n\nThe chief of staff, Walter Greaves, was standing when she came in.\n\n“It"
    " doesn’t matter whose idea it was,” the chief of staff said.\n\n“Fine,” said Carla."
)
ROUND_67_STORIES += [
    # `The chief of staff, Walter Greaves,`: the role with its `of` is his; never
    # `Aaron Pike, the deputy chief of staff`
    (_R67_CHIEF, "It doesn’t matter whose idea", "Walter Greaves"),
]
_R67_JUNE = (
    "The Rota\n\nJune Ashworth came in with a basket of washing on her hip.\n\n“Where’s Dad?”"
    " said Rachel.\n\n“Garden,” said Pete.\n\n“On his own?” said Rachel.\n\n“He always talks to"
    " himself, love,” said Jo.\n\nJune folded the towel into three and laid it on the pile. Then"
    " she pulled out a chair and sat down.\n\n“I’m going to say something,” she said, “and you"
    " lot are going to let me finish.”\n\n“Go on,” said Pete."
)
ROUND_67_STORIES += [
    # `June folded the towel` after `June Ashworth came in`: the month word is her name, so
    # the she of the next line is June, not Jo who spoke last
    (_R67_JUNE, "going to say something", "June Ashworth"),
]
_R67_VICAR = (
    "The Marrow Question\n\nThe Reverend Hugh Pellow arrived first, as he always did, and"
    " arranged the chairs.\n\nColonel Aubrey Fanshawe came in at five past, shaking rain from"
    " his hat.\n\n“Vicar,” he said.\n\n“Colonel. Filthy night.”\n\nThe Vicar coughed.\n\n“Shall"
    " we begin?” said the Vicar.\n\n“Item four,” said Edna.\n\n“Why?” said the Colonel.\n\n"
    "“Because,” said Edna."
)
ROUND_67_STORIES += [
    # `Colonel Aubrey Fanshawe`: Aubrey is a man's name as often as a woman's, so the he
    # that follows is him, not the vicar the line calls
    (_R67_VICAR, "Vicar", "Aubrey Fanshawe"),
    # `The Vicar coughed` is the Reverend Hugh Pellow, not a second person called Vicar
    (_R67_VICAR, "Filthy night", "Hugh Pellow"),
]
_R67_PETER = (
    "Gravy\n\n“Who moved the gravy boat?” said Gran.\n\n“Nobody,” said Ellie.\n\n“It moved"
    " itself,” said Grandad.\n\n“Don’t start,” said Gran.\n\nUncle Pete arrived twenty minutes"
    " late. Pete kissed his mother on the cheek and stole a roast potato.\n\n“Peter.”\n\n“Sorry,"
    " Mum. Starving.”"
)
ROUND_67_STORIES += [
    # `“Peter.”` calls the Uncle Pete of the narration: not his line
    (_R67_PETER, "Peter", None),
]
_R67_MAGGIE = (
    "Salt Widow\n\nThe director, Margaret Ashby-Cole, sat in the fourth row with her notes.\n\n"
    "“From the top,” said Lou.\n\n“Which top?” said Danny.\n\n“Act Two,” said Lou.\n\nMaggie"
    " clapped once. “Stop there. Danny, love, you’re giving me the line about the tide.”\n\n"
    "“Sorry,” said Danny.\n\n“Better,” Maggie said."
)
ROUND_67_STORIES += [
    # `Maggie` is the pet form of Margaret: Margaret Ashby-Cole, not a second person
    (_R67_MAGGIE, "Stop there", "Margaret Ashby-Cole"),
    (_R67_MAGGIE, "Better", "Margaret Ashby-Cole"),
]
_R67_LIED = (
    "The Col\n\n“Windy,” said Pemba.\n\n“How windy?” said Jim.\n\n“Forty knots,” said Pemba.\n\n"
    "“Does Pemba think that, or do you?” Alasdair asked over the radio.\n\nAnna took the"
    " handset from Jim.\n\n“Both of us,” she lied.\n\n“Then wait,” said Alasdair.\n\n“We will,”"
    " said Pemba."
)
ROUND_67_STORIES += [
    # `“…,” she lied.`: a lie is said
    (_R67_LIED, "Both of us", "Anna"),
]
_R67_STAGE = (
    "Salt Widow\n\n“How many?” said Danny.\n\n“Forty-one,” said the stage manager, without"
    " looking up from the prompt book. Lou Brannigan had a pencil behind each ear.\n\n“That many,”"
    " said Danny.\n\n“Places,” said the stage manager.\n\n“Already?” said Priya.\n\n“Now,” said"
    " Danny."
)
ROUND_67_STORIES += [
    # `said the stage manager, … . Lou Brannigan had…`: a name first written right after
    # the role's cue is the role's
    (_R67_STAGE, "Forty-one", "Lou Brannigan"),
    (_R67_STAGE, "Places", "Lou Brannigan"),
]
_R67_LETTER = (
    "Irene’s Instructions\n\nDad held the envelope out to Pete.\n\n“Go on, son,” said Dad.\n\n"
    "Pete unfolded two sheets of blue paper.\n\n“Dear all of you. If Arthur has done as he was"
    " told, you are sitting in my kitchen.”\n\nEveryone looked at me.\n\n“Told you,” said Mark."
    "\n\n“Hush,” said Sandra.\n\nPete kept reading, though his voice had gone a little thin.\n\n"
    "“Joanne. You are more like me than either of us ever wanted to admit.”\n\n“True,” said"
    " Mark.\n\n“It is not,” said Sandra.\n\n“Stop it,” said Dad.\n\n“Both of you,” said Mark.\n\n"
    "“Sorry,” said Sandra.\n\n“Go on,” said Dad.\n\nPete found his place. “Arthur,” he read, and"
    " then stopped. “Arthur. When you asked me to marry you, you were shaking.”\n\n“I was,” said"
    " Dad."
)
ROUND_67_STORIES += [
    # a letter read on (`Pete kept reading`, `“Arthur,” he read` long after its `Dear`) is
    # never the reader's words
    (_R67_LETTER, "You are more like me", None),
    (_R67_LETTER, "When you asked me", None),
]
_R67_READ_ON = (
    "Letters\n\n“Dear Tom. We lay two nights in the open.”\n\n“Is that true?” Jamie asked.\n\n"
    "“It’s a joke,” Lottie said.\n\n“He wouldn’t.”\n\n“He might, if you don’t hush,” said"
    " Lottie.\n\n“Would so,” said Jamie.\n\n“Hush,” said Lottie.\n\n“He might not.”\n\nMother"
    " read on, more slowly now."
)
ROUND_67_STORIES += [
    # `Mother read on` opening the next paragraph is no reader's cue for the line before
    (_R67_READ_ON, "He might not", "Jamie"),  # guard
]
_R67_DEPUTY = (
    "The finance minister, Helena Varga, told reporters the budget would balance by 2027."
    " She was flanked by her deputy, Tomas Reiner.\n\n“We will not raise VAT,” Varga said.\n\n"
    "Asked whether the ministry had modelled a VAT rise, Reiner said officials model"
    " everything.\n\n“That’s what a finance ministry does,” the deputy minister added."
)
ROUND_67_NEWS += [
    # `the deputy minister` is not the minister: a lesser title the holder lacks
    (_R67_DEPUTY, "That’s what a finance ministry does", "Tomas Reiner"),
]

@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_67_NEWS + ROUND_67_STORIES)
def test_round_67(text: str, quote: str, speaker: str | None) -> None:
    """Round 67: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


ROUND_68_STORIES: list[tuple[str, str, str | None]] = []
ROUND_68_NEWS: list[tuple[str, str, str | None]] = []
_R68_BIG_BERT = (
    "The Tow\n\n“Bert! Bert, come up!” I shouted down the hatch.\n\nRobert Cowie took the"
    " stairs two at a time. On the boat we called him the Skipper, or Bert; in Buckie, where he"
    " had grown up, they called him Big Bert to tell him from his cousin.\n\n“Plotter,” he"
    " said.\n\n“It says we’re clear,” said Jimmy.\n\n“I’ll alter when I’m finished,” Bert said."
)
_R68_DOD = (
    "The Quay\n\nThe harbourmaster came down the steps. Everybody in the village called him"
    " Dod, though his name on the door was George Ritchie.\n\n“I’ve had Wick on the wireless,”"
    " he called.\n\n“It’s a big sea, Chrissie,” said Dod.\n\n“I ken,” said Chrissie.\n\n“They"
    " heard her at three,” said Dod.\n\n“Tell them thank you,” said Chrissie.\n\n“I will,” said"
    " Isa."
)
_R68_POPE = (
    "The Boat\n\nThe Pope was what the whole coast had called Sandy Bruce since the year he had"
    " told the minister he was wrong.\n\n“You’re home,” said Chrissie.\n\n“Aye,” said Isa.\n\n"
    "“Well yersel,” said the Pope.\n\n“Come in,” said Chrissie.\n\n“Not yet,” said Isa."
)
ROUND_68_STORIES += [
    # a nickname of two words given to the man named before (`they called him Big Bert`)
    (_R68_BIG_BERT, "I’ll alter when I’m finished", "Robert Cowie"),
    # `called him Dod, though his name on the door was George Ritchie`
    (_R68_DOD, "It’s a big sea", "George Ritchie"),
    # `The Pope was what the whole coast had called Sandy Bruce`
    (_R68_POPE, "Well yersel", "Sandy Bruce"),
]
_R68_SUNDAYS = (
    "The List\n\nIt was Sunday, and on Sundays Ba watched the same film.\n\n“Mm,” said Ba.\n\n"
    "“The Mehtas,” said Priya.\n\n“Number one on my list,” said Ba.\n\n“Seven hours,” said"
    " Priya.\n\n“You think I will not invite them?” said Ba."
)
_R68_CONTESSA = (
    "The Job\n\n“Levin’s closes at nine,” Vic said.\n\n“Nine-twenty he’s on the bus,” said the"
    " Chemist.\n\n“Good,” said Vic.\n\n“Then we go,” said the Chemist.\n\n“We go,” said Vic.\n\n"
    "There was a woman who came in near the end of the meeting. I had seen her twice before,"
    " always on Vic’s arm. The crew called her the Contessa, because she claimed to have been"
    " married to a count.\n\n“Boys,” she said, pulling off her gloves. “Am I interrupting"
    " something criminal?”"
)
_R68_MY_NAME = (
    "Nobody Tips\n\n“Every night?” I said.\n\n“Every night,” said Vic.\n\n“People change,” I"
    " said.\n\n“Not Levin,” said Vic.\n\n“Go,” said Frankie.\n\n“Marjorie,” said Frankie.\n\n"
    "“They’re going to find you,” I said.\n\n“By the time they get out, Desmond Quill” — she"
    " said my name like she’d been saving it — “I’ll be in Havana.”"
)
ROUND_68_STORIES += [
    # `on Sundays Ba watched`: a plural day is no part of a name
    (_R68_SUNDAYS, "Number one on my list", "Ba"),
    # `The crew called her the Contessa` with no woman named before: somebody new
    (_R68_CONTESSA, "Am I interrupting something criminal", "Contessa"),
    # `Desmond Quill” — she said my name`: the teller's name
    (_R68_MY_NAME, "People change", "Desmond Quill"),
]
_R68_GAZ = (
    "The Ridge\n\n“Ffion, it’s Gaz. We’ve got a walker fallen on the north ridge.”\n\nGareth"
    " Mostyn had led the team for eleven years.\n\n“Base, Team One, go ahead,” said Gaz.\n\n"
    "“Copied,” said Dilys.\n\n“We carry,” said Gaz.\n\n“Understood,” said Dilys.\n\n“Fine bit"
    " of not crashing,” said Gaz."
)
_R68_BISI = (
    "Jollof\n\nBy the time Temitope got to Aunty Bisi’s house, the argument had been going"
    " on for an hour.\n\n“Like a what, Tunde?” said Aunty Bisi.\n\n“Like nothing,” said Uncle"
    " Tunde.\n\nOlubisi Adeyemi had been a principal in Ibadan for nineteen years.\n\n“Finish"
    " your sentence,” said Aunty Bisi.\n\n“I have finished,” said Uncle Tunde.\n\n“Then"
    " stir,” said Aunty Bisi."
)
_R68_NAMED_AFTER = (
    "Stars\n\nThe comet rose over the car park at nine.\n\n“It’s the brightest thing up"
    " there,” protested the student, a nursing major named Dakota Reyes.\n\nThe professor"
    " shook his head."
)
_R68_HOLDOUTS = (
    "Poll\n\nEight voters met at a diner.\n\n“Ask me in the booth,” said one of the holdouts,"
    " a retiree named Gloria, to laughter around the table.\n\nThe moderator moved on."
)
ROUND_68_STORIES += [
    # `Gaz` is a pet form of Gareth
    (_R68_GAZ, "Fine bit of not crashing", "Gareth Mostyn"),
    # `Aunty Bisi` is the Olubisi Adeyemi named later (a kin title, a Yoruba short form)
    (_R68_BISI, "Finish your sentence", "Olubisi Adeyemi"),
]
ROUND_68_NEWS += [
    # `said the student, a nursing major named Dakota Reyes`: the name the role is given
    (_R68_NAMED_AFTER, "brightest thing up there", "Reyes"),
    # `said one of the holdouts, a retiree named Gloria,`
    (_R68_HOLDOUTS, "Ask me in the booth", "Gloria"),
]
_R68_STAGE_NAME = (
    "Night Tariff\n\nMarcus Odu is better known as Kilo Sable, one half of Night Tariff.\n\n"
    "Odu’s production partner is Callum Birch, a soft-spoken Glaswegian who records as"
    " Halfmoon. Halfmoon beats are dense and patient.\n\n“I just try to leave room,” Halfmoon"
    " says.\n\nThe name Kilo Sable has humbler origins. “It was a username,” Kilo Sable admits."
)
ROUND_68_NEWS += [
    # `who records as Halfmoon`, `is better known as Kilo Sable`: one person, one voice
    (_R68_STAGE_NAME, "leave room", "Callum Birch"),
    (_R68_STAGE_NAME, "It was a username", "Marcus Odu"),
]
_R68_ANYTHING_BUT = (
    "Letters\n\nOn his gravestone it would say Tariq Mahmood Malik, but nobody had called"
    " him anything but Baba for thirty years.\n\n“It works,” said Baba.\n\n“It’s broken,” said"
    " Farah.\n\n“What is there to replace?” said Baba.\n\n“Everything,” said Farah.\n\n“No,”"
    " said Baba."
)
_R68_DIDI_TO_ME = (
    "Pressure Cooker\n\nNasreen is Didi to me, and has been since I could talk. Ma calls her"
    " Nasreen Chowdhury when she is cross.\n\n“Because nobody is up at six,” said Didi.\n\n"
    "“Your Nana called,” said Ma.\n\n“Free of charge,” said Didi.\n\n“Eat,” said Ma.\n\n"
    "“Later,” said Didi."
)
_R68_THE_CONTESSA_LATER = (
    "Nobody Tips\n\n“Levin’s closes at nine,” Vic said.\n\n“Every night?” said the Chemist.\n\n"
    "“Every night,” said Vic.\n\n“People change,” said the Chemist.\n\n“Not Levin,” said Vic."
    "\n\nThere was a woman who came in near the end. The crew called her the Contessa.\n\nWe"
    " ended up in a garage in Cicero at two in the morning. Levin’s case sat between us. We"
    " waited an hour, and then another, and nobody came, and the Chemist smoked.\n\nThe door"
    " rattled up. It was the Contessa, without her fur collar.\n\n“Sorry, boys,” she said."
)
ROUND_68_STORIES += [
    # `nobody had called him anything but Baba`
    (_R68_ANYTHING_BUT, "What is there to replace", "Tariq Mahmood Malik"),
    # `Nasreen is Didi to me`
    (_R68_DIDI_TO_ME, "Free of charge", "Nasreen Chowdhury"),
    # `the Contessa` named again later is the woman the crew called so
    (_R68_THE_CONTESSA_LATER, "Sorry, boys", "Contessa"),
]
_R68_CUTS_IN = (
    "Maeve\n\nDunleavy and Keane sit across from me in a pub in Ennis.\n\n“He’s entitled to—”"
    " Dunleavy says.\n\n“He’s not, actually,” Keane cuts in.\n\n“—to his opinion,” Dunleavy"
    " says."
)
ROUND_68_NEWS += [
    # a profile's present-tense phrasal cue: `Keane cuts in`
    (_R68_CUTS_IN, "He’s not, actually", "Keane"),
]
_R68_ITS_GAZ = (
    "The Ridge\n\n“Ffion, it’s Gaz. We’ve got a walker fallen on the north ridge. You free?”\n\n"
    "“I’m free,” I said.\n\nGareth Mostyn had led the team for eleven years.\n\n“Base in twenty,"
    " then,” said Gareth.\n\n“Copied,” I said.\n\n“Go,” said Gareth.\n\n“Going,” I said."
)
ROUND_68_STORIES += [
    # `“Ffion, it’s Gaz.”`: a call, then the caller's own name, the telephone's way
    (_R68_ITS_GAZ, "walker fallen on the north ridge", "Gareth Mostyn"),
]
_R68_COLD = (
    "Winch\n\n“Down five,” said Kettering.\n\n“Steady,” said Dunmore.\n\n“Holding,” said"
    " Kettering.\n\n“Clear,” said Dunmore.\n\n“Good,” said Kettering.\n\nKettering slid the door"
    " open. Cold came in like a fist.\n\n“Right, Rhys, listen,” he said. “Don’t fight it.”"
)
ROUND_68_STORIES += [
    # `Cold came in like a fist.`: a word written once at a sentence's opening is no he
    (_R68_COLD, "Right, Rhys, listen", "Kettering"),
]
_R68_YACHT = (
    "Night Shift\n\n“Holyhead Coastguard,” said Priya.\n\n“Go on,” said Tom.\n\n“Channel"
    " sixteen,” said Priya.\n\n“Answer it,” said Tom.\n\n“Holyhead Coastguard, Holyhead"
    " Coastguard, this is yacht Curlew, yacht Curlew. I seem to have a spot of water. Over.”"
)
ROUND_68_STORIES += [
    # a boat calling the radio's way is nobody the story has voiced, not the turn's
    (_R68_YACHT, "I seem to have a spot of water", None),
]
_R68_ASKED_WHAT = (
    "Inquiry hears from nurse\n\nMs Okafor told the inquiry she had raised staffing with the"
    " ward manager, Colin Ashworth, several times.\n\nHe had replied by email, she said."
    " Counsel to the inquiry, Fergus Lindqvist KC, read out the reply.\n\nMr Lindqvist asked"
    " what she had made of that.\n\n“Honestly? I laughed. The escalation policy was me.”"
)
ROUND_68_NEWS += [
    # `Mr Lindqvist asked what she had made of that.` / `“…”`: the answer, not his
    (_R68_ASKED_WHAT, "I laughed", None),
]
_R68_WHOLE_FORM = (
    "The Feast\n\nPrudence Allardyce, whom the whole of the form called Prue, sat up first.\n\n"
    "“You’d better come too,” said Prue.\n\n“Where?” said Jo.\n\n“Only you must swear,” said"
    " Prue.\n\n“I swear,” said Jo.\n\n“Good,” said Prue."
)
_R68_RONNIE = (
    "The Book\n\nVeronica Staines sat very still.\n\n“Sit down, Veronica,” said the Head.\n\n“It"
    " wasn’t Gillian,” said Ronnie.\n\n“I see,” said the Head.\n\n“I told her,” said Ronnie.\n\n"
    "“Go on,” said the Head.\n\n“She knew anyway,” said Ronnie."
)
ROUND_68_STORIES += [
    # `whom the whole of the form called Prue`
    (_R68_WHOLE_FORM, "Only you must swear", "Prudence Allardyce"),
    # `Ronnie` is a pet form of Veronica too
    (_R68_RONNIE, "She knew anyway", "Veronica Staines"),
]

@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_68_NEWS + ROUND_68_STORIES)
def test_round_68(text: str, quote: str, speaker: str | None) -> None:
    """Round 68: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


ROUND_69_STORIES: list[tuple[str, str, str | None]] = []
ROUND_69_NEWS: list[tuple[str, str, str | None]] = []

_R69_AMMI = (
    "The Box\n\nNobody had called him anything but Baba for thirty years, not even Ammi, who"
    " was Rukhsana to Aunty Nighat next door and to nobody else.\n\n“It’s taped,” said Farah."
    "\n\n“Someone taped it,” said Asif.\n\n“Or someone who didn’t want the lid falling off,”"
    " said Ammi.\n\n“Open it,” said Farah.\n\n“Why?” said Asif.\n\n“Because,” said Ammi."
)
_R69_HAROLD = (
    "The Allotment\n\nHarold, who was Harry to his friends and Mr Pike to the council, leaned"
    " on his spade.\n\n“Morning,” said Harry.\n\n“Morning,” said Len.\n\n“Rain later,” said"
    " Harry.\n\n“So they say,” said Len.\n\n“Beans want it,” said Harold."
)
ROUND_69_STORIES += [
    # `Ammi, who was Rukhsana to Aunty Nighat`: one woman, named Rukhsana
    (_R69_AMMI, "Because", "Rukhsana"),
    # `Harold, who was Harry to his friends`: a first name the tables know keeps it
    (_R69_HAROLD, "Rain later", "Harold"),
]
_R69_NIGER = (
    "The Letter\n\nTitus Caecilius Niger was sixty-eight that year.\n\n“Your freedman stays?”"
    " said Lentulus.\n\n“He stays,” said Titus Caecilius Niger.\n\n“As you wish,” said Lentulus."
    "\n\n“I do,” said Caecilius.\n\n“Then I go,” said Lentulus.\n\n“Go,” said Caecilius."
)
_R69_FIRST_CLASS = (
    "The Bus\n\nA short woman stood at the door of the bus.\n\n“Off,” said Sergeant First Class"
    " Reyes.\n\n“Move,” said Drill Sergeant Okafor.\n\n“Faster,” said Reyes.\n\n“Go,” said"
    " Okafor.\n\n“Now,” said Sergeant First Class Reyes."
)
_R69_KACHO = (
    "The Bar\n\nSection Chief Ishikawa sat at the head of the table.\n\n“You,” said"
    " Ishikawa-kachō.\n\n“Me?” said Fujita.\n\n“You are quiet,” said Ishikawa.\n\n“Sorry,” said"
    " Fujita.\n\n“Drink,” said Ishikawa-kachō."
)
_R69_SUNBAE = (
    "The Office\n\nLee Min-seo had the desk beside mine.\n\n“Go home,” said Min-seo-sunbae.\n\n"
    "“Soon,” said Dong-hyun.\n\n“Now,” said Min-seo.\n\n“Fine,” said Dong-hyun.\n\n“Good,” said"
    " Min-seo-sunbae."
)
_R69_SU_AH = (
    "The Call\n\nPark Su-ah picked up on the first ring.\n\n“Hello?” said Su-ah.\n\n“It’s me,”"
    " said Jun.\n\n“Where are you?” said Su-ah.\n\n“Outside,” said Jun.\n\n“Come up,” said Su-ah."
)
ROUND_69_STORIES += [
    # a Roman praenomen is a first name: `Titus Caecilius Niger` is a man, not a place
    (_R69_NIGER, "He stays", "Titus Caecilius Niger"),
    # `Sergeant First Class Reyes`: the rank's `First Class`, not the name `Class Reyes`
    (_R69_FIRST_CLASS, "Now", "Reyes"),
    # `Ishikawa-kachō` and `Min-seo-sunbae` are Ishikawa and Lee Min-seo, one voice each
    (_R69_KACHO, "Drink", "Ishikawa"),
    (_R69_SUNBAE, "Good", "Lee Min-seo"),
    # `Su-ah` is a given name; its `-ah` is no vocative ending  # guard
    (_R69_SU_AH, "Come up", "Park Su-ah"),
]
_R69_NAMETAPE = (
    "The Bus\n\nBefore the doors had finished opening a man in a round brown hat was standing in"
    " the aisle.\n\n“Get off my bus,” he said.\n\nNobody moved. Dale looked at the boy beside"
    " him.\n\n“I said get off my bus!”\n\nThen everyone moved at once, and the man in the hat —"
    " Drill Sergeant Okafor, according to the nametape — kept up a roar behind them.\n\n“Move!”"
    " said Okafor.\n\n“Yes, Drill Sergeant,” said Dale.\n\n“Faster,” said Reyes.\n\n“Yes, Drill"
    " Sergeant,” said Dale.\n\n“Good,” said Reyes."
)
_R69_POET = (
    "The Dinner\n\nThe poet was Lucius Arrius Macer, who had written a long work nobody had read."
    " Beside him lay Marcus Fulvius Rufus.\n\n“Wine,” said Corvinus.\n\n“Tell us about the"
    " optio,” the poet said.\n\n“Which one?” said Fulvius.\n\n“The one who wrote verses,” said"
    " the poet."
)
_R69_AW = (
    "The Barracks\n\nThe lights went out at ten.\n\n“You awake?” Hatcher whispered.\n\n“No,” I"
    " said.\n\n“What would you be doing at home?”\n\n“Stocking cereal,” I said.\n\n“Aw, man.”\n\n"
    "“It’s fine,” I said.\n\n“Go to sleep,” said Pruitt."
)
ROUND_69_STORIES += [
    # `the man in the hat — Drill Sergeant Okafor, according to the nametape —`
    (_R69_NAMETAPE, "Get off my bus", "Okafor"),
    # `The poet was Lucius Arrius Macer`: `the poet said` is Macer
    (_R69_POET, "The one who wrote verses", "Lucius Arrius Macer"),
    # `“Aw, man.”` calls nobody: the teller is no `Aw`
    (_R69_AW, "Stocking cereal", None),
]
_R69_VIDEO = (
    "The Speech\n\nGeoffrey had been told by his wife, his daughter and a YouTube video called"
    " “How To Nail Your Father Of The Bride Speech” to keep it short.\n\n“Thank you,” said"
    " Geoff.\n\n“Dad,” said Rosie.\n\n“One more,” said Geoff.\n\n“Dad!” said Rosie.\n\n“Fine,”"
    " said Geoff."
)
ROUND_69_STORIES += [
    # `a YouTube video called “…”`: the video's name, however long, and nobody's line
    (_R69_VIDEO, "How To Nail Your Father Of The Bride Speech", None),
]
_R69_LUPITA = (
    "The Letter\n\nMy mother — Lupita to her sisters, Guadalupe to the IRS, Mami to me and my"
    " brother — took the envelope down after the dishes.\n\n“Read it,” said Carlos.\n\n“Later,” my"
    " mother said.\n\n“Now,” said Carlos.\n\n“Fine,” said my mother.\n\n“Go on,” said Carlos.\n\n"
    "“Where will you find it?” said Carlos.\n\n“I said I’ll find it.” She folded the letter."
    " “Saturday. All of us.”"
)
ROUND_69_STORIES += [
    # `My mother — Lupita to her sisters, Guadalupe to the IRS, Mami to me —`: one woman
    (_R69_LUPITA, "Fine", "Guadalupe"),
    # and she is a she, no thing written once: `She folded the letter` is her beat
    (_R69_LUPITA, "All of us", "Guadalupe"),
]
_R69_BEST_MAN = (
    "The Cards\n\n“You’ve gone grey,” Luke said.\n\n“I’m fine,” I said.\n\n“He’s not fine,” said"
    " Hannah.\n\nI stood up. I held the cards in both hands and I said the first line exactly as"
    " I had practised it.\n\n“Good afternoon, everyone. For those of you who don’t know me, my"
    " name is Devinder Sandhu, and I have been Luke’s best friend since we were eleven.”\n\n"
    "“We know!” shouted Terry.\n\n“Sit down!” said Mick.\n\n“Shh,” said Hannah.\n\n“Go on,” said"
    " Luke.\n\n“The context,” I said, “is Prague.”"
)
_R69_HER_NAME = (
    "The Desk\n\n“Can I help?” I said.\n\n“Good morning. My name is Priya Nair, and I have an"
    " appointment,” she said.\n\n“With whom?” I asked.\n\n“The manager,” she said.\n\n“Take a"
    " seat,” I said.\n\n“Thank you,” said Priya."
)
ROUND_69_STORIES += [
    # `…and I said the first line` / `“… my name is Devinder Sandhu, …”`: the teller's name
    (_R69_BEST_MAN, "is Prague", "Devinder Sandhu"),
    # a line cued `she said` gives her name, not the teller's  # guard
    (_R69_HER_NAME, "Take a seat", None),
]
_R69_AH_MA = (
    "The Dinner\n\nLim Bee Hoon—who had been Madam Lim to the market for forty years and Ah-Ma"
    " to everyone else—set the ladle down.\n\n“Not yet,” said Ah-Ma.\n\n“Why?” said Wei Jie.\n\n"
    "“Wait for everybody,” said Ah-Ma.\n\n“Okay,” said Wei Jie.\n\n“Good,” said Ah-Ma."
)
ROUND_69_STORIES += [
    # `Lim Bee Hoon—who had been Madam Lim to the market … and Ah-Ma to everyone else—`
    (_R69_AH_MA, "Wait for everybody", "Lim Bee Hoon"),
]
_R69_OBAACHAN = (
    "The Persimmons\n\n“You’re late,” Watanabe Haruko said, without looking up.\n\n“I stopped at"
    " the konbini, Obaachan.”\n\n“For what?”\n\n“Tea,” said Yumi.\n\n“Your uncle called,”"
    " Obaachan said.\n\n“Again?” said Yumi.\n\n“Every day,” said Obaachan.\n\n“What did he want?”"
    " said Yumi."
)
_R69_HALMEONI = (
    "The Jar\n\nThe old woman asked for the rice jar on the ninth day.\n\n“Halmeoni, you can’t"
    " eat rice from home.”\n\n“I don’t want to eat it.” Yoon Soon-ja turned her head.\n\n“Then"
    " what?” said Hye-rin.\n\n“What is under it,” said Halmeoni.\n\n“Under the rice?” said"
    " Hye-rin.\n\n“Under the jar,” said Halmeoni."
)
ROUND_69_STORIES += [
    # `“You’re late,” Watanabe Haruko said` / `“…, Obaachan.”`: the one answered is called
    (_R69_OBAACHAN, "Every day", "Watanabe Haruko"),
    # `“Halmeoni, you can’t…”` / `“I don’t want to eat it.” Yoon Soon-ja turned her head.`
    (_R69_HALMEONI, "Under the jar", "Yoon Soon-ja"),
]
_R69_PREACHER = (
    "Fire Watch\n\nPruitt had the rack above mine. We called him Preacher because he read his"
    " Bible every night.\n\n“I’d be in school,” Preacher offered.\n\n“Doing what?” said Hatcher."
    "\n\n“Dairy,” said Pruitt.\n\n“Cows,” said Hatcher.\n\n“Cows,” said Preacher."
)
ROUND_69_STORIES += [
    # `We called him Preacher`: a role word for a nickname; he keeps his name, Pruitt
    (_R69_PREACHER, "I’d be in school", "Pruitt"),
]
_R69_NETO = (
    "The Call\n\nErnesto Villalobos dialed the long number from memory.\n\n“Who is it?” said"
    " Carmen.\n\n“It’s me,” said Neto.\n\n“Mijo!” said Carmen.\n\n“How are you?” said Ernesto."
    "\n\n“Old,” said Carmen.\n\n“Me too,” said Neto."
)
ROUND_69_STORIES += [
    # Spanish pet forms: Neto is Ernesto (so Chuy Jesús, Lupe Guadalupe, Memo Guillermo…)
    (_R69_NETO, "Me too", "Ernesto Villalobos"),
]
_R69_TELL_JAMIE = (
    "The Visit\n\n“Did I ever tell you about Famagusta?” said Frank.\n\n“You did, Dad,” said"
    " Carol.\n\n“Did I?” said Frank.\n\nHe had, perhaps forty times. Carol said, “Tell Jamie.”"
    "\n\n“Who’s Jamie?” said Frank.\n\n“Your grandson,” said Carol."
)
_R69_NOTICE = (
    "The Meeting\n\nColin had put a notice on the board that morning, under the heading YOUR"
    " VOICE MATTERS, that said “Residents’ Meeting Today — All Welcome — Refreshments”, and had"
    " feared nobody would come.\n\n“Shall we start?” said Colin.\n\n“Is there cake?” said"
    " Margaret.\n\n“Biscuits,” said Colin.\n\n“Oh,” said Margaret.\n\n“Custard creams,” said Colin."
)
ROUND_69_STORIES += [
    # a story's `Carol said, “Tell Jamie.”`: a line, not the title of a work
    (_R69_TELL_JAMIE, "Tell Jamie", "Carol"),
    # `a notice on the board, under the heading…, that said “…”`: the notice's words
    (_R69_NOTICE, "Residents’ Meeting Today", None),
]
_R69_PENNICK = (
    "The Parley\n\n“Boat coming,” said Tully.\n\n“I see it,” said Dunmore.\n\n“Guns?” said Tully."
    "\n\n“No,” said Dunmore.\n\nA boat came across from the sloop, and an officer in a blue coat"
    " climbed the side.\n\n“Lieutenant Arthur Pennick,” said the officer, “of His Majesty’s"
    " sloop Thrush.”\n\n“Henry Dunmore,” said the captain.\n\n“You know why I am here,” said"
    " the officer.\n\n“I can guess,” said Dunmore.\n\n“Then guess,” said Pennick."
)
ROUND_69_STORIES += [
    # `“Lieutenant Arthur Pennick,” said the officer, “of His Majesty’s sloop Thrush.”`
    (_R69_PENNICK, "You know why I am here", "Arthur Pennick"),
]
_R69_GAVE_NAME = (
    "The prints in the third room are barely larger than a postcard, and several visitors were"
    " seen crouching to look at them.\n\nA retired teacher from Lowestoft, who gave her name only"
    " as Margaret, said she had been a child in a mining village when the strike began.\n\n“My"
    " dad was on the line,” she said. “I didn’t know anyone had been drawing it.”\n\nThe"
    " exhibition is accompanied by an essay by the poet Ruth Abeyasekera, who said the work had"
    " changed her."
)
ROUND_69_NEWS += [
    # `A retired teacher from Lowestoft, who gave her name only as Margaret, said…` / `she said`
    (_R69_GAVE_NAME, "My dad was on the line", "Margaret"),
]
_R69_CURATOR = (
    "The show has been three years in the making. Its curator, Dr. Priya Anand-Sollis, travelled"
    " twice to the artist’s studio to go through the drawers.\n\n“Halina doesn’t throw anything"
    " away,” Anand-Sollis said.\n\nDid she win those arguments? The curator laughed. “About half."
    " The other half are in the show anyway.”"
)
ROUND_69_NEWS += [
    # `Its curator, Dr. Priya Anand-Sollis,` / `The curator laughed. “…”`
    (_R69_CURATOR, "About half", "Priya Anand-Sollis"),
]
_R69_IT_READ = (
    "The museum has defended its purchase of the unfinished bronze.\n\nThe trustees’ chair, Sir"
    " Malcolm Achebe-Rhys, was less inclined to engage. In a brief statement issued through the"
    " museum’s press office, he said the board had “full confidence” in the director. “Museums"
    " collect,” it read. “That is what they are for.”"
)
ROUND_69_NEWS += [
    # `In a brief statement…, he said the board had “full confidence”… “…,” it read.`: his
    (_R69_IT_READ, "Museums collect", "Malcolm Achebe-Rhys"),
]
_R69_BRIEF = (
    "The festival will not return next year, its organisers said on Monday.\n\n“Nobody wrote an"
    " open letter for us,” Roger Blaydes said.\n\nAsked to respond, Deborah Ashdown-Kerr was"
    " brief. “Roger’s entitled to his view. I was there every year.”"
)
ROUND_69_NEWS += [
    # `Asked to respond, Ashdown-Kerr was brief. “…”`: a word of manner like `blunt`
    (_R69_BRIEF, "entitled to his view", "Deborah Ashdown-Kerr"),
]
_R69_SPEAKING = (
    "Nights\n\n“Kettle’s on,” said Bernadette.\n\n“Good,” said Tomasz.\n\n“Biscuit?” said"
    " Bernadette.\n\n“Two,” said Tomasz.\n\nAt ten past two the office phone rang, so Tomasz"
    " answered it.\n\n“Ashgrove, night staff, Tomasz speaking.”\n\n“Sorry, I know it’s late,”"
    " said a man’s voice."
)
ROUND_69_STORIES += [
    # `“Ashgrove, night staff, Tomasz speaking.”`: the place, the post, then the name
    (_R69_SPEAKING, "Tomasz speaking", "Tomasz"),
]
_R69_MINUTES = (
    "Any Other Business\n\nThe residents’ meeting took place on the first Thursday of each month,"
    " and in March eleven residents attended, which Margaret Lowry, who chaired it, considered a"
    " triumph.\n\nShe sat at the small table at the front with the minutes book open. Beside her"
    " sat the home’s manager, Colin Fairbrother, a tall man who always looked as though he had"
    " just been told bad news about his car.\n\n“Right,” said Mrs"
    " Lowry. “Item one, the newspapers. It says here: ‘Mr Fairbrother to speak to the"
    " supplier.’ Mr Fairbrother?”\n\n“I have spoken to the supplier.”\n\n“And?”\n\n“And the van"
    " can’t get here before eleven.”\n\n“So we’re still getting yesterday’s?”\n\n“We’re getting"
    " today’s,” said Colin Fairbrother, “just at lunchtime.”\n\nFrom the second row Desmond Pike"
    " made a noise like a kettle coming to the boil."
)
ROUND_69_STORIES += [
    # `…‘Mr Fairbrother to speak to the supplier.’ Mr Fairbrother?”`: a call after the words
    # the line quotes; he answers
    (_R69_MINUTES, "I have spoken to the supplier", "Colin Fairbrother"),
]
_R69_KIT_PELL = (
    "The Prize\n\nThe captain came down the ladder.\n\n“Kit Pell,” Crane said, looking down at me."
    " “You’ll carry powder today.”\n\n“Aye, sir,” I said.\n\n“Mind the hatch,” said Penrose.\n\n"
    "“I will,” I said.\n\n“Go on, then,” said Crane.\n\n“Where’s the powder?” said Tom."
)
ROUND_69_STORIES += [
    # `“Kit Pell,” Crane said, looking down at me.`: the teller's name
    (_R69_KIT_PELL, "Aye, sir", "Kit Pell"),
]
_R69_MARISOL = (
    "Masa\n\n“You bought the lard from the Walmart,” Abuela said.\n\n“It’s the same lard,” said"
    " Lupe.\n\n“Thinner, Marisol,” Abuela said, not looking at me.\n\n“It is not the same,” said"
    " Abuela.\n\n“Same tub,” said Lupe.\n\n“Different tub,” said Abuela.\n\nNobody answered that."
    "\n\nI decided to help. “I’ll call Chuy,” I said, and took my phone out to the porch.\n\n"
    "“Tell him forty minutes,” said Lupe."
)
ROUND_69_STORIES += [
    # `“Thinner, Marisol,” Abuela said, not looking at me.`: the teller is Marisol
    (_R69_MARISOL, "I’ll call Chuy", "Marisol"),
]
_R69_CARD = (
    "Harrowgate\n\n“Wait here,” said Mrs. Pell.\n\n“Thank you,” I said.\n\nAn old man came in"
    " slowly from the hall.\n\n“You’ll forgive me,” said the old man. “I do not keep ordinary"
    " hours.” He looked at the card I had left. “Julian Ashby, of Gray’s Inn. You are younger"
    " than your letters.”\n\n“I am told so,” I said.\n\n“Sit,” said the old man."
)
ROUND_69_STORIES += [
    # a line that speaks to somebody reads their card: no self-naming  # guard
    (_R69_CARD, "Julian Ashby, of Gray", "the old man"),
]
_R69_MAMMY = (
    "Saving the Hay\n\n“Another day,” said the Da.\n\n“Please God,” said Podge.\n\n“Eat up,”"
    " said the Da.\n\n“I am,” said Podge.\n\nThe Da went out to the yard. Mammy sat on at the"
    " table.\n\n“Listen to this,” she said. “The heat here is something terrible.”"
)
ROUND_69_STORIES += [
    # `Mammy` is a mother's name like Mum and Mam: a she, and the she of the line
    (_R69_MAMMY, "Listen to this", "Mammy"),
]
_R69_CALLED_KAM = (
    "Election Night\n\nThe night city editor was Lou Kaminski, called Kam, a short wide man who"
    " wore his tie loosened.\n\n“Numbers,” said Kam.\n\n“Nine precincts,” said Bernadette.\n\n"
    "“Which?” said Kam.\n\n“Ashby Township,” said Bernadette.\n\n“I know Ashby,” said Kam."
)
ROUND_69_STORIES += [
    # `Lou Kaminski, called Kam, a short wide man`: one man
    (_R69_CALLED_KAM, "I know Ashby", "Lou Kaminski"),
]
_R69_THE_BRU = (
    "Breaking Eleven\n\nHal Brubaker stood in front of the board with his arms folded. Everyone"
    " on the lot called him the Bru.\n\n“Where are we?” said the Bru.\n\n“Act two,” said Kit.\n\n"
    "“And?” said the Bru.\n\n“It’s blank,” said Kit.\n\n“Beautiful,” said Hal Brubaker."
)
_R69_MOOSE = (
    "Cold Open\n\nMarcus Obi sat by the window. Everyone called Marcus “Moose,” though nobody"
    " could remember why.\n\n“He’s in the chair,” Moose said.\n\n“And?” said Dana.\n\n“Mouth full"
    " of cotton,” said Moose.\n\n“Funny,” said Dana.\n\n“Very,” said Marcus."
)
_R69_TOBY = (
    "The Room\n\n“What if somebody enters the race?” Toby said.\n\n“Who?” said Kit.\n\n“Anybody,”"
    " said Toby.\n\nTobias Lindqvist had been on staff for three seasons.\n\n“A dog,” said Kit."
    "\n\n“We did a dog,” said Tobias."
)
ROUND_69_STORIES += [
    # `Everyone on the lot called him the Bru`
    (_R69_THE_BRU, "Where are we", "Hal Brubaker"),
    # `Everyone called Marcus “Moose,”`
    (_R69_MOOSE, "He’s in the chair", "Marcus Obi"),
    # Toby is a pet form of Tobias
    (_R69_TOBY, "What if somebody enters", "Tobias Lindqvist"),
]
_R69_YOU_ENGLISH = (
    "Rue Jacob\n\n“Sit,” said Henri.\n\n“Thank you,” said Louisa.\n\n“Wine?” said Henri.\n\n“Yes,”"
    " said Louisa.\n\n“Good,” said Henri.\n\n“You English,” he said to me over dinner, “you think"
    " the artist must suffer.”\n\n“Don’t you?” I said.\n\n“I have a tailor,” said Henri.\n\n“Both,”"
    " I said."
)
ROUND_69_STORIES += [
    # `“You English,” he said to me`: no teller called You English  # guard
    (_R69_YOU_ENGLISH, "Don’t you", None),
]
_R69_DEAR_NORA = (
    "Mail Call\n\n“Solberg,” said the sergeant.\n\n“Here,” said Nora.\n\n“Odom,” said the"
    " sergeant.\n\n“Here,” said Keisha Odom.\n\n“Open yours,” said Keisha Odom.\n\n“Fine,” said"
    " Nora.\n\n“Go on, then,” said Odom.\n\nNora slit the envelope. Because Odom was still"
    " hovering, she read the first page out loud, low.\n\n“Dear Nora. Your grandmother says I am"
    " not to give you advice, so I will keep this short.”\n\n“Who’s it from?” Odom asked."
)
ROUND_69_STORIES += [
    # `…she read the first page out loud, low.` / `“Dear Nora. …”`: a letter nobody signs is
    # nobody's line, not a turn of the talk around it
    (_R69_DEAR_NORA, "Your grandmother says", None),
]
_R69_WHISPER = (
    "Fire Watch\n\n“Lights out,” said Kessler.\n\n“Yes, Drill Sergeant,” said Pruitt.\n\n“Go to"
    " sleep,” said Kessler.\n\n“Yes, Drill Sergeant,” said Dominguez.\n\nThe door shut. I lay"
    " there thinking about my mother’s kitchen.\n\n“Ski.” Hatcher’s whisper found me anyway. “Ski,"
    " you awake?”\n\n“No.”"
)
ROUND_69_STORIES += [
    # `Hatcher’s whisper found me anyway. “Ski, you awake?”`: like `Hatcher’s voice came`
    (_R69_WHISPER, "Ski, you awake", "Hatcher"),
]
_R69_SECRETARY_TO = (
    "The board met on Tuesday. Jenkins, who was Secretary to the Board for a decade, resigned."
    "\n\n“I am done,” Jenkins said."
)
ROUND_69_NEWS += [
    # `Jenkins, who was Secretary to the Board`: a title in the aside, no name (it had raised)
    (_R69_SECRETARY_TO, "I am done", "Jenkins"),
]

@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_69_NEWS + ROUND_69_STORIES)
def test_round_69(text: str, quote: str, speaker: str | None) -> None:
    """Round 69: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


ROUND_70_STORIES: list[tuple[str, str, str | None]] = []
ROUND_70_NEWS: list[tuple[str, str, str | None]] = []

_R70_ABUELA = (
    "Sunday\n\nMy grandmother, Rosa Delgado, had come up from Oaxaca in 1961.\n\n“Eat,” said"
    " Abuela.\n\n“I ate,” I said.\n\n“Not enough,” said Abuela.\n\n“Leave him,” said Tío Beto."
    "\n\n“You leave him,” said Abuela.\n\n“Fine,” said Tío Beto.\n\nLater, my grandmother"
    " said, “He is too thin.”"
)
_R70_NANI = (
    "Eid\n\nMy grandmother, Zainab Qureshi, arrived first.\n\n“Sit,” said Nani.\n\n“Where?”"
    " said Dadi.\n\n“Anywhere,” said Nani.\n\n“Thank you,” said Dadi.\n\n“Tea?” said Nani.\n\n"
    "“Please,” said Dadi."
)
ROUND_70_STORIES += [
    # `Abuela` is the teller's grandmother the narration names: one voice for both
    (_R70_ABUELA, "Not enough", "Rosa Delgado"),
    (_R70_ABUELA, "He is too thin", "Rosa Delgado"),  # guard
    # two grandmothers by two words of another tongue: neither is joined to the named one (guard)
    (_R70_NANI, "Sit", "Nani"),
    (_R70_NANI, "Please", "Dadi"),
]
_R70_MUM_TO = (
    "Sunday Lunch\n\nMargaret Pilling had run the house for forty years, and she was Mum to all"
    " of them, blood or not.\n\n“Sit,” said Mum.\n\n“Where?” said Dev.\n\n“Anywhere,” said Mum."
    "\n\n“Thanks,” said Dev.\n\n“Gravy?” said Margaret.\n\n“Please,” said Dev.\n\n“Good,” said"
    " Mum."
)
_R70_DIDI_HER = (
    "The Roof\n\nNasreen was Didi to her brothers long before she was anything else.\n\n“Down,”"
    " said Didi.\n\n“No,” said Imran.\n\n“Now,” said Didi.\n\n“Fine,” said Imran.\n\n“Good,”"
    " said Nasreen.\n\n“Bossy,” said Imran.\n\n“Always,” said Didi."
)
ROUND_70_STORIES += [
    # `she was Mum to all of them`: a family word may be a title too; the named woman's
    (_R70_MUM_TO, "Anywhere", "Margaret Pilling"),
    # `Nasreen was Didi to her brothers`: what her brothers call her
    (_R70_DIDI_HER, "Always", "Nasreen"),
]
_R70_GRISHA = (
    "The Dinner\n\nHis nephew Grigory Pavlovich sat opposite him.\n\n“Soup,” said Arkady.\n\n"
    "“Thank you,” said Grigory Pavlovich.\n\n“More?” said Arkady.\n\n“No,” said Grisha.\n\n"
    "“Bread?” said Arkady.\n\n“Please,” said Grisha."
)
_R70_HOUSEHOLD = (
    "The Visit\n\nThen came Lizaveta Andreyevna, the countess's niece, whom the household called"
    " Nightingale when it was pleased with her.\n\n“Sit,” said the countess.\n\n“Here?” said"
    " Nightingale.\n\n“There,” said the countess.\n\n“Thank you,” said Lizaveta Andreyevna.\n\n"
    "“Tea?” said the countess.\n\n“Please,” said Nightingale."
)
_R70_GENERAL = (
    "The Guest\n\nThe door opened. It was the general — Stepan Kirillovich Obolyaninov, a tall,"
    " stooped man with a loud voice — and behind him came Petya.\n\n“Well!” said the general.\n\n"
    "“Welcome,” said the countess.\n\n“Thank you,” said Obolyaninov.\n\n“Sit,” said the"
    " countess.\n\n“Gladly,” said the general."
)
ROUND_70_STORIES += [
    # `Grisha` is a pet form of Grigory: one voice
    (_R70_GRISHA, "Please", "Grigory Pavlovich"),
    # `whom the household called Nightingale`
    (_R70_HOUSEHOLD, "Here", "Lizaveta Andreyevna"),
    # `It was the general — Stepan Kirillovich Obolyaninov,`: `said the general` is him
    (_R70_GENERAL, "Gladly", "Stepan Kirillovich Obolyaninov"),
]
_R70_LATER_DOCTOR = (
    "The Dinner\n\nHis nephew Boris Ilyich — a student of law in Kazan, with a borrowed coat —"
    " had been seated opposite him.\n\n“Arkasha, dear,” said Anna Fyodorovna, “you will make him"
    " cry.”\n\nLater, on the terrace, when the guests had gone to cards, the doctor found the"
    " young man alone by the rail.\n\n“You did well,” he said. “He liked it.”"
)
ROUND_70_STORIES += [
    # `Later, …, the doctor found the young man`: the he after it may be the doctor, not the
    # nephew named before
    (_R70_LATER_DOCTOR, "You did well", None),
]
_R70_FOX = (
    "The Night Shift\n\n“Pharmacy,” said Nadia.\n\n“It’s me,” said Pieter.\n\n“Where are you?”"
    " said Nadia.\n\n“At his flat,” said Pieter.\n\n“Is he asleep?” said Nadia.\n\nShe waited."
    " Outside, the fox came back across the car park with something in its mouth.\n\n“He had"
    " an envelope in his coat.”"
)
ROUND_70_STORIES += [
    # a creature its sentence calls `its` is no speaker: the line is not the fox's (nor surely
    # anybody's after `She waited.`)
    (_R70_FOX, "He had an envelope", None),
]
_R70_HER_GRACE = (
    "The Psalter\n\n“Madam,” said Joan.\n\n“Yes?” said the queen.\n\n“A book,” said Joan.\n\n"
    "“Whose?” said the queen.\n\n“Yours,” said Joan.\n\n“Then keep it,” said the queen.\n\nI"
    " folded the silk over it, and when Her Grace said, “Put it in the chest,” I did as I was"
    " told."
)
ROUND_70_STORIES += [
    # `Her Grace` is a style, not a woman named Grace
    (_R70_HER_GRACE, "Put it in the chest", None),
]
_R70_B_FROM = (
    "The Call\n\n“Can everyone hear?” said Ruth.\n\n“Yes,” said Desmond.\n\n“Good,” said Ruth."
    "\n\n“Who else?” said Desmond.\n\n“Wait,” said Ruth.\n\nA black square with a white initial"
    " in it: B. From it came road noise and then a woman’s voice. “He can hear you. He’s"
    " driving.”"
)
ROUND_70_STORIES += [
    # no name ends in a preposition: `B. From it came…` names nobody
    (_R70_B_FROM, "He can hear you", None),
]
_R70_SUPER = (
    "Briefing\n\nThere were nine of them in the room, plus the Super by the window. Detective"
    " Chief Superintendent Raymond Orr liked to sit in on briefings.\n\n“Go on,” said"
    " McAteer.\n\n“It was a fall,” said Devlin.\n\n“Or a push,” said McAteer.\n\n“Or a push,”"
    " said Devlin.\n\n“How sure are you?” the Super asked.\n\n“Not very,” said Devlin."
)
ROUND_70_STORIES += [
    # `the Super` is the Detective Chief Superintendent named before
    (_R70_SUPER, "How sure are you", "Raymond Orr"),
]
_R70_PENHALE = (
    "Saved Messages\n\n“Hiya, it’s me,” said Lorna.\n\n“Hi,” I said.\n\n“Where are you?” said"
    " Lorna.\n\n“On the boat,” I said.\n\n“Ring Mum,” said Lorna.\n\nThe third was my landlord,"
    " Mr Abernethy. “The boiler man is coming Thursday.”\n\nThe seventh was a man I didn’t"
    " know, and he talked for a long time.\n\n“Hello, Mr Reid. My name is Arthur Penhale. You"
    " won’t remember me.”"
)
ROUND_70_STORIES += [
    # a caller who names himself after a greeting: his line, not the last caller's
    (_R70_PENHALE, "You won’t remember me", "Arthur Penhale"),
]
_R70_FERRIS = (
    "Messages\n\n“Hiya, it’s me,” said Lorna.\n\n“Hi,” I said.\n\n“Where are you?” said"
    " Lorna.\n\n“On the boat,” I said.\n\n“Ring Mum,” said Lorna.\n\nThe third was my landlord,"
    " Mr Abernethy. “The boiler man is coming Thursday.”\n\nThen the clinic.\n\n“Hello, this is"
    " a message for Callum Reid? It’s Dr Ferris from the eye clinic, I’m calling about your"
    " results.”"
)
ROUND_70_STORIES += [
    # a voicemail's caller naming herself with her title: hers, not the landlord's
    (_R70_FERRIS, "calling about your results", "Ferris"),
]
_R70_CLEFT = (
    "The Gallery\n\n“Your Majesty,” said Wolverton.\n\n“Speak,” said the king.\n\n“Madam,” said"
    " Wolverton.\n\n“Go on,” said the queen.\n\n“I will,” said Wolverton.\n\n“Then do,” said the"
    " queen.\n\nNobody spoke for a long moment. It was Wolverton who broke the silence, and his"
    " voice was very gentle. “Madam, I did not say treason.”"
)
ROUND_70_STORIES += [
    # `It was Wolverton who broke the silence`: the cleft's name is the beat's subject
    (_R70_CLEFT, "I did not say treason", "Wolverton"),
]
_R70_GLASWEGIAN = (
    "Table Seven\n\n“Plate it,” said Chef.\n\n“Plating,” said Carla.\n\n“Away,” said Chef.\n\n"
    "“Yes, Chef,” said Carla.\n\n“Next,” said Chef.\n\nPriya carried the plate back through the"
    " door.\n\n“Well?” The sous, a Glaswegian called Dougie Rennick, was leaning over the"
    " pass."
)
ROUND_70_STORIES += [
    # `a Glaswegian called Dougie Rennick`: `called` names him (no cue of a Glaswegian), and
    # the beat after the line is his, a `was leaning` no state
    (_R70_GLASWEGIAN, "Well", "Dougie Rennick"),
]
_R70_BIRDIE = (
    "Service\n\nEllen Bird had been Birdie since her first week on the line.\n\n“Four on"
    " nine,” said Chef.\n\n“Yes, Chef,” said Birdie.\n\n“How long?” said Chef.\n\n“Four"
    " minutes,” said Birdie.\n\n“Faster,” said Chef.\n\n“Yes, Chef,” said Ellen."
)
_R70_SPOONS = (
    "Service\n\nSpoons — Marcus Hale on his payslip, Spoons to everyone else — was on sauces."
    "\n\n“Jus?” said Chef.\n\n“Coming,” said Spoons.\n\n“Now,” said Chef.\n\n“Yes, Chef,” said"
    " Spoons.\n\n“Good,” said Chef.\n\n“Thanks,” said Marcus."
)
ROUND_70_STORIES += [
    # `Ellen Bird had been Birdie since…`: one woman
    (_R70_BIRDIE, "Four minutes", "Ellen Bird"),
    # `Spoons — Marcus Hale on his payslip`: one man, named in full
    (_R70_SPOONS, "Coming", "Marcus Hale"),
]
_R70_COACH = (
    "Game Night\n\n“We win tonight,” said Jo.\n\n“Maybe,” said Priya.\n\n“Definitely,” said Jo."
    "\n\n“Quiet,” said Priya.\n\n“Why?” said Jo.\n\nThen the door banged open and Coach came in"
    " with her clipboard. She drew the press on the whiteboard.\n\n“Number thirty-two is going"
    " to wait for a lob,” she said.\n\nCoach Theresa Okafor had never lost a semifinal."
)
ROUND_70_STORIES += [
    # `Coach came in`: a title written as a name is the one coach of the story, the she after
    # it hers, however late the story names her
    (_R70_COACH, "Number thirty-two", "Theresa Okafor"),
]
_R70_ROZ = (
    "The Bus\n\n“Fast,” said Wen.\n\n“Faster,” said Carter.\n\n“Fastest,” said Wen.\n\n“Sure,”"
    " said Carter.\n\n“Bus,” said Wen.\n\nOn the bus Roz sat down next to me and handed me an"
    " earbud. She was playing something slow.\n\n“You’re anchor at States,” she said."
)
ROUND_70_STORIES += [
    # `Roz` is a woman's name (Rosalind's pet form): the she after her is hers
    (_R70_ROZ, "anchor at States", "Roz"),
]
_R70_B_SQUARE = (
    "The Call\n\n“Can you all hear?” said Ruth.\n\n“Yes,” said Desmond.\n\n“Where’s Benny?” "
    "said Ruth.\n\n“Driving,” said Desmond.\n\n“Typical,” said Ruth.\n\nBenny was driving down "
    "from Leeds. His square stayed black, a white B in it.\n\n“OK.” The B square, at last: Benny, "
    "cheerful and much too loud, the way he always was on the phone. “I’m on the motorway. What "
    "have I missed?”"
)
ROUND_70_STORIES += [
    # a lone capital letter is no person's name: the line after the colon is Benny's
    (_R70_B_SQUARE, "What have I missed", "Benny"),
]
_R70_CLEFT_CUE = (
    "The Proclamation\n\n“Hear ye,” said the crier.\n\n“Again?” said Tom.\n\n“Hush,” said Kate."
    "\n\n“Why?” said Tom.\n\n“Listen,” said Kate.\n\nNed Barlow was in his shop setting type, and"
    " it was his wife Alys who came in from the street and said, “You had better come out.”"
)
ROUND_70_STORIES += [
    # `…, and it was his wife Alys who came in … and said`: the cleft's name speaks, not Ned
    (_R70_CLEFT_CUE, "better come out", "Alys"),
]
_R70_M = (
    "The Office\n\n“Sit,” said M.\n\n“Thank you,” said Bond.\n\n“Coffee?” said M.\n\n“Please,”"
    " said Bond.\n\n“Good,” said M in a low voice.\n\n“Is it?” said Bond."
)
ROUND_70_STORIES += [
    # but a letter after a speech verb is a person's name, whatever follows it (guard)
    (_R70_M, "Good", "M"),
]
_R70_INVERTED = (
    "The Canal\n\n“Morning,” said Kerr.\n\n“Is it?” said Reid.\n\n“Body’s in there,” said Kerr."
    "\n\n“Whose?” said Reid.\n\n“No idea,” said Kerr.\n\nInside the tent, crouched over the body,"
    " was Dr Hilary Baird, the duty pathologist, who took the torch out of her teeth long"
    " enough to say, “You’re standing in my light, Alasdair.”"
)
ROUND_70_STORIES += [
    # `…, was Dr Hilary Baird, the duty pathologist, who … to say,`: hers, not the last
    # speaker's
    (_R70_INVERTED, "standing in my light", "Hilary Baird"),
]
_R70_YOUR_SON = (
    "The Letter\n\n“Read it,” said Papa.\n\n“Now?” said Obinna.\n\n“Now,” said Papa.\n\n“All"
    " of it?” said Obinna.\n\n“All,” said Papa.\n\nUncle Okwudili looked at the floor. Obinna"
    " unfolded the pages, cleared his throat and read aloud.\n\n“Dear Papa. I am sorry I did"
    " not come last year.\n\n“I still wear a singlet under my shirt.\n\n“Your son, Okwudili.”"
)
_R70_BARE_SIGNATURE = (
    "The Bag\n\n“What is it?” said McAteer.\n\n“A letter,” said Dev.\n\n“Whose?” said McAteer."
    "\n\n“Read it,” said Dev.\n\n“Fine,” said Grainne.\n\nGrainne cleared her throat and read it"
    " out.\n\n“To whoever finds this. I saw three men take a boy out of a car.\n\n“God forgive"
    " me for waiting so long. Eamon Carlin.”"
)
ROUND_70_STORIES += [
    # a letter read aloud over three paragraphs, signed in a paragraph of its own: the writer's
    (_R70_YOUR_SON, "I am sorry I did not come", "Okwudili"),
    # what is read out and ends with a full name alone is that person's
    (_R70_BARE_SIGNATURE, "I saw three men", "Eamon Carlin"),
]
_R70_HAVE_BEEN = (
    "The Review\n\nI put the fork down. I have been Kit Farrell for thirty-one years.\n\n“Read"
    " it,” said Osei.\n\n“Wait,” said Chef.\n\n“Why?” said Osei.\n\n“Because,” said Chef.\n\n"
    "“Fine,” said Osei.\n\n“Depends what comes next,” I said."
)
ROUND_70_STORIES += [
    # `I have been Kit Farrell for thirty-one years`: the teller names himself
    (_R70_HAVE_BEEN, "Depends what comes next", "Kit Farrell"),
]
_R70_FROM_PLACE = (
    "Petitioners\n\nThe first to come in was the elder from Kosaya Gora, Foma Lukich, who bowed"
    " to the floor and stayed there.\n\n“Get up, Foma. You are too old for that. What is it?”\n\n"
    "“The meadow. The one the Kosaya Gora people mowed in your father’s time —” Foma Lukich"
    " raised his eyes. “Now the steward says it is not ours.”\n\n“Of course he did,” said the"
    " prince. “So did I.”"
)
ROUND_70_STORIES += [
    # `the elder from Kosaya Gora`: a place somebody is from, nobody who speaks
    (_R70_FROM_PLACE, "Get up, Foma", None),
]
_R70_NAMED_NEXT = (
    "The Tower\n\n“Bring him,” said Tallis.\n\n“Now?” said the guard.\n\n“Now,” said Tallis.\n\n"
    "“Yes, sir,” said the guard.\n\nThey brought the Spaniard’s servant up from the lower ward a"
    " little after dark. He was a small, neat man named Diego Alarcón, and he looked"
    " frightened.\n\n“Sit,” said Tallis.\n\n“Thank you, señor,” said Diego.\n\n“Your master’s"
    " key?” said Tallis.\n\n“I do not have it,” said Diego.\n\n“No?” said Tallis.\n\nThe servant"
    " spread his empty hands. “I carried nothing, señor.”"
)
ROUND_70_STORIES += [
    # `the Spaniard’s servant` … `He was a small, neat man named Diego Alarcón`: `The servant`
    # is Diego
    (_R70_NAMED_NEXT, "I carried nothing", "Diego Alarcón"),
]
_R70_HEARD_IN_STANDS = (
    "Walk On\n\n“Bench,” said Skip.\n\n“Me?” said Eli.\n\n“You,” said Skip.\n\n“Fine,” said Eli."
    "\n\n“Good,” said Skip.\n\nThen I heard Mrs. Kessler in the stands say, very clearly, “Oh,"
    " good.”"
)
ROUND_70_STORIES += [
    # `heard Mrs. Kessler in the stands say, very clearly,`: a place after the one heard, and
    # how it was said, between the verb and the line
    (_R70_HEARD_IN_STANDS, "Oh,", "Mrs. Kessler"),
]
_R70_PUT_IT = (
    "Heat\n\n“My uncle is called Mr. Fox,” says one of the line cooks, a young man named Kofi.\n\n"
    "“Is your uncle a critic?”\n\n“He’s a plumber.”\n\nNot everyone in the city is an admirer."
    " One rival chef, who asked not to be named because, as he put it, “Leeds is about the size"
    " of a postage stamp,” described her as relentless."
)
ROUND_70_NEWS += [
    # `One rival chef, who asked not to be named because, as he put it, “…”`: his, nobody known,
    # not the cook named before
    (_R70_PUT_IT, "postage stamp", None),
]
_R70_AFTER_PAUSE = (
    "The Pianist\n\nIlse Vandamme left the trio in 2009.\n\n“There was a disagreement about"
    " tempo,” she said. Then, after a pause: “And about whose stage it was.”"
)
_R70_MOMENT_LATER = (
    "The Film\n\nIbrahim Saleh-Jones spent twelve years on the film.\n\n“Twelve years,” he said,"
    " mostly to himself. “I’ll never do that again.”\n\nThen, a moment later: “Actually, I"
    " might.”"
)
ROUND_70_NEWS += [
    # `Then, after a pause:` and `Then, a moment later:` (its own paragraph) go on with the
    # speaker before
    (_R70_AFTER_PAUSE, "whose stage", "Ilse Vandamme"),
    (_R70_MOMENT_LATER, "Actually, I might", "Ibrahim Saleh-Jones"),
]
_R70_SIGNED_POST = (
    "Any Other Business\n\n“Order,” said Noelene.\n\n“Again?” said Snowy.\n\n“Always,” said"
    " Noelene.\n\n“Fine,” said Snowy.\n\n“Thank you,” said Noelene.\n\n“Dear Mrs Frost,” she"
    " read, in her flat council voice. “Following a review, maintenance of the weir will cease."
    "\n\n“I appreciate this will be disappointing. Yours sincerely, Graham Pettit, Minister for"
    " Water.”"
)
_R70_THIS_IS_SERGEANT = (
    "Channel Forty\n\n“Mulga, you there?” said Shorty.\n\n“Go ahead,” said Wendy.\n\n“Got a kid"
    " here,” said Shorty.\n\n“Whose?” said Wendy.\n\n“Dunno,” said Shorty.\n\nSergeant Alan Dunn"
    " had the station at Meeka.\n\n“Shorty?” said Wendy.\n\nThe set hissed for a long"
    " minute.\n\n“Mulga Downs, this is"
    " Sergeant Dunn. Put Shorty on.”"
)
_R70_MUM_ITS_ME = (
    "The Wake\n\n“Speaker,” said Fran.\n\n“Which button?” said Lorraine.\n\n“That one,” said"
    " Fran.\n\n“This?” said Lorraine.\n\n“Yes,” said Fran.\n\nThe wake went on without him."
    "\n\n“Go on,” said Lorraine.\n\nThe phone crackled.\n\n“Mum? Mum, it’s Daniel. I’m sorry."
    " I couldn’t get a flight.”\n\n“Tell Uncle Nev thanks,” Daniel said finally."
)
ROUND_70_STORIES += [
    # a letter read out over two paragraphs, signed with the writer's post after the name
    (_R70_SIGNED_POST, "I appreciate this", "Graham Pettit"),
    # `this is Sergeant Dunn` on the radio names its caller with his rank
    (_R70_THIS_IS_SERGEANT, "Put Shorty on", "Alan Dunn"),
    # `Mum? Mum, it’s Daniel.`
    (_R70_MUM_ITS_ME, "couldn’t get a flight", "Daniel"),
]
_R70_TIED_CALLS = (
    "The Ledger\n\nMy phone buzzed against the desk. It was Declan Moyo, my junior, who never"
    " rang in a conference unless it mattered. I excused myself and went out to the corridor."
    "\n\n“Coincidence,” I said. “Did Geoffrey ever mention his nephew Stephen to you?”\n\n"
    "“Stephen? Poor lad.” She shook her head. “Geoffrey gave him"
    " a job when nobody else would. Why?”\n\n“Did you ever see the bank statements? The ones in"
    " her sister’s name?”\n\nI shut my notebook. “We are going to have to talk about Stephen,”"
    " I said. “Properly. It may not be comfortable.”\n\n“None of this has been comfortable, Miss"
    " Ramsden.” She put the lid on the tin and pushed it over to me. “Take them for your young"
    " man on the phone.”"
)
ROUND_70_STORIES += [
    # `“Stephen? Poor lad.”` asks back a name the line before gave, and calls nobody: the
    # teller is the one called `Miss Ramsden`
    (_R70_TIED_CALLS, "Coincidence", "Ramsden"),
]
_R70_CROWN = (
    "The Ledger\n\nOver six years, the Crown said, Joan Tilly — bookkeeper, churchwarden — had"
    " moved £212,000 into an account in the name of a sister who had died in 1998. The sister’s"
    " name was Evelyn.\n\n“Start with Evelyn,” I said.\n\nHer face did something complicated."
    " “Evie was the clever one.” She looked at the tin. “I didn’t open that account.”\n\n“Then"
    " who did?”\n\n“For Okafor, then. Find out whether there was a reply.”\n\n“Did Stephen ever"
    " have access to the accounts?”"
)
ROUND_70_STORIES += [
    # `the Crown said`: the prosecution, no woman whose face does something
    (_R70_CROWN, "Evie was the clever one", "Joan Tilly"),
]
_R70_FORTY = (
    "Channel Forty\n\nAnother voice cut in then, older, a woman's, with the patience of someone"
    " who had listened to other people's business on Channel Forty for thirty years.\n\n“Bev"
    " here, on the mail run. Shorty, the sergeant’s at the Fisher place.”\n\n“Does he now.”"
    " Shorty sounded like a man doing sums. “Righto. Tell him the kettle’s on.”\n\n“Go ahead,"
    " Sarge.”"
)
ROUND_70_STORIES += [
    # `Channel Forty`: a number is nobody's name
    (_R70_FORTY, "Bev here", None),
]
_R70_AL_FROM = (
    "Clinton speaks\n\nBill Clinton addressed the convention on Tuesday night, telling the story"
    " of how he met his wife.\n\n“He was always a storyteller,” said Al From, who helped found"
    " the Democratic Leadership Council."
)
ROUND_70_NEWS += [
    # but `Al From` is a man whose surname is a preposition (it failed on this round's own
    # first `B. From` rule)
    (_R70_AL_FROM, "always a storyteller", "Al From"),
]
_R70_COACH_BLEW = (
    "Two-a-Days\n\nCoach Gary Pruitt ran the drills himself.\n\n“Again,” said Pruitt.\n\n“Yes,"
    " Coach,” said Ortega.\n\n“Faster,” said Pruitt.\n\n“Yes, Coach,” said Ortega.\n\n“Good,”"
    " said Pruitt.\n\nI caught the next one clean. Coach blew the whistle and pointed at me."
    " “Brennan! That’s a football player.”"
)
ROUND_70_STORIES += [
    # `Coach blew the whistle`: a title written as a name opens the beat; the one coach's line
    (_R70_COACH_BLEW, "That’s a football player", "Gary Pruitt"),
]
_R70_ARSENAL = (
    "Derby day\n\nArsenal beat Tottenham 2-1 on Sunday.\n\nArsenal — Mikel Arteta on the"
    " touchline, Martin Odegaard in midfield — never looked troubled. “We controlled it,” said"
    " Arteta.\n\n“We are happy with the three points,” Arsenal said in a statement."
)
ROUND_70_NEWS += [
    # `Arsenal — Mikel Arteta on the touchline`: no nickname of his (failed on this round's
    # first _name_on_paper)
    (_R70_ARSENAL, "happy with the three points", "Arsenal"),
]

@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_70_NEWS + ROUND_70_STORIES)
def test_round_70(text: str, quote: str, speaker: str | None) -> None:
    """Round 70: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


# Round 71: rows from the submarine, convent, circus, quiz-show and survival sets, and the held-out
# disaster news, boxing and Mumbai sets once measured.
ROUND_71_STORIES: list[tuple[str, str, str | None]] = []
ROUND_71_NEWS: list[tuple[str, str, str | None]] = []
_R71_TINY = (
    "The Bridge\n\nWe watched the bridge for an hour. Tiny is six foot five, and his mother named"
    " him Bertram Moss, and he will hit you if you use it.\n\n“He’s alone,” said Tiny.\n\n“You"
    " sure?” said Ruth.\n\n“Sure as I can be,” said Tiny.\n\n“Then we go,” said Ruth.\n\n“Fine,”"
    " said Tiny.\n\n“Now,” said Ruth.\n\nBertram Moss stood up. “I go first.”"
)
_R71_DOC = (
    "Channel Nine\n\nDoc turned the volume knob down. She is a small woman, Alma Reyes, with"
    " reading glasses she never uses.\n\n“It wasn’t a loop,” said Doc.\n\n“Then what?” said"
    " Jo.\n\n“A person,” said Doc.\n\n“Where?” said Jo.\n\n“North,” said Doc.\n\n“How far?”"
    " said Jo.\n\nAlma Reyes folded the map. “Far enough.”"
)
_R71_KID = (
    "Half\n\nHatch slept like a dog and the Kid slept like a cat.\n\n“So we walk half,” the Kid"
    " said. He was fifteen, Danny Ocampo, and he said"
    " everything like it was decided.\n\n“Half of what?” said Jo.\n\n“The road,” said the Kid."
    "\n\n“And then?” said Jo.\n\n“Then we see,” said the Kid.\n\n“Fine,” said Jo.\n\n“Good,”"
    " said Hatch.\n\nDanny Ocampo shouldered his rifle. “I’ll take point.”"
)
_R71_PICKLES = (
    "Sawdust\n\nPickles was the eldest, a thin, mournful man. His mother had christened him"
    " Walter Dunn, he told me once.\n\n“I am a realist,” said Pickles.\n\n“Since when?” said"
    " Coco.\n\n“Since always,” said Pickles.\n\n“Liar,” said Coco.\n\n“Perhaps,” said Pickles."
    "\n\n“Ha,” said Coco.\n\nWalter Dunn put on his nose. “Showtime.”"
)
_R71_FATIMA = (
    "Blow Down\n\nSo the Lady Fatima, who came from Cork and whose name was really Maggie Doyle,"
    " hauled on the guy lines beside me.\n\n“Pull,” said Fatima.\n\n“I am,” said Chalky.\n\n"
    "“Harder,”"
    " said Fatima.\n\n“I am,” said Chalky.\n\n“Good,” said Fatima.\n\n“Ha,” said Chalky.\n\nMaggie"
    " Doyle wiped her hands. “Mothers like that sort of thing.”"
)
_R71_COACH = (
    "Night Train\n\nThe dressing room was tiny. Coach sat on a milk crate in front of Jerome."
    " Leon Marsh, his name was, though nobody under fifty called him Leon.\n\n“You hear"
    " that?” Coach said.\n\n“Yeah,” said Jerome.\n\n“That’s for you,” Coach said.\n\n“Okay,”"
    " said Jerome.\n\n“Number seven,” Coach said.\n\n“Sure,” said Jerome.\n\nLeon Marsh"
    " stood up. “Especially when you’re tired.”"
)
_R71_PROFESSOR = (
    "The Fold\n\nThe Professor — Anand Rao, who had taught history in town — took his glasses"
    " off.\n\n“Listen to the words,” said the Professor.\n\n“I’m listening,” said Boone.\n\n“Leave"
    " behind,” said the Professor.\n\n“So?” said Boone.\n\n“So it’s a trap,” said the Professor."
    "\n\n“Maybe,” said Boone.\n\nAnand Rao put his glasses back on. “It is.”"
)
_R71_POP = (
    "Three Minutes\n\nI found my stool because Pop had already put it under me. Walter Pruitt on"
    " the license, Pop to everybody who ever bled in his gym, he always did it that way.\n\n“Look"
    " at me,” said Pop.\n\n“I’m looking,” said Sal.\n\n“Good,” said Pop.\n\n“Okay,” said Sal.\n\n"
    "“Breathe,” said Pop.\n\n“Okay,” said Sal.\n\nWalter Pruitt wiped my eye. “You hurt him once.”"
)
_R71_AMATO = (
    "The Scales\n\nThe champion came out with his trainer. Luigi Amato was seventy-eight, and"
    " everyone from Philadelphia to Providence called him Pop.\n\n“He’s ready,” said Pop.\n\n“Is"
    " he?” said Osterman.\n\n“Ready,” said Pop.\n\n“Sure,” said Osterman.\n\n“Write it down,” said"
    " Pop.\n\n“Fine,” said Osterman.\n\nLuigi Amato tapped the scale with his cane. “Four.”"
)
_R71_MAYOR = (
    "Owen\n\n“We’re not burying him.” Harriet Vance had been mayor of Corley for six years, and"
    " even"
    " the people who hadn’t voted for her called her the Mayor.\n\n“Thirty-eight,” said the"
    " Mayor.\n\n“Days?” said Gus.\n\n“Days,” said the Mayor.\n\n“Long,” said Gus.\n\n“Long enough,”"
    " said the Mayor.\n\n“Fine,” said Gus.\n\nHarriet Vance stood. “I want a count.”"
)
_R71_ABBOT = (
    "Vespers\n\nAbbot Laurence had ruled the house for thirty years.\n\n“Sit,” said the abbot."
    "\n\n“Thank you,” said Thomas.\n\n“Eat,” said the abbot.\n\n“I’m not hungry,” said Thomas.\n\n"
    "“Eat anyway,” said the abbot.\n\n“Yes, Father,” said Thomas.\n\nLater the abbot said, “Go"
    " to bed.”"
)
_R71_MONSIGNOR = (
    "Disputation\n\nMonsignor Aloysius Pratt had been Rector for nineteen years.\n\n“Begin,” said"
    " Pratt.\n\n“Yes,” said Devlin.\n\n“Louder,” said Pratt.\n\n“Yes,” said Devlin.\n\n“Good,”"
    " said Pratt.\n\n“Thank you,” said Devlin.\n\nThen the Rector stirred in his chair.\n\n“Mr"
    " Okafor. You have the other side.”\n\nOkafor stood up. “I do, Monsignor. But I don’t want"
    " it.”\n\n“Want has nothing to do with it.”"
)
ROUND_71_STORIES += [
    # a one-word name, then a he/she or a `whose` that gives the full name: one person
    (_R71_TINY, "I go first", "Bertram Moss"),  # guard
    (_R71_TINY, "Sure as I can be", "Bertram Moss"),
    (_R71_DOC, "It wasn’t a loop", "Alma Reyes"),
    (_R71_KID, "The road", "Danny Ocampo"),
    (_R71_PICKLES, "I am a realist", "Walter Dunn"),
    (_R71_FATIMA, "Harder", "Maggie Doyle"),
    # `Coach sat on a milk crate… Leon Marsh, his name was`: the coach is Leon Marsh
    (_R71_COACH, "That’s for you", "Leon Marsh"),
    # `The Professor — Anand Rao, who…`
    (_R71_PROFESSOR, "Leave behind", "Anand Rao"),
    # `Walter Pruitt on the license, Pop to everybody`
    (_R71_POP, "Breathe", "Walter Pruitt"),
    # `everyone from Philadelphia to Providence called him Pop`
    (_R71_AMATO, "Write it down", "Luigi Amato"),
    # `even the people who hadn’t voted for her called her the Mayor`
    (_R71_MAYOR, "Long enough", "Harriet Vance"),
    # church posts are titles: `the abbot` is Abbot Laurence
    (_R71_ABBOT, "Eat anyway", "Laurence"),
    # a title a line calls somebody by is who answers (`I do, Monsignor.`)
    (_R71_MONSIGNOR, "Want has nothing", "Aloysius Pratt"),
]
_R71_HATCHET = (
    "Glasshouse\n\n“Knock,” said Doc.\n\n“No,” said Abel.\n\n“Knock,” said Doc.\n\n“Fine,” said"
    " Abel.\n\n“Good,” said Doc.\n\n“Easy,” said Abel.\n\nThe tall figure in the back moved for"
    " the first time. It was a man, older, with a hatchet held loosely at his side.\n\n“Easy,”"
    " Abel said.\n\n“You’re just putting that on the ground,” said the man with the hatchet."
)
_R71_NEXT_TO_HER = (
    "A Star From Me\n\nMaureen Quigley had been told to sit in row F and to look natural."
    "\n\n“You’ll"
    " be grand,” said the woman next to her, who had a laminated sign. “They only show you if"
    " he’s good.”\n\n“And if he’s bad?”\n\n“Then they show you crying.”"
)
_R71_WHO_HEARD = (
    "Heat\n\n“Taste,” said Anton.\n\n“Salty,” said Omar.\n\n“Again,” said Anton.\n\n“Better,” said"
    " Omar.\n\n“Good,” said Anton.\n\n“Thanks,” said Omar.\n\nThe audience erupts. Bella, who has"
    " heard Anton Gruber say a great many things over seven series, turns to camera two and"
    " mouths, “Wow.”"
)
_R71_MOUTHED = (
    "Heat\n\n“Taste,” said Anton.\n\n“Salty,” said Omar.\n\n“Again,” said Anton.\n\n“Better,” said"
    " Omar.\n\n“Good,” said Anton.\n\n“Thanks,” said Omar.\n\nBella turned to camera two and"
    " mouthed, “Wow.”"
)
_R71_LETTER_READER = (
    "Aerogramme\n\n“This came in 1974,” Dadaji said. “From my brother in Nairobi.”\n\nHe"
    " unfolded it and read aloud:\n\n“Dear Harbans. I will not be able to come. Marry where"
    " our mother can sit in her own chair. Your loving brother, Jaswant.”\n\nHe folded the"
    " letter along its old creases. “We got married on the roof.”"
)
_R71_BROKE_IN = (
    "Flood\n\nScanner recordings capture the chaos. At 6:41 p.m., a firefighter on the scene"
    " radioed dispatch: “We’ve got water over the Miller Bridge, we cannot get across.” Seconds"
    " later, a battalion chief broke in. “Engine 12, pull back. Pull back to the station now.”"
)
ROUND_71_STORIES += [
    # `It was a man, older, with a hatchet`: somebody brought in, not Abel who spoke before
    (_R71_HATCHET, "putting that on the ground", "the man"),
    # `said the woman next to her`: not Maureen, but somebody of her own
    (_R71_NEXT_TO_HER, "You’ll be grand", "the woman"),
    (_R71_NEXT_TO_HER, "And if he’s bad", "Maureen Quigley"),
    # `who has heard Anton Gruber say a great many things,`: the aside's verb is no cue (the
    # present `mouths` is no speech verb: a plural noun too often)
    (_R71_WHO_HEARD, "Wow", None),
    # `mouthed, “Wow.”`
    (_R71_MOUTHED, "Wow", "Bella"),
    # the he after a letter read out is the reader, not the one who signed it
    (_R71_LETTER_READER, "married on the roof", "Dadaji"),
]
ROUND_71_NEWS += [
    # `radioed dispatch: “…”`
    (_R71_BROKE_IN, "water over the Miller Bridge", "a firefighter"),
    # `a battalion chief broke in.`: somebody new between the two lines, not the firefighter
    (_R71_BROKE_IN, "Engine 12", None),  # guard (it failed once `radioed` was a cue)
]
_R71_REVEREND = (
    "Candlemas\n\nMother Cecilia Marsh had been prioress for eleven years.\n\n“She’s worse,” said"
    " Martha.\n\n“How?” said Rourke.\n\n“Worse,” said Martha.\n\n“I see,” said Rourke.\n\n“Go"
    " in,” said Martha.\n\n“Thank you,” said Rourke.\n\nThe Reverend Mother smiled faintly."
    " “Doctor, to her it is the only date in the calendar.”"
)
_R71_TOLD_HIM = (
    "Sawdust\n\nHe lifted me out by the collar. “Name?”\n\nI told him it was Tom Pryce. He was"
    " quiet for a moment.\n\n“Where from?” said the Guv’nor.\n\n“From Ludlow, sir,” I said.\n\n"
    "“Ludlow,” said the Guv’nor.\n\n“Yes, sir,” I said.\n\n“Long way,” said the Guv’nor.\n\n"
    "“Yes, sir,” I said.\n\n“Can you work?” said the Guv’nor.\n\n“I can work,” I said."
)
_R71_SANG_OUT = (
    "Escort\n\n“Left,” said the captain.\n\n“Left, aye,” said Mallory.\n\n“Steady,” said the"
    " captain.\n\n“Steady, aye,” said Mallory.\n\n“Flank,” said the captain.\n\n“Right full"
    " rudder, aye,” sang out the helmsman, a boy from Lowell named Petrakis. “All engines ahead"
    " flank.”"
)
_R71_NAMED_WHO = (
    "Sierra Four\n\n“Range?” said Greer.\n\n“Four thousand,” said Dunleavy.\n\n“Course?” said"
    " Greer.\n\n“Two-seven-zero,” said Dunleavy.\n\n“Good,” said Greer.\n\n“He’s about to find"
    " out if he hits us,” said the sonar trainee, a Seaman Apprentice named Bright who had"
    " been aboard five weeks."
)
ROUND_71_STORIES += [
    # `The Reverend Mother` of a convent is its one Mother
    (_R71_REVEREND, "only date in the calendar", "Cecilia Marsh"),
    # `I told him it was Tom Pryce`: the teller's name
    (_R71_TOLD_HIM, "From Ludlow", "Tom Pryce"),
    # `sang out the helmsman, a boy from Lowell named Petrakis`
    (_R71_SANG_OUT, "Right full rudder", "Petrakis"),
    # `a Seaman Apprentice named Bright who had been aboard`
    (_R71_NAMED_WHO, "find out if he hits us", "Bright"),
]
_R71_VOICE_TWO_WORDS = (
    "Chapter\n\n“I accuse myself,” said Lucy.\n\n“Of what?” said Columba.\n\n“Of a letter,” said"
    " Lucy.\n\n“Go on,” said Columba.\n\n“That is all,” said Lucy.\n\n“Very well,” said"
    " Columba.\n\nMother Benedicta’s voice, when it came, was very mild. “And did the other"
    " sister keep it?”"
)
_R71_VOICE_AFTER_OPENING = (
    "Lock It In\n\n“Question one,” said Desmond.\n\n“Paris,” said Marty.\n\n“Correct,” said"
    " Desmond.\n\n“Yes,” said Marty.\n\n“Question two,” said Desmond.\n\n“Rome,” said Marty.\n\nIn"
    " his left ear, Carla Voss’s voice was flat as a ruler. “Keep it tight. We’re ninety seconds"
    " over.”"
)
_R71_VOICE_COMES = (
    "Dubai\n\n“Aai, are you busy?” said Sunanda.\n\n“Always busy,” said Lakshmi.\n\n“Ten days,”"
    " said Sunanda.\n\n“Good,” said Lakshmi.\n\n“Bye,” said Sunanda.\n\n“Bye,” said Lakshmi.\n\n"
    "Biji was listening. From the next room comes Biji's voice, high and imperious, over the"
    " radio. “Lakshmi! Who is on the phone?”"
)
ROUND_71_STORIES += [
    # a voice owned by a name of two words, after an opening phrase, or that comes
    (_R71_VOICE_TWO_WORDS, "did the other sister", "Benedicta"),
    (_R71_VOICE_AFTER_OPENING, "Keep it tight", "Carla Voss"),
    (_R71_VOICE_COMES, "Who is on the phone", "Biji"),
]
_R71_POP_AMATO = (
    "The Scales\n\nThe champion came out with his trainer. Luigi Amato was seventy-eight, and"
    " everyone from Philadelphia to Providence called him Pop.\n\n“He’s ready,” said Pop.\n\n“Is"
    " he?” said Osterman.\n\n“Ready,” said Pop.\n\n“Sure,” said Osterman.\n\n“Fine,” said Pop.\n\n"
    "“Okay,” said Osterman.\n\nPop Amato put a hand on his shoulder. “He says he’s been"
    " training, not sweating.”"
)
_R71_VOICE_CAME_AFTER = (
    "Sierra Four\n\n“Range?” said Greer.\n\n“Four thousand,” said Dunleavy.\n\n“Course?” said"
    " Greer.\n\n“Two-seven-zero,” said Dunleavy.\n\n“Good,” said Greer.\n\n“Aye,” said Hsu.\n\n"
    "“Conn, sonar,” came Dunleavy's voice, so quiet it was almost a breath. “He has completed"
    " his turn.”"
)
ROUND_71_STORIES += [
    # `Pop Amato` after `Luigi Amato … called him Pop`: the nickname before his surname
    (_R71_POP_AMATO, "training, not sweating", "Luigi Amato"),
    # `“…,” came Dunleavy's voice`
    (_R71_VOICE_CAME_AFTER, "Conn, sonar", "Dunleavy"),
]
_R71_READ_FROM = (
    "Talkback\n\n“Ready?” said Gavin.\n\n“Ready,” said Kelsey.\n\n“Lights,” said Gavin.\n\n“Go,”"
    " said Nadia.\n\n“Question one, Kelsey,” said Gavin.\n\n“Okay,” said Nadia.\n\nKelsey read"
    " from her card. “Bachelor number one. If it rained, what would you do?”"
)
ROUND_71_STORIES += [
    # `Kelsey read from her card.`: she reads out her own question (a letter read is its
    # writer's, see rule_letter)
    (_R71_READ_FROM, "Bachelor number one", "Kelsey"),
]
_R71_THEN_TO = (
    "Tune-Up\n\n“Eight weeks,” said Lenny.\n\n“Six,” said Bell.\n\n“Eight,” said Lenny.\n\n“Fine,”"
    " said Bell.\n\n“Good,” said Lenny.\n\n“Lola?” said Bell.\n\n“I'll fight her,” Lola said. Then,"
    " to Bell: “But we get eight weeks. Real camp.”"
)
_R71_OVER_SHOULDER = (
    "Blow Down\n\n“Where’s Chalky?” said Mr Pellow.\n\n“Tent three,” said Danny.\n\n“Get him,”"
    " said Mr Pellow.\n\n“Yes, sir,” said Danny.\n\n“Now,” said Mr Pellow.\n\n“Going,” said"
    " Danny.\n\n“Good lad.” Mr Pellow moved on. Then, over his shoulder, not quite to me: “Tell"
    " your mother that, when you write.”"
)
ROUND_71_STORIES += [
    # `Then, to Bell:` / `Then, over his shoulder, not quite to me:`: only whom the words
    # are said to, the speaker's still
    (_R71_THEN_TO, "But we get eight weeks", "Lola"),
    (_R71_OVER_SHOULDER, "Tell your mother", "Mr. Pellow"),
]
_R71_RED_CROSS = (
    "Fire\n\nLorraine Vickery, 67, has lived on Cedar Street for forty years.\n\nVickery was still"
    " there, sitting on a folding chair by her car. A Red Cross worker had brought her a cot and"
    " a sandwich.\n\n“I'm told my street is still standing,” she said."
)
_R71_CALLS_HIM_BUCK = (
    "Flood\n\nHarold Tillman, 71, was standing at his kitchen window when he saw it coming."
    " Everyone in Silver Fork calls him Buck.\n\n“I heard it before I saw it,” Buck Tillman"
    " said.\n\nHis wife, Ellen Tillman, 69, rolled her eyes at that."
)
_R71_HYE_RIN_AH = (
    "Ward\n\n“Sleep,” said Halmeoni.\n\n“Later,” said Hye-rin.\n\n“Now,” said Halmeoni.\n\n“Fine,”"
    " said Hye-rin.\n\n“Good,” said Halmeoni.\n\n“Okay,” said Hye-rin.\n\nHye-rin's phone lit up on"
    " the tray table. Appa. She put it on speaker.\n\n“Hye-rin-ah. How is she? Is she eating?”"
)
_R71_MAMA_AGBA = (
    "Sunday\n\n“Hurry,” said Mama Agba from the gate.\n\n“Go,” said Mummy.\n\n“Coming,” said Daddy."
    "\n\n“Now,” said Mummy.\n\n“Coming,” said Daddy.\n\n“Sunday!” said Mummy.\n\nDaddy came out"
    " with his tie undone.\n\n“E kaaro, Mama. You look like Queen Elizabeth today.”\n\n“Queen"
    " Elizabeth is dead, Sunday.”"
)
ROUND_71_NEWS += [
    # `A Red Cross worker`: an organisation's worker; the she after it is Vickery
    (_R71_RED_CROSS, "my street is still standing", "Lorraine Vickery"),
    # `Everyone in Silver Fork calls him Buck`: `Buck Tillman` is Harold Tillman
    (_R71_CALLS_HIM_BUCK, "heard it before I saw it", "Harold Tillman"),
]
ROUND_71_STORIES += [
    # `Hye-rin-ah` calls Hye-rin: not her line
    (_R71_HYE_RIN_AH, "Is she eating", None),
    # `“E kaaro, Mama.”` calls Mama Agba, who answers
    (_R71_MAMA_AGBA, "Queen Elizabeth is dead", "Agba"),
]
_R71_PAIR_CALLED = (
    "Starmaker\n\nJon Okafor was the tall one and Leah Simms the one who did the jokes, though"
    " everybody at home called them Jonno and Leah.\n\n“Our next act,” said Leah.\n\n“Is"
    " twenty-three,” said Jonno.\n\n“From Athlone,” said Leah.\n\n“A porter,” said Jonno.\n\n"
    "“Please welcome,” said Leah.\n\n“Callum!” said Jonno."
)
ROUND_71_STORIES += [
    # `Jon Okafor … and Leah Simms …, though everybody at home called them Jonno and Leah`
    (_R71_PAIR_CALLED, "A porter", "Jon Okafor"),
]
_R71_MRS_MID_TALE = (
    "The Ringer\n\n“Once,” said the Canon.\n\n“Go on,” said Lumley.\n\n“It was a bell,” said the"
    " Canon.\n\n“And?” said Lumley.\n\n“On the eighth day,” the Canon went on, “the widow came"
    " to see me. Mrs. Sallis. She had a letter in her hand.”\n\nHe paused, and I said, “Did it"
    " happen again?”\n\n“Every night for a week.”\n\n“You have it still?” I asked."
)
_R71_SELDOM_TALKS = (
    "The Lantern\n\n“Well?” said Fennimore.\n\n“Well what?” said Pellow.\n\n“Tell it,” said"
    " Fennimore.\n\n“No,” said Pellow.\n\n“Go on,” said Fennimore.\n\n“Perhaps,” said Pellow.\n\n"
    "There was the small silence that falls in a club when a man who seldom talks seems about"
    " to. The Major only grunted and reached for the decanter.\n\n“You had better tell it,"
    " Pellow,” he said."
)
_R71_SUCCEEDED = (
    "Lowick\n\nIn the autumn of 1902 Tom Ancrum — he had just succeeded as Lord Lowick — asked"
    " me up to Lowick Hall.\n\n“Come,” said Ancrum.\n\n“Why?” I said.\n\n“Partridges,” said"
    " Ancrum.\n\n“Fine,” I said.\n\n“Good,” said Ancrum.\n\n“When?” I said.\n\n“Because the last"
    " three people who slept in it left,” said Lowick."
)
_R71_A_MR = (
    "Lowick\n\n“Well?” said Ancrum.\n\n“Nothing,” said Vane.\n\n“Really?” said Ancrum.\n\n“Yes,”"
    " said Vane.\n\n“Good,” said Ancrum.\n\n“Yes,” said Vane.\n\nI walked down to the village and"
    " called on the vicar, a Mr. Penhallow, whom I had met at dinner.\n\n“I have no idea,”"
    " said the vicar simply."
)
_R71_IT_WAS_MADAME = (
    "Half Hour\n\n“Five minutes,” said Felix.\n\n“Thanks,” said Sophie.\n\n“Ready?” said Felix."
    "\n\n“No,” said Sophie.\n\n“Good,” said Felix.\n\n“Go,” said Sophie.\n\nThere was a softer"
    " knock, and the door opened again. This time it was Madame.\n\nThérèse Aubert had been the"
    " company’s ballet mistress for fifteen years.\n\n“It will hold,” Madame agreed."
)
ROUND_71_STORIES += [
    # `the widow came to see me. Mrs. Sallis. She had…` in the middle of a tale told calls
    # nobody: not the teller's name
    (_R71_MRS_MID_TALE, "Did it happen again", None),
    # `when a man who seldom talks seems about to`: anyone at all, nobody come in
    (_R71_SELDOM_TALKS, "You had better tell it", None),
    # `Tom Ancrum — he had just succeeded as Lord Lowick —`: `said Lowick` is Tom Ancrum
    (_R71_SUCCEEDED, "the last three people", "Tom Ancrum"),
    # `the vicar, a Mr. Penhallow,`
    (_R71_A_MR, "I have no idea", "Mr. Penhallow"),
    # `This time it was Madame.` / `Thérèse Aubert had been…`
    (_R71_IT_WAS_MADAME, "It will hold", "Thérèse Aubert"),
]

@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_71_NEWS + ROUND_71_STORIES)
def test_round_71(text: str, quote: str, speaker: str | None) -> None:
    """Round 71: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


# Round 72: rules written from new review stories (benchmarks/stories/: a hospital, a kitchen,
# a Western, a space station, sports news, a platoon, a thriller, a school, a fishing village,
# and the held-out sets once measured).
_R72_OLLIE = (
    "Bay C\n\nBed three was Oliver Barker, aged six, asleep under a dinosaur blanket.\n\n“Hello,”"
    " said Joy.\n\n“Hi,” said Rob.\n\n“Better?” said Joy.\n\n“Yes,” said Rob.\n\n“Good,” said"
    " Joy.\n\n“Thanks,” said Rob.\n\nOllie opened one eye. “Can you do the star song?”"
)
_R72_BRAM = (
    "Graveyard Watch\n\nSub-Lieutenant Keiko Hara had the watch. Across the module, Petty Officer"
    " Danny Osei-Bramwell had his boots up on the console. He was Bram to everyone and had been"
    " since his first week.\n\n“Feet,” said Hara.\n\n“No,” said Bram.\n\n“Now,” said Hara.\n\n"
    "“Fine,” said Bram.\n\n“Good,” said Hara.\n\n“Small,” Bram said. “Very small.”"
)
_R72_DOC = (
    "Quarantine\n\nDr. Halvard Lindqvist met them at the inner seal. He was a big, slow-spoken"
    " Swede, and to every one of them he was simply Doc.\n\n“Hello,” said Rosa.\n\n“Inside,”"
    " said Doc.\n\n“Why?” said Rosa.\n\n“Tests,” said Doc.\n\n“Fine,” said Rosa.\n\n“Let's get"
    " you inside, all three,” said Doc."
)
_R72_ENVOY = (
    "The Envoy\n\nBehind them, unhurried, came the envoy herself: Siv Thorsen-Amari, tall and"
    " silver-haired.\n\n“Welcome,” said Achebe.\n\n“Thank you,” said the envoy.\n\n“Luggage?”"
    " said Achebe.\n\n“Sealed,” said the envoy.\n\n“Fine,” said Achebe.\n\n“Not plague,” said"
    " the envoy. “Bees.”"
)
ROUND_72_STORIES: list[tuple[str, str, str | None]] = [
    # `Ollie` for Oliver Barker (a pet form the tables now give)
    (_R72_OLLIE, "star song", "Oliver Barker"),
    # `He was Bram to everyone`, `to every one of them he was simply Doc`
    (_R72_BRAM, "Very small", "Danny Osei-Bramwell"),
    (_R72_DOC, "all three", "Halvard Lindqvist"),
    # `came the envoy herself: Siv Thorsen-Amari, tall…`: a role, a colon, its holder
    (_R72_ENVOY, "Not plague", "Siv Thorsen-Amari"),
]


_R72_SHORTY = (
    "Cell Two\n\nOrrin Mabry had been called Shorty since he was four years old, and at six foot"
    " three he had stopped expecting anybody to explain the joke.\n\n“Quiet,” said Kell.\n\n"
    "“Why?” said Shorty.\n\n“Listen,” said Kell.\n\n“Nothing,” said Shorty.\n\n“Again,” said"
    " Kell.\n\n“I hear it,” said Shorty."
)
_R72_PERCY = (
    "The Letter\n\nHer cousin Percy—Mr. Percival Brereton, heir to Calloway—had been lounging"
    " against the chimney-piece.\n\n“Read it,” said Gerald.\n\n“Yes,” said Charlotte.\n\n“Go"
    " on,” said Gerald.\n\n“I am,” said Charlotte.\n\n“Well?” said Gerald.\n\n“I say!” said"
    " Percy."
)
ROUND_72_STORIES += [
    # `Orrin Mabry had been called Shorty since…`; `Percy` for Percival (a pet form)
    (_R72_SHORTY, "I hear it", "Orrin Mabry"),
    (_R72_PERCY, "I say", "Percival Brereton"),
]


_R72_TEAM_HAVE = (
    "Rovers and City share the points\n\nRovers travel to Holbridge on Saturday. City, who have"
    " now taken one point from winning positions in their last three away games, host Kirkmoor"
    " on Sunday.\n\n“We'll do the work on it,” he said, pulling on his coat."
)
ROUND_72_STORIES += [
    # a match report's `City, who have now taken…`: a team, never the he of `he said`
    (_R72_TEAM_HAVE, "do the work", None),
]


_R72_GRANDMA_DOT = (
    "Thanksgiving\n\nDorothy Kessler knocked on her turkey, and the turkey knocked back.\n\n"
    "“Well?” said Greg.\n\n“Nothing happened,” said Grandma Dot.\n\n“Really?” said Greg.\n\n"
    "“Yes,” said Dot.\n\n“Fine,” said Greg.\n\n“It's thawing,” said Dot."
)
_R72_DOT = (
    "Thanksgiving\n\nDorothy Kessler knocked on her turkey, and the turkey knocked back.\n\n"
    "“Well?” said Greg.\n\n“Nothing happened,” said Dot.\n\n“Really?” said Greg.\n\n"
    "“Yes,” said Dot.\n\n“Fine,” said Greg.\n\n“It's thawing,” said Dot."
)
ROUND_72_STORIES += [
    # `said Grandma Dot` after `Dorothy Kessler knocked…` (a family word before a pet form)
    (_R72_GRANDMA_DOT, "thawing", "Dorothy Kessler"),
    (_R72_DOT, "thawing", "Dorothy Kessler"),  # guard: the pet form alone, as before
]
_R72_NAME_ASKED = (
    "Welcome\n\nCorporal James Farrow waited. A stooped man in a black suit came down the church"
    " steps, with a young woman at his elbow.\n\n“Hello,” said Farrow.\n\n“Welcome,” said the"
    " young woman.\n\n“Thanks,” said"
    " Farrow.\n\n“Cigarettes?” said the young woman.\n\n“Sure,” said Farrow.\n\n“What's your"
    " name, ma'am?” Farrow asked the young woman. “You speak English better than I do.”\n\n"
    "“Anneke Visser. I teach English.”\n\n“He says welcome,” the young woman translated."
)
_R72_KNOW_MY_NAME = (
    "The Well\n\nSergeant Daniel Hale led them into the yard. An old woman in black stood by the"
    " well with a bucket.\n\n“Water?” said Hale.\n\n"
    "“Yes,” said the old woman.\n\n“Thanks,” said Hale.\n\n“Drink,” said the old woman.\n\n“Good,”"
    " said Hale.\n\n“Madame Gosselin,” she said. “Since you are going to drink my water, you"
    " should know my name.”\n\n“It is cold,” the old woman said."
)
_R72_SY = (
    "The Fireman\n\n“What's his name again?” said Seymour Feldman, for the third time.\n\n“Ben,”"
    " said Ruth.\n\n“Ben what?” said Sy.\n\n“Ben Ross,” said Ruth.\n\n“Fine,” said Sy.\n\n“Good,”"
    " said Ruth.\n\n“Latkes?” said Sy."
)
ROUND_72_STORIES += [
    # a two-word name answering `“What's your name, ma'am?” … “You speak English…”`; `you
    # should know my name` after the name; `Sy` for Seymour
    (_R72_NAME_ASKED, "He says welcome", "Anneke Visser"),
    (_R72_KNOW_MY_NAME, "It is cold", "Madame Gosselin"),
    (_R72_SY, "Latkes", "Seymour Feldman"),
]


_R72_GIVING_NAME = (
    "Brightwell cuts prices\n\nBrightwell, the supermarket chain, said on Tuesday that profits"
    " had fallen by a fifth after it cut the price of 400 everyday items.\n\nOutside the Ossett"
    " store, shoppers were unconvinced.\n\n“It's cheaper than it was, I'll give them that,” she"
    " said, before giving her name as Maureen Tully, a retired nurse from nearby Ossett."
)
ROUND_72_STORIES += [
    # a report's `“…,” she said, before giving her name as Maureen Tully, a retired nurse`
    (_R72_GIVING_NAME, "cheaper than it was", "Maureen Tully"),
]


_R72_BARMAID = (
    "The Star Inn\n\n“Did he?” said Ms Lusty.\n\n“I couldn't tell you, madam. You'd have to ask"
    " him.”\n\nMs Lusty sat down without a further question.\n\nThe jury also heard from Kerensa"
    " Hosking, a barmaid at the Star Inn, who said she had been collecting glasses when the"
    " argument broke out.\n\n“Stevie was laughing,” she said. “That was the trouble.”"
)
ROUND_72_STORIES += [
    # `Kerensa Hosking, a barmaid at the Star Inn, who…` / `“…,” she said`: the words set
    # off describe her; no barmaid comes in
    (_R72_BARMAID, "Stevie was laughing", "Kerensa Hosking"),
]


_R72_TITLE_LINE = (
    "The House Song\n\n“We are not coming last this year,” said Oliver Strang. “I want it on my"
    " gravestone.”\n\n“What, ‘Came Sixth’?” said Kwame Asante.\n\n“‘Did Not Come Last’.”\n\n"
    "“That’s a big gravestone.”\n\n“I’m going to be a big man.”\n\n“Fine,” said Kwame.\n\n"
    "“Good,” said Oliver.\n\n“Sure,” said Kwame.\n\n“Right,” said Oliver."
)
_R72_TITLE_BEAT = (
    "The House Song\n\n“Well?” said Oliver.\n\n“Wait,” said Kwame.\n\n“Well?” said Oliver.\n\n"
    "“Wait,” said Kwame.\n\n“Now?” said Oliver.\n\n“Yes,” said Kwame.\n\nFelix Brandt thought"
    " about it. “‘Yellow Submarine’.”"
)
ROUND_72_STORIES += [
    # a story's line that is a title in single marks (`“‘Did Not Come Last’.”`, `Felix
    # thought about it. “‘Yellow Submarine’.”`) is somebody's, and takes its turn
    (_R72_TITLE_LINE, "big gravestone", "Kwame Asante"),
    (_R72_TITLE_BEAT, "Yellow Submarine", "Felix Brandt"),
]


_R72_LEWIE = (
    "The Shout\n\n“Engines,” said Tam Noble.\n\n“Aye,” said Pete.\n\n“Go,” said Tam.\n\n“Going,”"
    " said Pete.\n\n“Now,” said Tam.\n\nLewis Bain arrived last, white-faced, with his hair on"
    " end.\n\n“Lewie,” said the coxswain. “You're on. Get kitted.”\n\n“Me? Is Stevie no"
    " coming?”"
)
ROUND_72_STORIES += [
    # `“Lewie,” said the coxswain.` calls Lewis Bain (a pet form made with -ie), so the line
    # is not his and the answer is
    (_R72_LEWIE, "Is Stevie no coming", "Lewis Bain"),
]


_R72_DOC_SURNAME = (
    "Cell Two\n\n“Hold still,” said Dr. Samuel Ashby, and set his bag on the desk.\n\n“Why?”"
    " said Kell.\n\n“Bleeding,” said Ashby.\n\n“Fine,” said Kell.\n\n“Good,” said Ashby.\n\n"
    "“Well?” said Kell.\n\nThen Doc Ashby began to laugh. “He never was in Texas,” said Doc"
    " Ashby."
)
_R72_COMPANY_CALLED = (
    "Fight Call\n\nThe fight director arrived at nine. His name was Dr Patrick Lomax, and the"
    " company called him Doc.\n\n“Swords,” said Bryony.\n\n“Here,” said Doc.\n\n“Blunt?” said"
    " Bryony.\n\n“Very,” said Doc.\n\n“Good,” said Bryony.\n\n“Nobody dies today,” said Doc."
)
ROUND_72_STORIES += [
    # a story's `Doc Ashby` is the Dr. Samuel Ashby it named; `the company called him Doc`
    (_R72_DOC_SURNAME, "never was in Texas", "Samuel Ashby"),
    (_R72_COMPANY_CALLED, "Nobody dies today", "Patrick Lomax"),
]


_R72_TEO_FULL = (
    "Mile Marker\n\n“Ninety,” said Teo.\n\n“Stop,” said Ramona.\n\n“Ninety-one,” said Teo.\n\n"
    "“Please,” said Ramona.\n\n“No,” said Teo.\n\nThe trooper bent to the window.\n\n“I'm Mateo"
    " Ruiz,” said Teo, who hates being called Mateo, except by strangers he wants to impress."
    "\n\n“Ninety-two,” said Teo."
)
_R72_NANA_FULL = (
    "The Duchess\n\n“Gas,” said Ortega.\n\n“Fill it,” said Nana.\n\n“Cash?” said Ortega.\n\n"
    "“Card,” said Nana.\n\n“Fine,” said Ortega.\n\n“Where to?” said Ortega.\n\n“Tucson,” Nana"
    " said. “Our brother is turning ninety. I'm Philomena Castellano, and this is my sister.”"
    "\n\n“Happy birthday to him,” said Ortega.\n\n“Thank you,” said Nana."
)
ROUND_72_STORIES += [
    # a speaker known by a short form or a family word who gives their full name
    # (`“I'm Mateo Ruiz,” said Teo`, Nana's `… I'm Philomena Castellano, and this is…`)
    (_R72_TEO_FULL, "Ninety-two", "Mateo Ruiz"),
    (_R72_NANA_FULL, "Card", "Philomena Castellano"),
]
_R72_NOT_FULL = (
    "Mile Marker\n\n“Ninety,” said Fred.\n\n“Stop,” said Ramona.\n\n“Ninety-one,” said Fred.\n\n"
    "“Please,” said Ramona.\n\n“No,” said Fred.\n\n“I'm Tom Hale,” said Fred, in the trooper's"
    " voice.\n\n“Ninety-two,” said Fred."
)
ROUND_72_STORIES += [
    (_R72_NOT_FULL, "Ninety-two", "Fred"),  # guard: not a name Fred is no part of
]


_R72_NAME_Q = (
    "Vacancy\n\nA boy of about seventeen sat behind the counter.\n\n“Room?” said the boy.\n\n"
    "“Yes,” said Dad.\n\n“One night?” said the boy.\n\n“Yes,”"
    " said Dad.\n\n“Cash?” said the boy.\n\n“Card,” said Dad.\n\n“Okay,” said the boy. He slid"
    " a card across the counter. “Name?”\n\n“Abernathy. Leonard Abernathy.”\n\nThe boy wrote it"
    " down.\n\n“We stayed here once,” said Dad."
)
ROUND_72_STORIES += [
    # `“Name?”` / `“Abernathy. Leonard Abernathy.”`: Dad gives his full name
    (_R72_NAME_Q, "stayed here once", "Leonard Abernathy"),
]


_R72_MEMBER_OF = (
    "Driver jailed over cyclist's death\n\nA van driver who killed a cyclist on the Ashby Road"
    " was jailed for six years on Friday at Nottingham Crown Court.\n\nMr Oyelaran died at the"
    " Queen's Medical Centre two days later.\n\nAs the sentence was read out, a woman sitting"
    " with the defendant's family began to sob. A member of the cycling club muttered, “Not long"
    " enough,” and was asked by an usher to keep his voice down."
)
ROUND_72_STORIES += [
    # a report's `A member of the cycling club muttered, “…”`: one of its people, not the club
    # (nor the Medical Centre named before, which a club's kind had matched)
    (_R72_MEMBER_OF, "Not long enough", None),
]


_R72_NOT_INSIDE = (
    "The Gym\n\n“Jab,” said Al.\n\n“Okay,” said Danny.\n\n“Again,” said Al.\n\n“Okay,” said"
    " Danny.\n\n“Better,” said Al.\n\n“I'm Walter Pruitt,” said Al, doing the old man's voice."
    "\n\n“Funny,” said Danny.\n\n“Jab,” said Al."
)
ROUND_72_STORIES += [
    # review: `“I'm Walter Pruitt,” said Al` joins no Al to Walter Pruitt (`al` is only inside
    # `walter`; the first version took it)
    (_R72_NOT_INSIDE, "Walter Pruitt", "Al"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_72_STORIES)
def test_round_72(text: str, quote: str, speaker: str | None) -> None:
    """Round 72: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


# Round 73: rules from the sixth round of review sets (farm, starship, manor, news features;
# weddings and disaster reports kept aside) and the misses of the earlier sets.
ROUND_73_STORIES: list[tuple[str, str, str | None]] = []


_R73_STRIKE = (
    "Strike\n\nNurses at the Royal walked out on Monday.\n\n“We have no choice,” said Paul Hendry,"
    " the union's regional organiser.\n\nThe trust's chief executive, Mark Hollins, said the"
    " offer was fair. “It is the best we can do this year,” Hollins said.\n\nAt the bus shelter"
    " opposite the main entrance, where the 14 normally stops every twenty minutes, an elderly"
    " man with a walking frame had not been told about the strike until a porter told him."
    "\n\n“I came for my eyes,” he said. “Nobody rang me.”"
)
_R73_MAID = (
    "The Study\n\n“Sit down,” said the inspector.\n\n“Thank you,” said Mrs. Bell.\n\n“When did"
    " you last see him?” said the inspector.\n\n“At dinner,” said Mrs. Bell.\n\n“And after?”"
    " said the inspector.\n\n“Nothing,” said Mrs. Bell. The door opened and a girl in an apron"
    " looked in.\n\nThe inspector turned to her. “And you are Ruth—?”\n\n“Hale, sir. Ruth Hale."
    " Kitchen maid.”\n\n“Sit down, Ruth.”"
)
_R73_WARD = (
    "The Drawing Room\n\n“Coffee?” said Lady Ames.\n\n“Please,” said the doctor.\n\n“Sugar?”"
    " said Lady Ames.\n\n“No,” said the doctor.\n\n“Milk?” said Lady Ames.\n\n“A little,” said"
    " the doctor. He turned to the girl by the window.\n\n“I don’t think we have been"
    " introduced.”\n\n“Nora Quill. I’m his niece.”"
)
_R73_HALL = (
    "The Hall\n\n“Order,” said Ivy.\n\n“Sorry,” said Wally.\n\n“Names for the rota,” said Ivy."
    "\n\n“Me,” said Wally.\n\n“Who else?” said Ivy.\n\n“Him,” said Wally. A woman stood up at"
    " the back.\n\n“I can't see you with the lights. Who is it?”\n\n“Joan Furness. Low Farm.”"
)
_R73_SCARF = (
    "The Match\n\nDixon gathers his squad. A woman in a club scarf moves among them with a list."
    "\n\n“Tickets, lads,” she calls. “Don't lose them.”\n\nShe turns out to be Ada Penn, the club"
    " secretary.\n\n“Got a call today,” Dixon says. “From Neil Hart.”\n\nHart, the visitors'"
    " manager, once played at Wembley.\n\n“It's a big game for them,” Hart said. “We respect"
    " them.”\n\nAsked whether he had spoken to Dixon, he smiled. “A few messages. He seems a"
    " good man.”"
)
ROUND_73_STORIES += [
    # a report's newcomer who ends the paragraph before, after a long fronted phrase of place
    # (`every twenty minutes` in it brings nobody in hypothetically)
    (_R73_STRIKE, "I came for my eyes", "an elderly man"),
    # a full name answering `And you are Ruth—?`, `introduced`, `Who is it?`
    (_R73_MAID, "Ruth Hale", "Ruth Hale"),
    (_R73_WARD, "Nora Quill", "Nora Quill"),
    (_R73_HALL, "Joan Furness", "Joan Furness"),
    # `She turns out to be Ada Penn`: the newcomer is named, and Hart stays himself
    (_R73_SCARF, "A few messages", "Hart"),
]


_R73_WENT_OUT = (
    "The Rectory\n\nMrs. Lane opened the door. “You'll be the police,” she said. “Do come"
    " in.”\n\nThe Reverend Paul Lane was at his desk. He rose as they came in.\n\n“Inspector."
    " Please sit down. Ann, my dear, might we have some tea?”\n\n“Tea,” said his wife. “Yes,"
    " Paul. I'll bring it.” She went out, and the dog went with her.\n\n“You saw Mr. Carew"
    " yesterday, sir.”\n\n“I did. I went up at four.”"
)
ROUND_73_STORIES += [
    # `“Tea,” said his wife. “…” She went out.`: she takes no turn in the talk after
    (_R73_WENT_OUT, "I went up at four", None),
]


_R73_BUNTY = (
    "Neighbours\n\n“Well?” said Frank.\n\n“Well what?” said Carol.\n\n“The letter,” said Frank."
    "\n\n“Read it,” said Carol.\n\n“Later,” said Frank.\n\nThere was a rap on the back door and"
    " it opened without waiting, which meant it could only be Bunty.\n\nMrs Beryl Thwaite had"
    " farmed the next holding since her husband went, and had been Bunty since before anyone"
    " could remember.\n\n“Who's died?” said Mrs Thwaite.\n\n“Nobody,” said Frank.\n\n“Bank,"
    " then,” said Bunty."
)
_R73_HEARD = (
    "The Kitchen\n\n“Sit,” said Bunty.\n\n“I'm sitting,” said Frank.\n\n“Tea?” said Bunty."
    "\n\n“Please,” said Frank.\n\n“Leanne, pet, put the kettle on,” said Bunty.\n\nLeanne went."
    " Behind her she heard Bunty lower her voice, though not by much.\n\n“Frank. What's left in"
    " the shed?”\n\n“Not a lot.”"
)
ROUND_73_STORIES += [
    # `Mrs Beryl Thwaite …, and had been Bunty since…`: one person under both names
    (_R73_BUNTY, "Bank,", "Beryl Thwaite"),
    # `she heard Bunty lower her voice` / `“Frank. What's left…”`: Bunty's
    (_R73_HEARD, "What's left in", "Bunty"),
]


_R73_MA_WAS = (
    "The Dry Month\n\n“Rain?” said Jamie.\n\n“No,” said Da.\n\n“Tomorrow?” said Jamie.\n\n“No,”"
    " said Da.\n\n“Ever?” said Jamie.\n\n“Eat your tea,” said Da.\n\nMa was Ruth Hollis on the"
    " milk cheques and Ruthie to Da. She came in from the yard.\n\n“A third,” said Ma. “If"
    " that.”"
)
ROUND_73_STORIES += [
    # `Ma was Ruth Hollis on the milk cheques`: the family word is that person's
    (_R73_MA_WAS, "A third", "Ruth Hollis"),
]


_R73_READ = (
    "The Vicarage\n\n“Sit,” said the inspector.\n\n“Thank you,” said Rudd.\n\n“Well?” said the"
    " inspector.\n\n“Nothing,” said Rudd.\n\n“Had he written?” said the inspector.\n\nThe vicar"
    " drew an envelope from under the sermon. “It came this morning.” He unfolded a single"
    " sheet, cleared his throat, and read.\n\n“My dear Lane, I must tell somebody, and you are"
    " the only man who will not gossip. H.C.”\n\n“Today’s Thursday,” said Rudd."
)
ROUND_73_STORIES += [
    # `…cleared his throat, and read.` after the paragraph's own line: a letter read aloud,
    # with no writer named, is nobody's line (not a turn of the talk)
    (_R73_READ, "I must tell somebody", None),
]


_R73_PHONE = (
    "Lambing\n\n“Steady,” said Alec Kerr.\n\n“Is she all right?” said Callum Kerr.\n\n“Ring the"
    " vet,” said Alec.\n\n“In this?” said Callum.\n\n“Ring the vet, son,” said Alec.\n\nCallum"
    " went out to the yard and got one bar of signal. The practice answered on the fourth"
    " ring.\n\n“Kerr, at High Gill,” he shouted into the wind. “Ewe with a leg back.”"
)
ROUND_73_STORIES += [
    # `“Kerr, at High Gill,” he shouted`: a caller giving his name, no call to the other Kerr
    # (which had left the grandfather as the only he)
    (_R73_PHONE, "Ewe with a leg", "Callum Kerr"),
]


_R73_KID = (
    "Approach\n\nBea Salgado read the sign forty times an hour.\n\n“Hollis, Tinker One-One,"
    " requesting direct.”\n\nBea keyed her mike. “Tinker One-One, negative direct.”\n\n“Be nice"
    " if you could keep it short, Hollis.”\n\n“Everybody's in a hurry, One-One.”\n\nBeside her,"
    " the new kid made a small sound. He had been on the floor four days.\n\n“Why not give her"
    " the direct?” he asked.\n\n“Because,” she said.\n\n“Hollis, Two-Six,” the Navy pilot said."
    " “Holding.”\n\n“Noted, Two-Six.”\n\nBehind her the door hissed. Anselm Gray, the shift"
    " supervisor, came in with a coffee in each hand.\n\n“Salgado. Tell me you haven't put a"
    " shuttle in the Graveyard.”\n\n“I have,” she said.\n\nThe kid was staring at the ceiling."
    " “Does it always do that?”"
)
ROUND_73_STORIES += [
    # `Anselm Gray, the shift supervisor, came in…`: a person brought in by name as he
    # arrives is not the new kid met unnamed before
    (_R73_KID, "Why not give her", "the kid"),
]


_R73_RESCUE = (
    "Flood\n\nThe river crested on Tuesday.\n\nA few blocks away, Petty Officer 2nd Class Aaliyah"
    " Brooks of the U.S. Coast Guard was steering a boat down what had been Bayou Street.\n\n"
    "“Coast Guard! Anybody inside?”\n\nFrom an upstairs window, an elderly man waved a towel."
    " Brooks nosed the boat up to his porch.\n\n“How many of you in there, sir?”\n\n“Just me.”"
    "\n\nBrooks said her crew had pulled 23 people from homes. “Most are fine,” she said."
)
ROUND_73_STORIES += [
    # `Petty Officer 2nd Class Aaliyah Brooks`: the rank's ordinal in figures is inside the
    # run, and her name is not `Class Aaliyah Brooks`
    (_R73_RESCUE, "Most are fine", "Aaliyah Brooks"),
    # `of the U.S. Coast Guard`: a body, so `“Coast Guard! …”` calls nobody who then answers
    (_R73_RESCUE, "How many of you", "Aaliyah Brooks"),
]


_R73_GRANDAD = (
    "Buttonholes\n\n“Morning,” said Roz.\n\n“Morning,” said Theo.\n\n“Where is everyone?” said"
    " Roz.\n\n“Church,” said Theo.\n\n“And Grandad?” said Roz.\n\n“Garden,” said Theo.\n\nOut in"
    " the garden an old man was cutting roses.\n\n“Grandad, the florist's already done them,”"
    " said Roz.\n\n“Then she can keep hers, and I will wear mine.” Lucien Baptiste snipped"
    " another stem.\n\n“You've got sap on your trousers,” said Roz.\n\n“We have a large family,”"
    " said Grandad."
)
ROUND_73_STORIES += [
    # `“Grandad, the florist's…”` / `“…” Lucien Baptiste snipped another stem`: the one called
    # answers, so Grandad is Lucien Baptiste
    (_R73_GRANDAD, "a large family", "Lucien Baptiste"),
]


_R73_NAN = (
    "The Toast\n\nBeside me, Nan had her handbag on her knee.\n\n“Is that the best man?” said"
    " Nan.\n\n“That's Callum, Nan,” I said.\n\n“Callum who?”\n\n“Callum Reid,” I said. “From"
    " school.”\n\n“It was never Tom.” She looked offended. Dorothy Fairweather was eighty-nine"
    " and believed three things without reservation.\n\n“He's nervous,” said Callum's mother."
    "\n\n“You did all right,” Nan told him afterwards."
)
ROUND_73_STORIES += [
    # `Dorothy Fairweather was eighty-nine…` right after the story's `Nan`: Nan is she
    (_R73_NAN, "You did all right", "Dorothy Fairweather"),
]


_R73_SPOUSE = (
    "Fire Sweeps Canyon\n\nA wildfire burned 40 homes overnight, officials said on Wednesday."
    "\n\nGus Hennessey, 81, and his wife, Pearl, 79, had lived at the top of Madrone Lane for 46"
    " years.\n\n“It was just orange,” Pearl Hennessey said on Wednesday at the shelter.\n\nHer"
    " husband, who goes by Hen to nearly everyone, wanted to stay and run the hose on the"
    " roof.\n\n“I had a ladder up,” he said."
)
ROUND_73_STORIES += [
    # `Gus Hennessey, 81, and his wife, Pearl,` … `Her husband`: his, in his own sentence,
    # is Gus, so her husband is he
    (_R73_SPOUSE, "I had a ladder", "Gus Hennessey"),
]


_R73_BUTLER = (
    "The Hall\n\n“Drive on,” said Craddock.\n\n“Yes, sir,” said the driver.\n\n“Stop here,” said"
    " Craddock.\n\n“Yes, sir,” said the driver.\n\n“Thank you,” said Craddock.\n\nThe car set him"
    " down beneath the portico. A tall man in black opened the door before he could reach for"
    " the bell.\n\n“Inspector Craddock? You are expected, sir. I am Dawlish, Sir Gerald's"
    " butler.” He paused. “That is to say, I was.”\n\n“Quite so,” said Craddock."
)
ROUND_73_STORIES += [
    # `“Inspector Craddock? You are expected, sir. I am Dawlish, Sir Gerald's butler.”`:
    # a line that opens its paragraph and gives its speaker's name in a later sentence
    (_R73_BUTLER, "You are expected", "Dawlish"),
]


_R73_GALLERY = (
    "The Inquiry\n\n“Play it,” said Nwosu.\n\n“Yes, ma'am,” said Lieutenant Tom Park.\n\n“Stop"
    " there,” said Nwosu.\n\n“Stopping,” said Park.\n\nPark stopped the playback and"
    " straightened his tie. In the silence someone in the gallery made a sound.\n\nThen a man"
    " at the back of the room was on his feet. He was grey-haired and thin and wore a suit that"
    " did not fit him. “She sealed herself in. Do you understand that?”"
)
ROUND_73_STORIES += [
    # `Then a man at the back… He was grey-haired…`: the he is the man, not Park named
    # before (no voice for a man the story has not named, rather than Park's)
    (_R73_GALLERY, "She sealed herself", None),
]


_R73_THATS = (
    "The Meeting\n\n“Order,” said Ivy.\n\n“Sorry,” said Wally.\n\n“Hay,” said Ivy. “Who can"
    " shift it?”\n\n“I'll shift them,” said a young man by the door. “I've the big trailer.”"
    "\n\n“That's Gary Firth,” Ivy said, to the room in general. “Thank you, pet.”\n\n“Forty"
    " bales,” said Wally.\n\n“And I'll take Wally's,” said the young man."
)
ROUND_73_STORIES += [
    # `“I'll shift them,” said a young man…` / `“That's Gary Firth,” Ivy said`: the young man
    # is Gary Firth from then on
    (_R73_THATS, "take Wally", "Gary Firth"),
]
_R73_THATS_NOT = (
    "The Lodge\n\n“Evening,” said Ivy.\n\n“Evening,” said Wally.\n\n“Cold,” said Ivy.\n\n“Aye,”"
    " said Wally.\n\nThere was a knock.\n\n“Who's that at the door?” asked the porter.\n\n"
    "“That's Gary Firth,” said Ivy.\n\n“I'll let him in,” said the porter."
)
ROUND_73_STORIES += [
    # guard: after a question, `“That's Gary Firth”` names somebody else, not the asker
    (_R73_THATS_NOT, "let him in", "the porter"),
]


_R73_HER_HAND = (
    "Bridge Vote\n\nResidents of Thetford voted on Tuesday to replace the covered bridge.\n\n"
    "“It is time,” said Dana Sandoval, the town manager.\n\n“We have waited long enough,”"
    " Sandoval said.\n\nThen a woman at the back of the gym, who had been standing against the"
    " wall with a toddler on her hip, raised her hand.\n\n“I drive my kids to school because"
    " the bus can't come down our road,” she said."
)
ROUND_73_STORIES += [
    # a report's newcomer whose own sentence goes on with her (`…on her hip, raised her
    # hand.`): the she is hers, not the manager's (the narrator reads it: she is unnamed)
    (_R73_HER_HAND, "I drive my kids", None),
]


_R73_REVEALED = (
    "The Speech\n\n“Ladies and gentlemen,” said Callum.\n\n“Hear, hear!” said Tom.\n\n“Thank"
    " you,” said Callum.\n\n“Go on,” said Tom.\n\n“I will,” said Callum.\n\n“She's too good for"
    " him!” shouted a man at the back.\n\nThe room laughed.\n\n“I'm her uncle!” shouted the"
    " man at the back.\n\nThe man at the back, it turned out, was Izzy's uncle Ray, her"
    " mother's younger brother, Raymond Doyle, who had driven down that morning."
)
ROUND_73_STORIES += [
    # `The man at the back, it turned out, was … Raymond Doyle,`: his lines are Raymond
    # Doyle's (not Izzy's, whose name only owns the uncle)
    (_R73_REVEALED, "I'm her uncle", "Raymond Doyle"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_73_STORIES)
def test_round_73(text: str, quote: str, speaker: str | None) -> None:
    """Round 73: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker


# Round 74: rules from the seventh round of review sets (mountain rescue, family fiction, wire
# news, detective fiction; health news and Victorian fiction kept aside).
ROUND_74_STORIES: list[tuple[str, str, str | None]] = []


_R74_TELLER_KIT = (
    "Thanksgiving\n\n“You're late,” said Theo.\n\n“Traffic,” I said.\n\nThey came at four. I"
    " opened the door and there was Dad in his good coat with Gram on his arm, and behind them"
    " a tall woman in a green wool coat holding a pie dish.\n\n“Happy Thanksgiving, kiddo,” said"
    " Dad.\n\n“You must be Kit,” said the woman in the green coat. “I've heard so much about"
    " you.”\n\n“It was a pond,” I said. “And I was sixteen.”\n\n“That's what I told him. I said,"
    " Rich, a pond is not a lake.” She smiled.\n\n“Kit, this is Marguerite,” said Dad."
    " “Marguerite Bell.”\n\n“Hi.”\n\n“Katherine Anne Lowe,” said Gram from the step, “are you"
    " going to let us in?”\n\nGram was Ruth Lowe, eighty-eight years old.\n\n“Sorry, Gram,” I"
    " said.\n\n“Come in,” said Theo.\n\n“It's a good bird,” said Marguerite."
)
ROUND_74_STORIES += [
    # the teller is called Kit, and a line calls her by the whole name Kit is short for
    (_R74_TELLER_KIT, "Sorry, Gram", "Katherine Anne Lowe"),
    # `I said, Rich, …` tells of a call made elsewhere: Rich is not the teller
    (_R74_TELLER_KIT, "And I was sixteen", "Katherine Anne Lowe"),
    # guards: Gram, named beside the woman in the green coat as she comes in, is not her
    # (once the teller was Kit, the woman's lines went to Gram)
    (_R74_TELLER_KIT, "going to let us in", "Ruth Lowe"),
    (_R74_TELLER_KIT, "I've heard so much", "Marguerite"),
]


_R74_HOT_MIC = (
    "Summit\n\nPresident Joaquín Estrada met Prime Minister Ingrid Halvorsen on Monday.\n\n“We"
    " are friends,” Estrada said.\n\n“We are allies,” Halvorsen said.\n\n“You didn't have to do"
    " that, Ingrid,” Estrada could be heard saying.\n\n“I told you I would.”"
)
_R74_ASIDE_ROLE = (
    "Contracts\n\nThe minister resigned on Monday.\n\nHis brother-in-law, Ridgeway Construction"
    " managing director Colin Ridgeway, said in a statement that the company had won every"
    " contract “fairly, openly and at the lowest price”."
)
ROUND_74_STORIES += [
    # `X could be heard saying` after a line: X's, as `X was heard saying` is
    (_R74_HOT_MIC, "have to do that", "Joaquín Estrada"),
    (_R74_HOT_MIC, "I told you I would", "Ingrid Halvorsen"),  # the one it calls answers
    # an aside of an organisation, a lower-case role and a name: the name is the subject
    (_R74_ASIDE_ROLE, "fairly, openly", "Colin Ridgeway"),
]


_R74_TAPE = (
    "Interview Room Three\n\nThe tape machine settled. Detective Inspector Nadia Sorensen"
    " waited.\n\n“This interview is being recorded. I'm Detective Inspector Sorensen. Also"
    " present is—”\n\n“Detective Sergeant Marsh,” said Kevin Marsh.\n\n“—and would you state"
    " your name for the tape, please.”\n\nThe young man across the table looked at the"
    " machine, then at the woman beside him. “Liam Doyle.”\n\n“And your legal"
    " representative.”\n\n“Priya Chandra, duty solicitor.” She had a pen uncapped. “My client"
    " will answer questions at his own discretion.”\n\n“Noted,” said Sorensen.\n\n“No,” said"
    " Doyle.\n\n“Have a look,” said Marsh.\n\n“I had a look,” said Doyle."
)
ROUND_74_STORIES += [
    # a name after a beat, answering `would you state your name`: his, no title of a work
    (_R74_TAPE, "Liam Doyle", "Liam Doyle"),
    (_R74_TAPE, "legal representative", "Nadia Sorensen"),
    # a line that opens with a full name and its role, a sentence of its own: the speaker's
    (_R74_TAPE, "Priya Chandra, duty", "Priya Chandra"),
]


_R74_HAD_BEEN = (
    "The Orangery\n\nDetective Inspector Alistair Crane disliked the orangery. Sir Gerald"
    " Fenwick had died in it.\n\n“Found by the gardener at a quarter past seven,” said Sergeant"
    " Molly Pike.\n\n“Sir Gerald was a baronet, Sergeant, not a lord.”\n\n“Begging your pardon,"
    " sir.”\n\nCrane crouched beside the chalk outline the local men had drawn. Sir Gerald had"
    " been a large man. “And the doctor?”\n\n“Says between midnight and two,” said Pike.\n\n“Then"
    " we'll see them one at a time,” said Crane.\n\n“Yes, sir,” said Pike.\n\n“The library,”"
    " said Crane.\n\n“Very good,” said Pike."
)
_R74_PROFESSOR = (
    "Caucuses\n\nNevada votes third.\n\nMichael Green, associate professor of history at the"
    " University of Nevada-Las Vegas, said places such as Iowa “have more of a historical"
    " resonance than we will ever have here.”"
)
ROUND_74_STORIES += [
    # a beat, then a sentence of what somebody had been: the beat before it is the line's
    (_R74_HAD_BEEN, "And the doctor", "Alistair Crane"),
    # guard: a role's `of` and an organisation in the aside name no one (the university is
    # no speaker)
    (_R74_PROFESSOR, "historical resonance", "Michael Green"),
]


_R74_NESTED_LETTER = (
    "The Letter\n\n“It came the next morning,” said Mrs. Ashby.\n\n“May I see it?” said"
    " Inspector Lennox.\n\n“You may not,” said Mrs. Ashby.\n\n“Then read it to us,” said"
    " Lennox.\n\n“Very well,” said Mrs. Ashby.\n\nShe unfolded the single sheet and read it"
    " aloud.\n\n“‘My dear Cora. I am going up to see Lionel Tate about the trust, and I expect to"
    " be home on Friday.\n\n“‘Kiss Phyl for me. Your loving husband, Edmund.’”\n\n“Thank you,”"
    " said Lennox."
)
ROUND_74_STORIES += [
    # a letter read aloud, quoted inside the line's marks (`“‘My dear Cora.`, `…Edmund.’”`):
    # its signer's, as without the inner marks
    (_R74_NESTED_LETTER, "My dear Cora", "Edmund"),
]


_R74_WHOLE_CALLED = (
    "Dinner\n\n“A friend,” Theo said.\n\n“A friend who does pies,” said Sam.\n\n“Nobody asked,”"
    " said Theo.\n\n“I'm family,” said Sam.\n\nGram came in and found Theo and put up both hands"
    " to take his face.\n\n“Theodore Lowe. What is that on your chin?”\n\n“It's a beard, Gram,”"
    " said Theo.\n\n“Sam, tell him,” said Gram."
)
ROUND_74_STORIES += [
    # a line that opens calling a whole name whose first name Theo is short for: his name
    (_R74_WHOLE_CALLED, "A friend", "Theodore Lowe"),
    (_R74_WHOLE_CALLED, "a beard", "Theodore Lowe"),
]


_R74_KIN_PRESENTS = (
    "The Duchess\n\n“Means who?” said Aunt Bibi.\n\n“You, Bea,” said Nana.\n\n“Pump three,” I"
    " said.\n\n“Mm-hm,” said the girl behind the counter.\n\n“Evening,” said the deputy."
    " “Ladies.”\n\n“Battery, probably,” I said.\n\n“It is the battery,” said Nana.\n\n“Where are"
    " you headed?” said the deputy.\n\n“Tucson,” Nana said. “I'm Philomena Castellano, this is my"
    " sister Beatrice Moretti, and this is my granddaughter, Wren Castellano.”\n\n“I'm on shift"
    " Saturday, Mrs. Castellano,” said the deputy.\n\n“What did you write?” I asked."
)
ROUND_74_STORIES += [
    # the teller calls her `Nana`, and Nana presents `my granddaughter, Wren Castellano`: the
    # teller is Wren, not `Mrs. Castellano`, whom the deputy calls
    (_R74_KIN_PRESENTS, "Battery, probably", "Wren Castellano"),
    (_R74_KIN_PRESENTS, "What did you write", "Wren Castellano"),
]


_R74_YOUD_BE = (
    "Mile Marker\n\n“You skipped one,” said Abuelo.\n\n“Nobody is walking anywhere in this heat,”"
    " said Mom.\n\n“Head gasket,” said the man.\n\n“You haven't even opened the hood,” said"
    " Mom.\n\n“Don't need to,” said the man. He looked at Mom. “And you'd be?”\n\n“His"
    " daughter,” Mom said. “Marisol Ruiz. Can you fix a head gasket?”\n\n“Tuesday,” said the"
    " man.\n\n“Tuesday,” said Mom. “That's four days.”"
)
ROUND_74_STORIES += [
    # `“And you'd be?”` asks a name; `Mom`'s answer gives hers in the line after its cue
    (_R74_YOUD_BE, "His daughter", "Marisol Ruiz"),
    (_R74_YOUD_BE, "That's four days", "Marisol Ruiz"),
]


_R74_TOBIAS = (
    "The San\n\n“It itches,” said Toby Fenn.\n\n“It's meant to,” said Nurse Pike.\n\n“Can I go"
    " out?” said Toby.\n\n“No,” said Nurse Pike.\n\n“Why not?” said Toby.\n\n“Tobias Fenn, if"
    " you have moved that foot I shall put you in plaster to the hip.”"
)
ROUND_74_STORIES += [
    # a call of a whole name whose first name Toby is short for, and whose surname is his
    (_R74_TOBIAS, "It itches", "Tobias Fenn"),
]


_R74_IDENTIFIED = (
    "Town Hall\n\n“Are you going to tell us the truth tonight?” a man called out from near the"
    " back of the hall.\n\n“Both, I hope,” Renee Castellano said.\n\nThe man, who later"
    " identified himself as Ray Dunlevy, 61, a former furnace operator, sat back down with his"
    " arms folded."
)
ROUND_74_STORIES += [
    # a report's `The man, who later identified himself as Ray Dunlevy,`: the man's line is his
    (_R74_IDENTIFIED, "tell us the truth", "Ray Dunlevy"),
]


_R74_ROOF = (
    "Town Hall\n\n“Both, I hope,” said Renee Castellano.\n\n“I'll believe it when it doesn't"
    " ring,” replied Jim Balog.\n\n“Commander, I promise mine's off,” said Castellano.\n\n“Took"
    " her three tries,” muttered Balog.\n\n“She's not wrong,” said Castellano.\n\nA woman in the"
    " third row raised her hand next, her voice shaking as she"
    " began.\n\n“My granddaughter's school has had a leak in the gym"
    " roof for two years,” she said.\n\n“I'm not going to study it,” said Castellano.\n\n“Ohioans"
    " don't need another road trip,” his spokeswoman, Tamika Reese, said in a statement.\n\n“The"
    " question is whether she can keep talking like this,” said Leah Brandt, a political"
    " scientist at Ohio University.\n\nThe woman with the leaking gym roof turned out to be Donna"
    " Kreider, a retired English teacher from nearby Lowell."
)
ROUND_74_STORIES += [
    # a spokeswoman and a scientist brought in by name and post are not the woman in the third
    # row; the narration later says who she was, though she is not `the woman in the third
    # row` again there
    (_R74_ROOF, "granddaughter's school", "Donna Kreider"),
    (_R74_ROOF, "another road trip", "Tamika Reese"),  # guard
]


_R74_JOINING_HIM = (
    "Best in Show\n\n“Ladies and gentlemen,” said Inspector George Harrow. “I'm sorry to keep"
    " you.”\n\n“How long's this going to take?” called a man by the tea urn. “Only I've got"
    " cows.”\n\n“As long as it takes, sir,” said Harrow.\n\n“Cows don't care,” said the man.\n\n"
    "Harrow came down the steps.\n\n“Fourteen entries in the sloe gin,” Tyndale said, joining"
    " him. “He'd got through eleven.”\n\n“Brave man.”\n\n“Doctor reckons it was number twelve,"
    " sir,” said Tyndale."
)
ROUND_74_STORIES += [
    # `Tyndale said, joining him.`: the him is the one the paragraph before named, Harrow,
    # who answers (not the man by the urn, who spoke before Tyndale)
    (_R74_JOINING_HIM, "Brave man", "George Harrow"),
]


_R74_EMAIL_DATED = (
    "Minister Resigns\n\nOkafor released a copy of an email dated Feb. 11 from Nadia Ferris, a"
    " senior procurement official, to Castell's chief of staff.\n\n“I'm concerned that the"
    " connection has not been declared,” the email said in part.\n\nOkafor held the printout"
    " up. “Three weeks after this was sent, the tranche was signed off,” she said."
)
ROUND_74_STORIES += [
    # an email `dated Feb. 11 from Nadia Ferris` is her words, not those of the one who
    # released it
    (_R74_EMAIL_DATED, "concerned that", "Nadia Ferris"),
]


_R74_HAL = (
    "The Will\n\n“We shall wait for Mr Harold, I think,” said Mr Lusk.\n\nThen the front door"
    " banged, and Harold Gorringe came in with the rain on his shoulders.\n\n“Sorry, all,” said"
    " Harold.\n\n“Hal will be late to his own funeral,” said Winifred.\n\n“Do sit down,” said"
    " Mrs Gorringe.\n\nHal laughed. “Dear old Uncle. He never could resist.”"
)
ROUND_74_STORIES += [
    # `Hal` is a pet form of Harold: one person, Harold Gorringe
    (_R74_HAL, "Dear old Uncle", "Harold Gorringe"),
]


_R74_JOHNBOAT = (
    "Algae\n\nOwen Pike steered the boat out at dawn. “Station 4 next,” he said.\n\nAt Station 4,"
    " near the mouth of Hay Creek, a man in a battered green johnboat was anchored, fishing rod"
    " propped against the seat. He lifted a hand as they idled alongside.\n\n“Morning, Doc,” he"
    " called. “Come to tell me I can't eat my fish?”"
)
ROUND_74_STORIES += [
    # a report's man brought in unnamed, then `He lifted a hand`, then `he called`: not Owen
    # Pike, named before him (the narrator reads it: the man is never named); and `Hay Creek,
    # a man in…` is a place, no person
    (_R74_JOHNBOAT, "Morning, Doc", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ROUND_74_STORIES)
def test_round_74(text: str, quote: str, speaker: str | None) -> None:
    """Round 74: each row failed before its commit, but the marked guards."""
    assert speaker_of(text, quote) == speaker
