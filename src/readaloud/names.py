"""Names: the word tables of attribution and the readers that turn words into people.

Tables (speech verbs, titles, roles, first names) come first; then tokens, mentions (who a
stretch of words names: `White House press secretary Jen Psaki`, `she`, `the ministry`) and
People, the registry that knows `Psaki`, `Ms. Psaki` and `Jen Psaki` are one person.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, NamedTuple

from readaloud.model import Gender
from readaloud.segment import ABBREVIATIONS, word_set
from readaloud.speech import STATES

SPEECH_VERBS = word_set(
    """said says say told tells asked asks added adds wrote writes tweeted tweets posted posts
    lied fibbed reminded reminds instructed instructs informed informs
    stated states explained explains noted notes continued continues declared declares insisted
    insists argued argues replied replies responded responds answered answers recalled recalls
    warned warns acknowledged acknowledges admitted admits conceded concedes claimed claims
    contended contends countered counters emphasized emphasizes emphasised emphasises stressed
    stresses suggested suggests predicted predicts promised promises vowed vows announced
    announces observed observes remarked remarks joked jokes quipped quips complained complains
    lamented laments cautioned cautions urged urges concluded concludes boasted boasts shouted
    shouts yelled yells cried cries whispered whispers muttered mutters exclaimed exclaims
    screamed screams murmured murmurs sighed sighs agreed agrees testified testifies charged
    charges alleged alleges maintained maintains asserted asserts reiterated reiterates
    elaborated confirmed confirms denied denies demanded demands pleaded pleads begged begs
    reacted reacts remembered remembers
    retorted retorts snapped snaps growled growls interrupted interrupts repeated repeats
    recounted recounts assured assures mused muses wondered wonders scoffed scoffs gushed gushes
    teased teases chuckled chuckles grumbled grumbles fumed fumes protested protests objected
    objects proclaimed proclaims decried decries blasted blasts railed rails thundered
    thunders shot snarled sneered roared bellowed called calls replied whispered sobbed
    stammered stuttered faltered hissed groaned moaned panted gasped breathed echoed opined
    opines posited posits predicted reasoned reasons surmised told texted texts emailed emails
    messaged wrote said went goes barked interjected chimed pressed ranted bragged gloated marveled
    marvelled clarified reported reports pointed points puts put quoted boomed sings sang
    say quip tell write add ask note explain respond reply insist argue claim warn declare
    commanded rumbled squeaked hooted chirped purred trilled squawked managed
    recall suggest concede admit acknowledge predict promise vow announce complain joke
    indicated indicates signaled signalled questioned exhorted started began chided scolded
    cheered disagreed disagrees inquired inquires enquired enquires rejoined rejoins
    ejaculated spluttered sputtered drawled queried blurted mumbled lisped implored beseeched
    entreated croaked rasped hollered intoned demurred cooed crooned admonished
    reproached clarifies elaborates interjects barks revealed reveals enthused enthuses ruled
    posed ventured written prompted finished guessed translated counted mouthed radioed"""
)
"""Verbs that introduce a quote (`X said`, `said X`)."""

FRAGMENT_VERBS = word_set(
    """called calls described describes dubbed dubs labeled labels labelled termed terms branded
    brands characterized characterizes characterised deemed deems hailed hails praised praises
    criticized criticizes criticised slammed slams blasted blasts accused accuses blamed blames
    pledged pledges believes believed thinks thought referred refers touted touts mocked mocks
    derided derides dismissed dismisses defended defends promised promises worried worries
    feared fears questioned questions assailed assails lambasted lambastes ridiculed
    ridicules welcomed welcomes credited credits thanked thanks lauded lauds applauded
    applauds"""
)
"""Verbs that weave quoted words into a sentence (`called the deal “…”`): a long fragment
after one of them is the subject's words."""

QUOTE_VERBS = SPEECH_VERBS | FRAGMENT_VERBS

ADVERBS = word_set(
    """also later then previously recently further again once had has have would will
    reportedly repeatedly publicly privately often frequently immediately quickly simply flatly
    even already still never just finally earlier similarly likewise separately too bluntly
    angrily specifically subsequently initially originally first last famously since long
    did does do herself himself themselves itself only later once more sharply softly quietly
    calmly firmly loudly gently slowly flatly curtly tersely dryly wryly sarcastically bitterly
    cheerfully eagerly simply candidly frankly openly explicitly directly succinctly proudly
    defiantly hastily hurriedly nervously anxiously thoughtfully solemnly emphatically
    not could can may might must should shall now"""
)
"""Words that may stand between a speaker and the verb (`Smith also said`, `but now said`)."""

NO_LONGER = word_set("former late previous erstwhile onetime one-time ex")
"""Words that make a description a role somebody no longer holds (`a former NAACP leader`,
`The former housekeeper, Mrs. Grey,`; see State._named_by and attribute._role_before)."""

PRONOUN_GENDER: dict[str, Gender] = {"he": "male", "she": "female", "him": "male", "her": "female"}
GENDERED_PRONOUNS: dict[str, Gender] = {
    **PRONOUN_GENDER, "his": "male", "himself": "male", "hers": "female", "herself": "female"}
"""Every he/she form, with its gender (PRONOUN_GENDER has only he, she, him and her)."""
SUBJECT_PRONOUNS = word_set("he she they i we it")

TITLES = word_set(
    """mr mrs ms miss mx dr prof professor sir dame lady lord madam madame mme mlle monsieur herr
    maître maitre ser superior assoc asst frau rev reverend fr father sister brother st saint
    hon honorable gen general col colonel lt
    lieutenant capt captain cmdr commander maj major sgt sergeant cpl corporal pvt private pfc
    adm admiral rear
    marine gov governor sen senator sens rep representative reps pres president vice secretary
    minister prime premier chancellor mayor judge justice attorney ambassador commissioner chairman
    chairwoman chair chairperson speaker leader chief director ceo cfo coo founder spokesman
    spokeswoman spokesperson aide adviser advisor official deputy assistant associate executive
    press candidate nominee former acting interim senior junior king queen prince princess duke
    duchess count countess baron baroness emperor empress pope rabbi imam bishop cardinal
    congressman congresswoman councilman councilwoman councillor councilor assemblyman
    assemblywoman delegate manager coach officer agent detective inspector constable sheriff
    doctor nurse uncle aunt auntie aunty cousin grandfather grandmother grandma grandpa mother
    father mom mum
    dad papa mama dear master mistress majority minority whip house senate state states
    republican republicans democrat democrats democratic gop presidential congressional federal
    national analyst expert strategist pollster host anchor correspondent reporter editor
    columnist lawyer professor economist chief-of-staff cabinet campaign general-elect
    editor-in-chief commander-in-chief
    president-elect then-president then-candidate then-gov then-sen u.s. us defense
    homeland security foreign affairs treasury labor commerce justice energy interior
    agriculture transportation education health human services veterans housing urban
    development department office committee of trade budget management intelligence staff
    communications undersecretary superintendent administrator prosecutor treasurer
    comptroller recorder det insp supt cllr cr brig cdr ayatollah archbishop patriarch taoiseach
    garda di ds dc dci dsi dcs pc wpc labour conservative mp mps mla mca msp mep mpp td tánaiste
    tanaiste atty engr smt shri rt comrade alhaji alhaja hajia mallam sp asp dsp csp acp dcp cp
    aig igp sec usec datuk datin seri mentri menteri besar gp abbot abbess prior prioress
    monsignor msgr pastor friar archdeacon dona doña senhora senhor señora señor signora
    fräulein fraulein signorina señorita senorita mademoiselle sect"""
)
"""Lower-cased words that are part of a title or role, not of a person's name (British police
ranks are written without full stops: `Det Insp`, `Ch Supt`, `Cllr`; `Emir` is left out, a
Bosnian first name too: Emir Kusturica; so are `Sri`, an Indonesian first name as well as an
Indian honorific, `Barr`, a surname as well as a barrister's title, and `Dato`, a Georgian
first name as well as a Malaysian title)."""

HONORIFIC_GENDER: dict[str, Gender] = {
    "mr": "male", "mrs": "female", "ms": "female", "miss": "female", "sir": "male",
    "datin": "female", "puan": "female",
    "dame": "female", "lady": "female", "lord": "male", "madam": "female", "madame": "female",
    "mme": "female", "mlle": "female", "monsieur": "male", "herr": "male", "frau": "female",
    "dona": "female", "doña": "female", "senhora": "female", "señora": "female",
    "signora": "female", "senhor": "male", "señor": "male", "fräulein": "female",
    "fraulein": "female", "signorina": "female", "señorita": "female", "senorita": "female",
    "mademoiselle": "female",
    "king": "male", "queen": "female", "prince": "male", "princess": "female", "duke": "male",
    "duchess": "female", "countess": "female", "baroness": "female", "baron": "male",
    "emperor": "male", "empress": "female", "congressman": "male", "congresswoman": "female",
    "councilman": "male", "councilwoman": "female", "assemblyman": "male",
    "assemblywoman": "female", "spokesman": "male", "spokeswoman": "female",
    "chairman": "male", "chairwoman": "female", "father": "male", "mother": "female",
    "brother": "male", "sister": "female", "uncle": "male", "aunt": "female",
    "grandfather": "male", "grandmother": "female", "businessman": "male",
    "businesswoman": "female", "actress": "female", "wife": "female",
    "husband": "male", "son": "male", "daughter": "female", "widow": "female",
    "widower": "male", "girl": "female", "boy": "male", "woman": "female", "man": "male",
    "mom": "female", "dad": "male", "mum": "female", "lady's": "female", "gentleman": "male",
    "ferryman": "male", "boatman": "male", "cabman": "male", "postman": "male",
    "watchman": "male", "workman": "male", "barman": "male", "manservant": "male",
    "schoolmaster": "male", "headmaster": "male", "baronet": "male", "hostess": "female",
    "barmaid": "female", "chambermaid": "female", "nursemaid": "female",
    "maidservant": "female", "schoolmistress": "female", "nun": "female",
    "landlady": "female", "landlord": "male", "governess": "female",
    "mistress": "female", "master": "male", "grandma": "female", "grandpa": "male",
    "papa": "male", "mama": "female", "auntie": "female", "aunty": "female", "granny": "female",
    "gran": "female", "nan": "female", "nana": "female", "nanna": "female", "grandad": "male",
    "granddad": "male", "mummy": "female", "daddy": "male", "parson": "male", "abbot": "male",
    "mammy": "female", "mam": "female",
    "abbess": "female", "friar": "male", "monk": "male", "prioress": "female", "prior": "male",
    "monsignor": "male", "msgr": "male",
    "girlfriend": "female", "boyfriend": "male", "fiancée": "female", "fiancé": "male",
    "niece": "female", "nephew": "male", "granddaughter": "female", "grandson": "male",
    "stepdaughter": "female", "stepson": "male", "stepmother": "female", "stepfather": "male",
    "alhaji": "male", "alhaja": "female", "hajia": "female", "smt": "female", "shri": "male",
}
"""Honorifics and role words that say a person's gender."""

ROLE_NOUNS = word_set(
    """coach magnate tycoon singer rapper novelist scholar preacher evangelist widow retiree star gp
    grandmother grandfather widower
    spokesman spokeswoman spokesperson official officials aide aides adviser advisor
    advisers advisors senator congressman congresswoman representative governor president
    secretary minister leader chairman chairwoman chair director manager candidate nominee
    mayor judge justice attorney lawyer ambassador commissioner officer chief executive ceo
    founder analyst expert strategist pollster spokespeople source sources person insider
    businessman
    businesswoman billionaire mogul host anchor reporter author writer professor economist
    activist lawmaker lawmakers legislator politician congressmen frontrunner front-runner
    contender rival challenger incumbent speaker whip king queen prince princess general
    colonel commander captain sergeant detective inspector sheriff doctor nurse woman man girl
    boy lady gentleman father mother son daughter husband wife brother sister uncle aunt
    witness victim resident residents student teacher worker voter voters supporter supporters
    critic critics opponent opponents member members owner partner friend neighbor neighbour
    pastor priest rabbi imam bishop cardinal pope veteran protester protesters developer
    superintendent principal trustee alderman alderwoman councilman councilwoman librarian
    treasurer speechwriter consultant operative donor bundler fundraiser surrogate editor columnist
    commentator historian scientist researcher organizer boss ally counsel prosecutor neurosurgeon
    entrepreneur producer moderator correspondent journalist pundit comedian actor actress
    lobbyist physician surgeon child kid baby infant lad lass maiden stranger visitor
    guest companion servant maid housemaid waiter waitress clerk coachman porter footman
    butler constable stationmaster courier beadle landlady landlord matron governess
    firefighter firefighters volunteer volunteers steward stewards lecturer investor investors
    employee
    employees engineer councillor councilor paramedic survivor survivors translator
    interpreter listener listeners caller callers viewer viewers customer customers patient
    patients analysts agent skipper striker midfielder defender winger goalkeeper goalie quarterback
    linebacker shortstop outfielder infielder reliever batsman batter bowler seamer spinner
    all-rounder wicketkeeper fly-half scrum-half flanker full-back fullback playmaker
    chancellor taoiseach tánaiste tanaiste premier archbishop envoy ombudsman auditor coroner
    counterpart counterparts
    diplomat diplomats forward guard tighthead loosehead pitcher catcher receiver swimmer
    sprinter runner cyclist jockey golfer boxer rookie goaltender defenceman keeper centre-back
    centre-half wing-back point-guard champion athlete player teammate left-armer right-armer
    admiral commodore brigadier lieutenant major corporal ensign navigator helmsman bosun
    quartermaster chaplain magistrate deputy barrister solicitor recorder
    paceman pacer off-spinner leg-spinner left-hander right-hander shot-stopper hooker
    steeplechaser hurdler marathoner skier rower wrestler gymnast skater climber decathlete
    heptathlete
    mp mps mla mlas mep meps msp msps mpp mpps
    colleague colleagues pupil pupils relative relatives bandmate bandmates classmate
    classmates mourner mourners parishioner parishioners
    poet curator"""
)
"""Lower-case nouns that name a person by role (`the spokesman`, `the senator`, and a story's
`the child`, `the courier`). Not trades a story names its passers-by with (`the farmer
repeated` in a short scene read as a report went to the woman who spoke before)."""


ANIMALS = word_set(
    """fox vixen rabbit hare owl badger mole toad frog mouse rat cat dog wolf bear crow raven
    magpie hedgehog squirrel otter weasel duck goose hen pig horse donkey goat snail spider
    dragon serpent snake eagle hawk falcon lion tiger unicorn griffin gryphon sphinx beast
    creature heron stork gull seagull blackbird sparrow parrot tortoise turtle lizard beetle
    deer elephant monkey whale dolphin""")
"""Animals a story's characters may be (`“That depends,” said the fox`): with no name, a
character of their own, met as a newcomer is (see resolve.DESCRIBED)."""
THE_CREATURE = re.compile(r"\b[Tt]he (" + "|".join(sorted(ANIMALS)) + r")\b(?!-)")
"""A creature the narration calls by its kind (`The dragon’s head came down`), the kind in
group 1."""

STORY_ROLES = word_set(
    """undertaker innkeeper shopkeeper blacksmith sailor soldier jailer gaoler turnkey warder
    gamekeeper hostess lodger tenant cabman boatman ferryman postman messenger beggar
    prisoner pedlar peddler curate clergyman chaplain magistrate baronet duchess countess warden
    housekeeper nursemaid valet apothecary grocer barman barmaid bartender publican
    workman labourer laborer peasant villager traveller traveler passenger nun tutor
    schoolmaster schoolmistress headmaster watchman policeman sentry coroner juror
    chambermaid maidservant manservant attendant doorkeeper widower orphan foreigner vicar
    rector deacon verger friar monk abbot abbess steward stewardess purser conductor midwife
    ranger foreman rancher cowboy registrar usher bailiff nanny governess forewoman
    accountant driver farmer butcher baker plumber electrician mechanic chef cook pilot
    drummer bassist guitarist helmsman bosun boatswain lookout harbourmaster harbormaster
    knight squire wizard witch sorcerer sorceress enchantress goblin troll ogre giant dwarf
    elf sprite gnome medium clairvoyant psychic machine robot android trainee
    recruit cadet seaman yeoman signalman radioman sonarman gunner stoker torpedoman
    telegraphist midshipman operator dispatcher announcer ringmaster clown acrobat
    strongman novice postulant prior carrier castaway ostler drover postmistress cabbie
    reeve cellarer turnspit herald almoner sacristan chamberlain seneschal huntsman scullion
    scribe illuminator infirmarian precentor hosteller armourer swineherd cowherd ploughman
    wheelwright"""
) | ANIMALS
"""Trades, stations and ranks by which a story names its people (`said the undertaker`,
`replied the turnkey`), read as roles only in a text written as dialogue (Page.story_roles).
In a report they would take lines from the people named there: `“They beat us,” the
prisoner said` after `Warden Ann Cole` became the warden's, and trades that are surnames
(`said Workman`) lost their names. Trades that are common surnames (baker, miller, cook,
sexton) are in neither list."""

ORG_HEADS = word_set(
    """ministry department agency committee commission council office campaign administration
    government bureau service association institute foundation company corporation firm group
    party court embassy army navy police university college school board union federation
    organization organisation coalition alliance network newspaper paper magazine station
    channel team club league fund bank authority house senate congress parliament assembly
    cabinet kremlin pentagon statehouse legislature secretariat commission centre center
    trust hospital infirmary clinic society museum library laboratory observatory
    records studios productions publishers label inc corp co ltd llc plc times post journal
    news press reuters tribune herald guardian
    telegraph daily weekly review sentinel gazette chronicle globe inquirer examiner observer
    courier register legion síochána siochana airline carmaker retailer insurer lender
    broadcaster charity forum family consortium confederation guild syndicate cooperative
    nations programme diocese archdiocese synod parish mosque synagogue"""
)
"""Head nouns of a speaking organisation (`the ministry said`, `the Justice Department`)."""

_ORG_PAIRS = frozenset({("red", "cross"), ("red", "crescent"), ("coast", "guard"),
                        ("national", "guard")})
"""Two words that name an organisation though the last is a surname too (`A Red Cross worker
had brought her a cot` / `“…,” she said`: not the Red Cross's; `the U.S. Coast Guard`)."""

ORG_NAMES = word_set(
    """kremlin pentagon reuters cnn msnbc nbc abc cbs fox bbc npr pbs ap afp politico breitbart
    nato un eu fbi cia nsa doj dhs irs epa gop dnc rnc who imf opec fda cdc nih nasa nhs ftc
    fcc faa fema osha usda hhs noaa ecb fifa uefa unicef unesco al-qaeda al-shabab
    al-shabaab al-jazeera al-nusra dispatch crown"""
)
"""Single words that name an organisation, lower-cased."""

NOT_NAMES = word_set(
    """the a an and or but if so then when while after before since because as at by for from
    in into of on onto to with without about above across against along among around behind
    below beneath beside between beyond during except inside near off out outside over past
    through throughout toward towards under underneath until unto up upon within this that
    these those there here it its it's he she they we i you his her their our my your him them
    us me who whom whose which what where why how yes no not now today yesterday tomorrow
    tonight monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays weekends january february march
    april may june july august september october november december feb mar apr jul
    aug sep sept oct nov dec meanwhile however still also even just only both each every
    all some any many much more most other another such one two three four five six seven
    eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred
    last next first second third new old according asked said says told
    despite although though unless whether instead perhaps indeed well oh ah okay ok dear
    mr mrs ms dr sen rep gov gen lt col st sir madam lady lord yet nor thus hence therefore
    later earlier again already do does did is are was were be been being have has had will
    would can could shall should may might must let like just please thank thanks hello hi
    good great sure right wait look listen come go see why what poor little dear old young
    big none nobody nothing everyone everybody everything someone somebody something anyone
    anybody anything whereas whilst albeit lest whereupon thereupon overhead underfoot nearby
    upstairs downstairs indoors outdoors afterwards afterward presently somewhere everywhere
    nowhere elsewhere yonder i'd i've i'm i'll i’d i’ve i’m i’ll people listeners viewers
    readers callers customers visitors neighbours neighbors hers his theirs mine yours ours
    majesty highness excellency lordship ladyship worship eminence holiness
    aw aww uh um hmm ugh huh erm mmm ooh oof ew eww yay"""
)
"""Capitalised words that are never a name by themselves (sentence starts, days, months; `I’d`,
whose capital is the pronoun's; `People still ring in`, `Listeners are invited to…`; `His
Majesty commanded`, a way to speak of a ruler, no name)."""

_LONE_NOUNS = word_set("age")
"""Nouns that open a sentence alone and are no one-word name there (`Age had darkened her
to the colour of old wine.`), though they may open an organisation's (`Age UK Salford`)."""

COMMON_CAPS = word_set(
    """moreover amid amidst despite although though thus hence indeed instead otherwise
    besides nevertheless nonetheless furthermore likewise meanwhile overall perhaps maybe
    rather similarly accordingly consequently anyway regardless
    yet still once twice one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen twenty thirty forty fifty hundred thousand million couple
    few several many most some each every both either neither such whatever whoever
    whenever wherever sometimes today tonight yesterday tomorrow recently later earlier
    first second third last next finally eventually suddenly even just only also seconds
    late others
    minutes hours days weeks months years decades moments read see watch click try consider
    imagine remember avoid ask"""
)
"""Capitalised words that start sentences and are never a one-word name (`Read the latest
updates below:` and `Try asking your son…:` are instructions, not Mr. Read or Mr. Try; `Late
Tuesday her office…` is a time)."""

PARTICLES = word_set(
    """de del della der den di da dos das du la le van von ter ten bin binti bint ibn al el st
    abu mac y e do ap ab ferch verch"""
)
"""Lower-case words that may sit inside a name (`Charles de Gaulle`, `Ludwig van Beethoven`)."""

_CHILD_OF: dict[str, Gender] = {"bin": "male", "ibn": "male", "binti": "female",
                                "bint": "female", "ap": "male", "ab": "male",
                                "ferch": "female", "verch": "female"}
"""Words inside a name that say whose son or daughter they are (`binti Abdullah`)."""

NAME_SUFFIXES = word_set("jr jr. sr sr. ii iii iv")

PLACES = word_set(
    """america american americans china chinese russia russian russians ukraine ukrainian
    britain british england english france french germany german japan japanese india indian
    iran iranian iraq iraqi israel israeli syria syrian mexico mexican canada canadian europe
    european africa african asia asian latino latina hispanic beijing moscow washington london
    paris berlin tokyo
    kyiv kiev brussels texas florida ohio california york jersey iowa virginia carolina
    pennsylvania michigan wisconsin nevada arizona colorado georgia illinois indiana kentucky
    tennessee missouri minnesota massachusetts maryland louisiana alabama mississippi oklahoma
    kansas nebraska dakota montana idaho utah oregon alaska hawaii maine vermont hampshire
    connecticut delaware wyoming arkansas west east north south new united states u.s. us
    u.s u.k uk u.n un e.u eu d.c dc
    america's congress senate capitol hill white house supreme court obamacare medicare
    medicaid twitter facebook youtube instagram google apple microsoft amazon islam muslim
    muslims christian christians jewish jews catholic god christ jesus allah bible koran
    quran islamic isis isil taliban nato"""
) | word_set(
    """afghanistan afghan albania albanian algeria algerian angola argentina argentine armenia
    armenian australia australian austria austrian azerbaijan bahrain bangladesh belarus
    belgium belgian bolivia bosnia brazil brazilian bulgaria burma cambodia cameroon chile
    chilean colombia colombian congo croatia cuba cyprus czech denmark danish ecuador egypt
    egyptian eritrea estonia ethiopia ethiopian finland finnish ghana greece greek guatemala
    haiti haitian honduras hungary hungarian iceland indonesia indonesian ireland irish italy
    italian jamaica kazakhstan kazakh kenya kenyan korea korean kosovo kuwait kyrgyzstan laos
    latvia lebanon lebanese liberia libya libyan lithuania luxembourg macedonia malaysia mali
    malta moldova mongolia montenegro morocco moroccan mozambique myanmar namibia nepal
    netherlands nicaragua niger nigeria nigerian norway norwegian oman pakistan pakistani
    palestine palestinian panama paraguay peru peruvian philippines filipino poland portugal
    portuguese qatar romania romanian rwanda saudi saudis scotland scottish senegal serbia
    serbian singapore slovakia slovenia somalia somali spain spanish sudan sweden swedish
    switzerland swiss taiwan tajikistan tanzania thailand thai tunisia turkey turkish
    turkmenistan uganda uzbekistan venezuela venezuelan vietnam vietnamese yemen yemeni zambia
    zimbabwe antarctica arctic atlantic pacific mediterranean caribbean balkans crimea gaza
    kashmir tibet chicago boston detroit atlanta miami seattle philadelphia baltimore manhattan
    brooklyn jerusalem baghdad damascus tehran kabul cairo istanbul ankara rome madrid vienna
    warsaw athens geneva toronto ottawa sydney delhi mumbai shanghai seoul pyongyang havana
    caracas sacramento albany denver phoenix houston dallas orlando tampa raleigh nashville
    memphis louisville milwaukee minneapolis pittsburgh cincinnati honolulu anchorage
    tallahassee trenton annapolis harrisburg bismarck topeka boise cheyenne olympia juneau
    montpelier hartford indianapolis london berlin moscow beijing tokyo brussels dubai riyadh
    kyiv kiev mosul aleppo raqqa benghazi tripoli fallujah wales welsh zealand manchester
    liverpool leeds birmingham glasgow edinburgh cardiff belfast dublin bristol leicester
    newcastle sheffield nottingham southampton melbourne auckland brisbane johannesburg
    nairobi lagos"""
)
"""Capitalised words that are places, groups or things, never a person's name."""

US_STATES = frozenset(name.lower() for name in STATES.values() if not name.startswith("the "))
"""The states (and territories), lower case, for telling `the Florida senator` from `Sen. Joni
Ernst, R-Iowa` (see state_of)."""

_PARTY_LABEL = re.compile(r"\(?[RDI]-([A-Z][A-Za-z.]*?)\.?\)?$")


PARTY_OF_LABEL = {"R": "republican", "D": "democrat", "I": "independent"}
"""The party a label's letter names (`R-Ky.` -> republican)."""
PARTY_OF_ADJECTIVE = {"Democratic": "democrat", "Republican": "republican"}
"""A party's adjective and the word for its member (`his Democratic challenger`)."""
PARTY_WORDS = frozenset(PARTY_OF_LABEL.values())
"""Party words a report calls somebody by (`a Kentucky Republican`, `the Democrat`)."""


_PARTY_HOME = re.compile(r"(?:[DRI]|DFL)-[A-Z][a-z]")
"""A party's initial and a home town set off after a legislator's name (`D-Millbrook`,
`(R-Cedar Falls)`, `DFL-Rochester`): nobody (see name_mention)."""


def party_state(word: str) -> str | None:
    """The state of a party-and-state label (`R-Iowa` -> iowa, `D-N.Y.` -> new york, `(R-Ky.)`
    -> kentucky), or None for any other word."""
    found = _PARTY_LABEL.match(word)
    state = STATES.get(found.group(1)) if found is not None else None
    return state.lower() if state is not None else None


def state_of(words: Iterable[str]) -> str | None:
    """The one state lower-case title words name (`{'new', 'jersey', 'governor'}` -> new
    jersey; `{'ohio', 'gov'}` -> ohio), or None when they name none or two."""
    have = set(words)
    found = {s for s in US_STATES if set(s.split()) <= have}
    found -= {s for s in found for t in found if set(s.split()) < set(t.split())}  # `west virginia`
    return found.pop() if len(found) == 1 else None


FEMALE_NAMES = word_set(
    """anika annabel bettina colette coralie delphine fenella keziah magda mira noor pippa
    selina sienna tasha thea tilda willa winifred zara
    natalia margit liv gudrun valentyna iryna olena oksana tetiana nataliya halyna lyudmila
    svitlana daniela mariana fernanda pilar rocio magdalena zofia ewa dorota
    aleksandra monika urszula titilayo adaobi ama efua adwoa afua esi nandi busisiwe
    palesa sita gita asha khadija yui emiko hanako mayumi tomoko miyu hina jiwoo
    seoyeon minji sooyoung hyejin eunji aisling clodagh linnea maja solveig annelies
    marieke femke sanne anouk lotte anke amelie celine elodie margaux manon giovanna
    eleni
    amara funmi yetunde hauwa farhana maricel nomsa lerato siti aishah nazneen folasade
    abimbola nosipho felicity constance bronwen hattie chrissie
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
    judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
    janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly
    danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
    hillary huma kellyanne sarah jen jennifer nikki carly condoleezza condi michele elena
    sonia ruth dianne kamala kirsten amy tulsi nancy elise loretta janet susan hope
    ivanka melania chelsea michelle laura barbara sheryl oprah meryl angela theresa jacinda
    hillary's marine ségolène christine ursula kristalina jill joni lisa patty maxine debbie
    tammy claire heidi maggie kelly kellyanne sally betsy stephanie rosa katie megyn
    mika rachel gwen brooke donna dana ann anne annie beth bethany bonnie carla carmen cathy
    claudia colleen connie courtney crystal dawn dolores edith eileen elaine ella ellen emily
    erica erin esther ethel eva faith fiona gail gina hazel holly ida irene iris jane janet
    jenny jill jo joanne josephine joy juanita june karen kate kathy katy kay leah lena lily
    linda lois lori lorraine lucy lydia lynn mabel marcia margaret marian marjorie marsha
    mildred miriam molly monica nadia naomi nina norma paula pearl peggy phyllis priscilla
    rita roberta robin rosemary roxanne ruby sheila sue susie sylvia tanya tara tina tracy
    valerie vanessa vera veronica vivian wanda wendy yvonne zoe jo-ann lillian agnes alicia
    allison april audrey becky belinda bridget caroline cassandra cecilia celeste chloe
    cindy clara daisy deanna delia eleanor elisa elsa emilia eve felicia florence francesca
    gabriela gabrielle georgia gertrude harriet ingrid isabel jeanne jessie joanna jocelyn
    kristen kristin krystal leslie lucia mae margo maya meghan melanie melinda mercedes mia
    natasha olga penelope rebekah regina renee rhonda rosalind sabrina selena serena shannon
    sofia stacy stella tamara tiffany trisha ursula violet yolanda zelda elise beatrice
    matilda jemima dinah monique alyona rihanna shonda oprah beyonce adele ilia zoe zoë
    billie jean sandy huma kellyanne hope sarah-huckabee nikki tulsi elizabeth kirsten
    amy kamala stacey ayanna alexandria ilhan rashida deb debbie gretchen gina jeanne
    jeanine tamika linda lena ruth sonia elena amy-coney ketanji merrick samantha susan
    valerie hillary chelsea tipper rosalynn betty pat nancy barbara laura michelle jill
    melania ivanka lara ana maria anna svetlana yulia angela theresa margaret benazir
    indira golda suu kyi jacinda sanna mette ursula kristalina christine
    jennifer jessica megyn mika greta brooke dana tammy tina camila
    cecile darlene jody kara maureen nora penny priya suzanne neera shelley susana
    louise marianne jeanette geraldine bernadette carrie patsy lorna tricia marcy susanne
    gillian hayley kylie alison whitney jenna kendra keisha latoya aisha fatima leila layla
    yasmin samira mariam rania amal mona rosie ellie abby gabby liz kristina lindsay"""
) | word_set(
    """adriana agatha aileen aimee alana alexa alexandra alina alisha allie alma amelia anastasia
    angelica angelina angie anita annette antonia ariana arianna ashlee astrid aubrey ava barbra
    bella bernice bertha bette bianca blanche brianna brigitte camille candace candice cara
    carmela caitlin kaitlyn cate catalina celia chantal charlene charmaine cher cherie
    chrissy christa christie christy ciara cora corinne dahlia daphne darla daria dascha
    deirdre delores della desiree dina dixie dominique dora edna eliza elinor eloise elvira
    emilie emmy erika estelle eugenia eunice fay francine frieda gabriella gemma genevieve
    gigi giselle gisele gwendolyn hanna helena henrietta hilda ilana imelda inez irina
    isla ivana jacquelyn jada janelle janine jasmine jeannie jennie joann johanna jolene
    josefina josie judi julianne juliet juliette justine kari karin karla katarina katharine
    kathie katrina keira kelli kristi kristy kyra lacey lana laurel lauryn lea leanne
    leona lila lilly lina lisette liza lola lorena lorie louisa lucille luisa lynda lynne
    madeleine madeline madonna malala malia mallory mandy marcela margarita margot mariah
    marina marisa marissa marla marlene marta maryam mathilde mavis meg melanne melody meredith
    michaela mila millie mindy minnie miranda moira nadine nanette nell nellie nicki noemi
    paige paloma paulette pauline petra philippa piper polly rachael raquel reba rena
    rhoda rochelle ronda rosalie rosanna roseanne roxana sabina sadie salma savannah selenis
    selma shana shauna shawna sheena sherri sherry shelly silvia simone sonja sophie stefanie
    suzy tabitha talia tammie tania tatiana tess tessa thelma tonya tori trudy uma valentina
    vicki vickie vivian viviana wanda wendy yolanda yvette yvonne zelda zoe zoey
    kitty lizzy marilla sissy fanny georgiana cordelia augusta arabella lavinia clarissa
    letitia honoria wilhelmina bessie betsey nelly hetty ada maud mina lettice cassie prissy
    niamh siobhan aoife saoirse sinead roisin caoimhe grainne kemi priti annalena giorgia kaja
    ngozi nour farah amina
    sunita priyanka anjali meera meena deepa deepika reshma ritu rituparna shabnam shazia
    nalini lakshmi kavita kavya sangeeta pooja neha divya aishwarya shreya ananya gurleen
    harleen simran padma radha savitri usha geeta nandini shalini swati rekha nisha madhuri
    sushma parvati abena adaeze nkechi ifeoma chidinma amaka nneka chiamaka adaora funmilayo
    folake yewande halima hadiza zainab wanjiku wanjiru nyambura akinyi achieng atieno njeri
    wambui naledi nomvula thandiwe lindiwe nokuthula zanele thandeka amira shireen yasmine
    noura hanan huda soraya shirin parisa nasrin azadeh ayşe ayse elif zeynep emine fatma
    merve esra özlem ozlem aiko hana sakura yumi keiko naoko haruka yoko huong marguerite
    yoshiko sumiko mariko sayaka michiko sachiko kazuko fumiko noriko reiko kyoko megumi
    odile hélène helene mireille giulia renata teodora agnieszka katarzyna małgorzata
    malgorzata ilse sigrid freya maeve nuala róisín máire maire sinéad orla gráinne morag
    rhian rhiannon tamsin imogen ines inês beatriz marisol ximena lucía chiara alessandra
    federica elin katrin kerstin birgit anneliese heike ute frauke oona mirela ileana ioana
    aroha moana kiri leilani hinemoa shira yael avital yoon-ji seo-yeon ji-yeon ayesha
    theodora halina bärbel barbel sabine renate gisela hannelore ingeborg marit akiko hiroko
    rosaria tilly georgie georgina lourdes lucinda poppy maisie evie phoebe esme flora ivy
    elsie edie winnie beatrix clementine ottilie marnie cerys carys bethan nia seren ffion
    eilidh kirsty isobel graziella florencia consuelo esperanza milagros yumiko
    chioma akosua freja anneli bronwyn kirsteen
    cornelia livia octavia tullia aurelia valeria fulvia servilia calpurnia agrippina drusilla
    flavia domitia terentia porcia lucilla
    avdotya varvara lizaveta elizaveta natalya ekaterina yekaterina tatyana sofya agafya mariya
    galina masha katya olya sonya dunya dunyasha varya varenka lizanka nastya roz"""
)
"""Common female first names (lower-case); a small table, enough for gender in news, with
names from the many cultures English-language papers report on (South Asian, African, Arab,
Turkish, Irish, Welsh, Nordic, Slavic, Māori…); names given to both, such as Pat, Kim,
Jamie, Casey, Yuki or Kiran, are in neither or both, and so are words (`Precious`)."""

MALE_NAMES = word_set(
    """abel aidan alastair archibald arlo barnaby bertram casper emeric emmett finn giles
    godfrey ivor jethro joachim leander lorcan lucian marius mortimer neville nico obadiah
    orson percival rafe roderick solomon stellan tarquin tobin ulric
    gaius caius titus quintus publius gnaeus sextus decimus aulus servius appius tiberius
    manius spurius numerius
    oleh denys mykola yevhen serhiy dmytro vasyl yuriy ihor baptiste camilo kambale
    marcos matias alvaro julio alonso dariusz marek grzegorz lukasz michal kamil bartosz
    szymon gerrit jeroen bram joost sander maarten willem henk kees ruud arjen thijs
    henrik mikkel rasmus kasper siddharth nitin rohit ankit harish mukesh pranav aditya
    karthik usman zubair kamran asif shahid tarek youssef hasan hussain rashid majid
    shingo shota takumi ryota kazuki naoki satoshi yusuke kenichi tetsuya koji hideo
    masato minho seojun jihoon minjun chinedu ikenna olumide oluwaseun sibusiso jabari
    juma omari otieno kamau ugochukwu ronan rory dougal aled francesco stefano davide
    riccardo gianluca massimo fabio olivier laurent guillaume mathieu antoine etienne
    yannick julien sebastien rainer florian lukas niklas moritz nikos yannis serkan
    kerem
    conor connor james john robert michael william david richard joseph thomas charles
    christopher daniel tomek luca tito kemal aurelio jubal wilf alfie euan cillian darragh
    fintan emyr ianto hywel bryn jago monty cyrus ignatius bartholomew cosimo dario haruki
    magnus
    matthew anthony mark donald steven paul andrew joshua josh kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
    jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip louis barack bill bernie ted marco jeb mitt
    mike chris rand ben newt rick reince corey paul mitch harry chuck joe al dick rudy rex
    vladimir jinping recep bashar benjamin bibi emmanuel justin boris nigel angus
    shinzo narendra hassan ali mohammed muhammad ahmed omar abdul hosni moammar saddam osama
    jake jim tim tom dan ron don ken steve bob rob pat greg jeff matt nick sam andy tony
    jerry gerry ed eddie fred freddie jon johnny jimmy tommy danny ronnie donnie kenny stevie
    bobby robbie gregory jeffery matthew nicholas samuel andrew anthony edward frederick
    jonathan john-paul lindsey martin luther malcolm marcus mario luis carlos jorge miguel
    pedro manuel francisco antonio alejandro diego fernando ricardo roberto eduardo sergio
    hugo ivan dmitry sergei sergey mikhail nikolai alexei viktor yuri igor oleg pavel petr
    pyotr leonid andrei anatoly gennady wolfgang hans karl heinrich friedrich otto klaus
    jean-claude francois françois jacques pierre michel nicolas emmanuel jean-marc lars
    anders nils sven erik olaf hamid hassan hussein ahmad mahmoud mustafa yusuf ibrahim
    ismail khalid tariq rahul sanjay amit raj dev vijay arjun hiroshi takeshi kenji yoshi kofi
    takuya haruo masaru ichiro junichi kenichi kazuo daisuke takashi tetsuya hideki ryota
    nelson desmond jacob cyril thabo robert sol
    ulysses abraham franklin theodore woodrow dwight lyndon herbert calvin warren grover
    chester rutherford grant hank elliot elliott everett howard irving jay jared jed joel
    kurt lance leon leonard lloyd luke max mitchell neil norman oliver oscar owen perry phil
    quentin ray reggie rodney ross roland rudolph rufus rupert russ sid simon stan stanley
    stuart todd trevor troy vernon victor vince wade wallace wesley wilbur will winston zack
    zach alec alfred allen andre angelo archie barry bart ben bernard bert blake brad
    brendan brett bud byron cameron cecil clarence claude clay clifford clint clyde colin
    craig curtis dale darrell darren dave dean derek devin dewey dominic doug drew duane
    dustin dwayne earl ed edgar edwin elmer elvis emil ernest ernie eugene felix floyd
    forrest francis glen glenn gordon graham guy hal harvey hector herman homer horace ira
    isaac jerome jimmie joey julian julius lee leo lester lewis lionel lonnie lyle
    mack marshall marty maurice melvin milton morris murray ned nathaniel nelson noel ollie
    orville otis pete preston quincy ralph randall randolph reginald rex rhett rocco ron
    rudy sammy seth sherman spencer ted terrence theo tobias toby travis tyrone van vic
    virgil wendell wilfred willard wyatt zane jeremiah ezekiel caleb isaiah josiah gideon
    elias dexter tobias reince sheldon marco raynard leonardo kanye jay-z barack rahm
    rudolph orrin lamar mitch thad trey jason jeremy jared kellan devon dante jamal malik
    darnell tyrell deshawn terrell hakeem kareem rashad lebron kobe shaquille muhammad
    yitzhak shimon ehud avigdor naftali moshe ariel binyamin yair benny recep ahmet mehmet
    tayyip abdullah faisal salman mohammad mohammed hosni anwar gamal bashir idi
    vladimir dmitri volodymyr petro viktor emmanuel
    francois gerhard helmut tony gordon david jeremy keir rishi boris nigel
    justin stephen pierre brian narendra manmohan atal imran nawaz shinzo junichiro
    yoshihide fumio kofi boutros antonio jens jean-claude donald eric barron jared hatter
    chad chip cory gene herb ian kent marc norm rod walt woody"""
) - {"hatter"} | word_set(
    """abe adolfo adrian akbar alain alberto aldo alessandro alfonso alfredo alistair alonzo
    alton alvin ambrose amos andres anton antonin ari armando arnold arturo asa augustus axel
    barney basil beau benedict benito bennett bernardo bjorn blaine bo boyd bradley brady brent
    brock bruno buddy burt butch carlton carmine cedric cesar charlie chet clark clayton
    clifton cole conrad cornelius cristian curt dalton damian damon darius darryl
    demetrius denis denny derrick dirk domenico dominick donovan dorian duncan dylann edmund
    efrain eli elon emanuel emilio enrique enzo ernesto errol esteban evan ezra federico
    felipe ferdinand fethullah fidel fletcher frankie fritz garrett gavin geoff geoffrey georg
    gerard gerardo gil gilbert giovanni giuseppe gonzalo gus gustavo hamza harlan
    herschel hubert hugh humberto ignacio ike irwin jair javier jerrold johann johannes jonah
    jonas joaquin josef junot karim kelvin kendrick kermit kirk kwame lamont laurence leland
    lenny leroy levi liam linus lorenzo lowell lucas luciano ludwig luigi luiz marcel marcelo
    marlon marvin mathias matthias mauricio merle micah mick mickey milo mohamed moses
    nabil nasser nate neal nestor nidal niall nikolas norbert octavio oswaldo pablo
    paolo percy philando philippe pierce raphael rafael ramon randal raul reid reuben reza
    ricky robby rodrigo romeo roscoe royce ruben rudolf salvador santiago saul seamus
    sebastian shane shaun shawn sherrod sonny stefan stewart syed tad teddy terence thaddeus
    thurgood tomas trent tristan tucker tyson ulrich vance vaughn vito werner wes xavier xi
    sterling cornel
    yasser yevgeny yosef zeke zbigniew
    jem jos ebenezer silas jasper algernon bertie rowland lucius septimus fitzwilliam nat
    lemuel enoch hiram emir iain ewan callum fergus hamish alasdair lachlan eoin ciaran oisin
    padraig nadhim sajid sadiq humza abiy yahya andrzej mateusz wopke olusegun uhuru emeka
    chidi
    sunil anil ravi rajiv rajesh ramesh suresh mahesh pradeep vikram vivek nikhil arun ajay
    amitabh rohan sandeep deepak anand arvind ashok mohan manoj naveen prakash dinesh ganesh
    girish hemant venkat srinivas raghav karan kunal varun farhan farid bilal idris musa
    abubakar abdullahi yakubu tunde femi kunle olawale adewale adebayo babajide obinna
    ikechukwu nnamdi chukwuma kwabena kojo kwaku kwesi sipho bongani mandla themba lwazi
    sizwe abebe tesfaye emre murat burak osman mehdi walid samir haruto kenta daisuke yuto
    hyun-woo ji-hoon jae-won min-jun tuan gareth kieran declan colm fergal cathal ruairí
    ruairi diarmuid dermot séamus cormac donal gethin gwilym rhys dafydd emrys geraint iwan
    owain huw tomasz piotr krzysztof paweł pawel wojciech jakub giorgio gianni matteo tiago
    joão joao paulo nuno afonso mateo jürgen jurgen dieter olav knut arvid benedikt björn
    pieter johan uwe luc benoît benoit thierry didier ilya oleksandr andriy taras bohdan
    nicos yiannis giorgos stavros dimitris kostas vasilis hemi wiremu sione tevita oren
    yossi eitan søren soren bernhard gunter günter rakesh ganiyu abdulkadir segun
    xolani pieter
    grigory fyodor stepan lev arkady konstantin aleksei vasily kirill matvei semyon ignat foma
    prokhor grisha petya kolya vanya volodya seryozha kostya pasha tolya styopa fedya lyova
    alyosha lyosha mishenka arkasha"""
)
"""Common male first names (lower-case), older ones that novels use included (the Roman
praenomina too: `Titus Caecilius Niger` is a man, not a place)."""

PERSON_TITLES = word_set(
    """mr mrs ms miss mx dr prof professor sir dame lady lord madam madame mme mlle monsieur herr
    frau rev reverend fr hon honorable gen general col colonel lt
    lieutenant capt captain cmdr commander maj major sgt sergeant cpl corporal pvt private pfc
    adm admiral
    gov governor sen senator rep representative pres president vice-president secretary
    minister premier chancellor mayor judge justice attorney ambassador commissioner chairman
    chairwoman chair chairperson speaker leader director spokesman spokeswoman spokesperson pope
    king queen prince princess duke duchess emperor empress rabbi imam bishop cardinal
    congressman congresswoman councilman councilwoman councillor councilor assemblyman
    assemblywoman sheriff detective inspector officer coach doctor president-elect
    then-president then-candidate then-gov then-sen candidate nominee aide adviser advisor
    strategist host anchor correspondent columnist economist analyst lawyer ceo founder chief
    undersecretary superintendent administrator prosecutor treasurer comptroller det insp supt
    cllr cr brig cdr ayatollah archbishop patriarch taoiseach coun ald engr rt comrade alhaji
    alhaja hajia mallam smt shri sec usec datuk datin seri abbot abbess prioress monsignor msgr
    archdeacon dona doña senhora senhor señora señor signora fräulein fraulein signorina
    señorita senorita mademoiselle"""
)
"""Titles that are only ever given to a person: a name follows (`Rep. King`, `Mr. Trump`)."""

PREPOSITIONS = word_set(
    """to at with from by of for against about on in into onto over under than like toward
    towards among between behind beside near without within via per after before during
    since until upon across through around including alongside amid amidst amongst despite
    unlike beneath besides throughout beyond"""
)
"""A name right after one of these is an object, not the one who speaks."""

RUN_BREAK = word_set(
    """he she it they we i you his her its their our my your the a an this that these those
    but and or so yet if when while as after before because although though since unless
    then there here meanwhile however still also not now none nobody everyone someone
    anyone"""
)
"""Capitalised words that can start a sentence but never sit inside a name (`D.C. He said`)."""

PARTICIPLE_VERBS = word_set(
    """yelling shouting screaming exclaiming proclaiming announcing remarking asserting
    repeating muttering whispering
    saying telling adding writing noting arguing explaining asking declaring insisting
    warning tweeting stating posting replying responding answering admitting claiming
    complaining promising vowing urging calling describing labeling labelling dubbing
    branding praising criticizing blasting accusing predicting recalling concluding
    boasting joking quipping suggesting acknowledging conceding countering emphasizing
    stressing pointing lamenting cautioning questioning lambasting ridiculing welcoming
    crediting thanking lauding applauding"""
)
"""`-ing` forms whose subject is the sentence's subject (`Trump replied, saying “…”`)."""

# --------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------

QUOTE_TOKEN = '"Q"'
"""The one token that stands for a whole quote inside narration tokens."""


class Tok(NamedTuple):
    """A word or punctuation mark with its offsets in the article text."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        """Lower case, without a final dot or possessive ’s."""
        t = self.text.lower()
        if len(t) > 2 and t[-2:] in ("’s", "'s"):
            t = t[:-2]
        return t.rstrip(".") or t


_TOKEN_RE = re.compile(
    r"[^\W_][\u0300-\u036f]*(?:(?:[’'\-]|\.(?![A-Z][a-z])|[\x80-\x9f\xa1-\xbf\u0300-\u036f]+)?"
    r"[^\W_][\u0300-\u036f]*)*\.?"
    r"|(?<!-)--(?!-)|[^\w\s]")
"""A word or one other character. A word keeps inner apostrophes, hyphens and dots
(`O’Brien`, `Crouse-Mays`, `U.S.`; but `said.Trump`, two sentences glued by a lost space, is
three tokens), combining accents (`José` written decomposed) and Latin-1 symbols, so a name
garbled by a wrong decoding (`FranÃ§ois`) stays one word. A typed dash (`--`) is one token
(see tokenize)."""

OPENING_MARKS = " \n\t“”\"‘’'([—–-"
"""What may stand before a sentence's first word (spaces, quote marks, brackets, dashes)."""


_PARTY_STATE = re.compile(r"(?:[RDI]|DFL)-[A-Z][a-z]+$")
"""A party label and its state or home town (`R-Iowa`, Minnesota's `DFL-Rochester`)."""


def _keeps_dot(word: str) -> bool:
    """The final dot belongs to the word: an initial, a dotted acronym, an abbreviation, a
    party-and-state label (`R-Fla.`)."""
    core = word[:-1]
    return (len(core) == 1 or "." in core or core.lower() in ABBREVIATIONS
            or _PARTY_STATE.match(core) is not None)


def _number_sign(text: str, word: str, e: int) -> bool:
    """`No.` or `Nos.` before a number (`the No. 2 Republican`) keeps its dot."""
    return word in ("No.", "Nos.", "no.", "nos.") and text[e + 1 : e + 2].isdigit()


def _letter_ends(text: str, word: str, e: int, hi: int) -> bool:
    """A capital letter's dot that ends its paragraph or a sentence the next word shows
    ended (`“We can try,” said Mr. K.`): a full stop, not an initial's."""
    return len(word) == 2 and word[0].isupper() and (
        e >= hi or text[e] == "\n" or _AFTER_LAST_WORD.match(text, e, hi) is not None)


_AFTER_LAST_WORD = re.compile(r" +[a-z“\"]")
"""What follows a sentence's last word rather than an initial (see _letter_ends)."""


def tokenize(text: str, lo: int, hi: int) -> list[Tok]:
    """Words and punctuation of text[lo:hi].

    Edge cases: a sentence's final dot is its own token unless the word is an abbreviation or
    an initial (`Sen.`, `J.`, `U.S.`); inner apostrophes and hyphens stay in the word
    (`O'Neill`, `Wasserman-Schultz`, `Russia’s`); a dash typed as two hyphens (`Obama --
    who…`) is the token `—`, so every rule that reads tokens knows it as a dash.
    """
    out: list[Tok] = []
    for m in _TOKEN_RE.finditer(text, lo, hi):
        t, s, e = m.group(), m.start(), m.end()
        if t == "--":
            out.append(Tok("—", s, e))  # a dash typed as two hyphens reads as one
        elif len(t) > 1 and t.endswith(".") and not _number_sign(text, t, e) and (
                not _keeps_dot(t) or _letter_ends(text, t, e, hi)):
            out.append(Tok(t[:-1], s, e - 1))
            out.append(Tok(".", e - 1, e))
        else:
            out.append(Tok(t, s, e))
    return out


def is_cap(t: Tok) -> bool:
    """Starts with a capital letter, or is a name that opens with an Arabic article
    (`al-Assad`, `el-Sisi`); not a thing named by a letter (`X-ray`, `T-shirt`, `U-turn`)."""
    if _LETTER_THING.match(t.text):
        return False
    return t.text[0].isupper() or (t.text[0] in "ae" and _ARTICLE_NAME.match(t.text) is not None)


_LETTER_THING = re.compile(r"[A-Z]-[a-z]")
"""A word that opens with a capital letter and a hyphen before lower case: a thing (`chest
X-ray`), never a name (see is_cap)."""


def place_modifier(t: Tok) -> bool:
    """A place's name made a word that describes what follows (`the Athens-based operator,
    Kalliste Maritime,`, `the Kyrenets-based Centre for Energy Research`): no name starts
    there."""
    return t.text[0].isupper() and _PLACE_MODIFIER.search(t.text) is not None


_PLACE_MODIFIER = re.compile(r"\w-(?:based|born|headquartered)$")
"""The endings of a place made a modifier (see place_modifier)."""


_ARTICLES = "al|el|as|ash|ad|an|ar|at|az"
"""Arabic articles a surname may open with, joined by a hyphen (`al-Assad`, `el-Sisi`)."""
_ARTICLE_NAME = re.compile(rf"(?:{_ARTICLES})-[A-Z][a-z]")
"""A surname that opens with an Arabic article: the word after it is the name (see _EPITHET)."""


def is_word(t: Tok) -> bool:
    """A word, not punctuation or a quote."""
    return t.text[0].isalnum()


class Page(NamedTuple):
    """The article text, and the words it uses in lower case (so that a capitalised
    `Officials` or `Speaking` at a sentence start is not taken for a name)."""

    text: str
    common: frozenset[str]
    mid_names: frozenset[str] = frozenset()
    """The words ending in -ing, -ed or -ly that it capitalises right after another word or a
    title (`said Manning`, `Jack Reed`, `Bill O'Reilly`, `Dr. Browning`), lower-cased. Such a
    word is a name even where it opens a sentence, unless the page also writes it in lower
    case (see name_mention)."""
    story_roles: frozenset[str] = frozenset()
    """In a story, the trades that name a person too (see STORY_ROLES); none in a report."""
    own_roles: frozenset[str] = frozenset()
    """In a report, the words for a person that it sets before or after somebody's name
    (see report_roles): its `the elder said` is the one so described."""
    given_words: frozenset[str] = frozenset()
    """In a story, the words it uses as somebody's given name though they are dates or
    sentence words elsewhere (`June Okafor`, then `June closed her eyes`; see given_words)."""
    story_titles: frozenset[str] = frozenset()
    """In a story, the capitalised ranks it invents or the lists lack (see story_titles):
    `High Magister Ilse Varro` is Ilse Varro, and `the Magister` her rank."""
    role_surnames: frozenset[str] = frozenset()
    """The role words it writes as a surname after a known first name (`Anne Porter`, `Jo
    Butler`), lower-cased: capitalised alone, with no article before, they are that person
    (see _page_kind)."""

    def role_word(self, low: str) -> bool:
        """low names a person by role here: in the lists, or a story's trade, or a word
        this report described somebody with."""
        return low in ROLE_NOUNS or low in self.story_roles or low in self.own_roles or (
            low.endswith("-year-old"))


def report_roles(text: str) -> frozenset[str]:
    """The lower-case words for a person that a report sets right before a name of two
    words or more (`the Warlpiri elder Aunty Dot Walker`, `Volunteer beekeeper Tom Baxter`)
    or heads an aside after one (`Tom Baxter, a beekeeper from Kent,`), or that brings in
    somebody unnamed who speaks (`One currency trader in Accra said`): with them the
    report calls that person by role later (`“…,” the elder said.`). Only words shaped
    like a person's (see _personish); not after a pronoun, `to` or a modal, where the word
    is a verb (`they remember Ronald Reagan`)."""
    found = {m.group(2) for m in _BEFORE_NAME.finditer(text) if m.group(1) is None or (
        m.group(1).lower() not in _VERB_BEFORE)}
    found |= {m.group(1) for m in _APPOSED.finditer(text)}
    found |= {m.group(1) for m in _BROUGHT_IN.finditer(text)}
    return frozenset(w for w in found if _personish(w) or w.endswith("man"))


def story_roles_named(text: str, roles: frozenset[str]) -> frozenset[str]:
    """The story's roles (see STORY_ROLES) it sets right before a name of two words or more
    (`The dwarf Bren Tallow had been sitting by the fire`): with them the story calls that
    person by role later (`“I ride,” the dwarf said.`), as a report does (see
    report_roles)."""
    return frozenset(m.group(2) for m in _BEFORE_NAME.finditer(text)) & roles


def given_words(text: str) -> frozenset[str]:
    """The words a story names somebody with that the lists keep from names (a month, a
    modal: `June`, `April`, `Will`), lower-cased: used before a surname (`June Okafor`, not
    after `in` or `since`) and as a speaker in a cue (`June said`, `said June`) or as the
    subject opening a sentence with a past verb (`June folded the towel`), or given as a
    nickname (`whom the whole crew called Dutch`)."""
    nicknames = {w for w in (m.group(1).lower() for m in _NICKNAMED.finditer(text)) if (
        w in NOT_NAMES or w in DEMONYMS or nation_adjective(w))}  # `Hendrik Vos, whom the
    # whole crew called Dutch`
    cued = {(m.group(1) or m.group(2)).lower() for m in _GIVEN_CUED.finditer(text)}
    cued = {w for w in cued if w in NOT_NAMES and first_name_gender(w) != "unknown"}
    acting = {m.group(1).lower() for m in _GIVEN_ACTS.finditer(text)}
    acting = {w for w in acting if w in NOT_NAMES and first_name_gender(w) != "unknown"}
    if not cued and not acting:
        return frozenset(nicknames)  # most stories: the long search below is not needed
    before = {m.group(1).lower() for m in _GIVEN_BEFORE.finditer(text)
              if m.group(2).lower() not in NOT_NAMES}
    after_line = {(m.group(1) or m.group(2)).lower() for m in _GIVEN_AFTER_LINE.finditer(text)}
    return frozenset((before | after_line) & cued) | (before & acting) | nicknames


_NICKNAMED = re.compile(r"(?:\b(?:called|calls|call) (?:him|her|me)|\bwhom [\w ,]{1,40}? called"
                        r"|\bknown as) [“\"‘]?([A-Z][a-z]+)\b(?![ -][A-Z])")
"""A nickname given to somebody (`whom the whole crew called Dutch`, `known as Spanner`;
see given_words)."""


_GIVEN_BEFORE = re.compile(r"(?<!\b[Ii]n )(?<!\b[Ss]ince )(?<!\b[Oo]f )(?<!\b[Bb]y )(?<!\b[Ll]ast )"
                           r"(?<!\b[Nn]ext )(?<!\b[Tt]his )(?<!\b[Uu]ntil )(?<!\b[Ll]ate )"
                           r"(?<!\b[Ee]arly )(?<!\b[Ss]ay )(?<!\b[Tt]o )"
                           r"\b([A-Z][a-z]+) +([A-Z][a-z]{2,})\b")
"""A capitalised word before a surname-shaped one (see given_words)."""
_GIVEN_CUED = re.compile(r"\b([A-Z][a-z]+) +(?:said|asked|replied|answered|whispered|laughed"
                         r"|murmured|called|shouted|sighed|hissed|snapped|told|muttered|added"
                         r"|admitted|agreed|insisted|protested)\b|\b(?:said|asked|replied"
                         r"|answered|whispered|murmured|called|shouted|hissed|snapped|muttered"
                         r"|added) +([A-Z][a-z]+)\b(?! +[A-Z])")
"""A capitalised word as the speaker of a cue (see given_words)."""
_GIVEN_ACTS = re.compile(r"(?:^|[.!?”] +)([A-Z][a-z]+) +(?:[a-z]{3,}ed|took|gave|came|went|put"
                         r"|sat|stood|said|told|held|kept|made|felt|knew|thought|began|shook"
                         r"|turned|looked)\b", re.M)
"""A capitalised word opening a sentence as the subject of a past verb (`June folded the
towel`): with the word before a surname elsewhere (`June Ashworth came in`), a story's
person, though no cue names her so (see given_words)."""
_GIVEN_AFTER_LINE = re.compile(r"[”\"],? +([A-Z][a-z]+) +(?:said|asked|replied|answered|whispered"
                               r"|murmured|called|shouted|hissed|snapped|muttered|added)\b"
                               r"|[”\"],? +(?:said|asked|replied|answered|whispered|murmured"
                               r"|called|shouted|hissed|snapped|muttered|added) +([A-Z][a-z]+)\b"
                               r"(?! +[A-Z])")
"""A capitalised word as the speaker of a cue right after a line (`“By one car,” June
said.`): a story's person, though no surname ever follows it (see given_words)."""


def story_trades(text: str) -> frozenset[str]:
    """The trades that are also common surnames (see SURNAME_TRADES) that a story brings
    somebody in by, with `a` or `an` (`Once there was a miller who had a daughter`): there
    `said the miller` names that person, not a Mr Miller; and in a story whose machine
    speaks under a name in capitals (`“…,” MERIDIAN said`), the words for it (`said the
    ship`, see MACHINE_WORDS)."""
    machine = MACHINE_WORDS if _MACHINE_SPEAKS.search(text) else frozenset()
    return frozenset(m.group(1) for m in _TRADE_BROUGHT_IN.finditer(text)) | machine


_MACHINE_SPEAKS = re.compile(
    r"[”\"],? +(?:(?:said|asked|replied|answered) [A-Z]{3,}\b(?![’'])|[A-Z]{3,} (?:said|asked|"
    r"replied|answered)\b)")
"""A line cued by a name in capitals, a story's ship or computer (see story_trades)."""
MACHINE_WORDS = word_set("ship computer overseer system")
"""What a story may call its machine that speaks (`the ship said`; see story_trades)."""


SURNAME_TRADES = word_set(
    """miller smith weaver carter porter tailor fisher mason cooper butler shepherd hunter
    archer fowler potter turner wright thatcher sexton fletcher brewer draper glover chandler
    tanner dyer skinner""")
"""Trades that are common surnames, kept out of STORY_ROLES (see story_trades)."""
_TRADE_BROUGHT_IN = re.compile(
    r"\b(?:[Aa]n?|[Tt]here (?:was|lived) an?) (?:(?:old|young|poor|rich|good|kind|little|"
    r"humble|honest|wicked|clever) )?(" + "|".join(sorted(SURNAME_TRADES)) + r")\b")


def story_titles(text: str) -> frozenset[str]:
    """The capitalised words a story sets before a name of two words (`High Magister Ilse
    Varro`) and also uses alone after `the` as somebody's rank (`The Magister unrolled a
    scroll`, `at the Magister's elbow`), lower-cased; never a word it also writes in lower
    case, a title or role the lists know, a place, a people or a first name (`the Clinton
    campaign` has no verb after it anyway)."""
    before = {m.group(1) for m in _TITLE_BEFORE.finditer(text)}
    alone = {m.group(1) for m in _THE_TITLE.finditer(text)}
    common = {w.lower() for w in re.findall(r"\b[a-z][a-z’'-]*\b", text)}
    return frozenset(w.lower() for w in before & alone if w.lower() not in common
                     and w.lower() not in TITLES | ROLE_NOUNS | PLACES | DEMONYMS
                     and first_name_gender(w.lower()) == "unknown")


_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]{3,})(?= +[A-Z][a-z]+ +[A-Z][a-z]+\b)")
"""A capitalised word before two more (`Magister Ilse Varro`; see story_titles)."""
_THE_TITLE = re.compile(r"\b[Tt]he +([A-Z][a-z]{3,})(?:[’']s\b|[,;!?]|\.(?! [a-z])| +(?:[a-z]+ed"
                        r"|said|says|was|had|is|has|stood|sat|spoke|turned|looked|took|gave"
                        r"|made|came|went|rose|drew|held|let|kept|shook|seemed)\b)")
"""`the` and a capitalised word that acts or owns alone (`The Magister unrolled`, `the
Magister’s elbow`; see story_titles)."""


_NAME_WORD = r"[A-Z][\w’'-]+"
_BEFORE_NAME = re.compile(
    rf"(?:\b([A-Za-z]+)\s+)?\b([a-z][a-z-]{{3,}})\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD})+")
_APPOSED = re.compile(
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*,\s+(?:\d+,\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?"
    r"([a-z][a-z-]{3,})(?=\s+(?:of|from|at|for|in|with|who|on|and)\b|[,.;])")
_BROUGHT_IN = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}?([a-z][a-z-]{2,})"
    r"(?=\s+(?:in|on|at|from|for|with|near|outside|who|said|says|told|complained|explained"
    r"|insisted|warned|recalled|admitted|argued|[a-z]+ing\s+[a-z]+)\b|,)")
"""`One currency trader in Accra said`, `a farmer who…`, `a trader selling sacks of sorghum
complained`: the word for somebody unnamed."""
_VERB_BEFORE = word_set("""i you he she it we they who to will would can could may might
    should must shall did does do""")
_NOT_PERSONS = word_set(
    """former latter other another whether either neither rather ever never however
    together after over under later earlier older younger newer longer order letter
    number percent moment event content accident current recent different
    silent present important significant restaurant want center centre""")


def _personish(word: str) -> bool:
    """A word shaped like one for a person: a role, or a noun ending as `farmer`,
    `beekeeper`, `pianist`, `migrant`, `librarian`, `student`, `trainee` do, or `elder`,
    `chef`, `nurse`, `midwife`, `guide`, `pilot`, `monk`, `poet` (see _person_shaped); not a
    word that only ends so (see _NOT_PERSONS)."""
    if word in _NOT_PERSONS or word in PREPOSITIONS:
        return False
    return word in ROLE_NOUNS or word in _PERSON_WORDS or _person_shaped(word)


_PERSON_WORDS = word_set("""elder chef nurse midwife guide pilot monk poet nanny cleric shepherd
    fan""")


def make_page(text: str) -> Page:
    """The Page of an article text."""
    return Page(text, frozenset(m.group() for m in re.finditer(r"\b[a-z][a-z’'-]*\b", text)),
                frozenset(m.group().lower() for m in _MID_NAME.finditer(text)),
                role_surnames=frozenset(
                    m.group(2).lower() for m in _FIRST_THEN_CAP.finditer(text)
                    if m.group(2).lower() in ROLE_NOUNS - PERSON_TITLES and first_name_gender(
                        m.group(1).lower()) != "unknown" and m.group(1).lower() not in ROLE_NOUNS))


_FIRST_THEN_CAP = re.compile(r"\b([A-Z][a-z]+) +(?=([A-Z][a-z]+)\b)")
"""A capitalised word after another (see Page.role_surnames)."""


_MID_NAME = re.compile(
    r"(?:(?<=[^\W\d_] )|(?<=\b(?:Dr|Mr|Ms)\. )|(?<=\b(?:Mrs|Sen|Rep|Gov)\. ))"
    r"[A-Z][A-Za-z’']*[a-z](?:ing|ed|ly)\b")
"""A word ending in -ing, -ed or -ly capitalised after a word or a title (see mid_names)."""


def is_possessive(t: Tok) -> bool:
    """Ends in ’s or 's (`Trump’s`)."""
    return len(t.text) > 2 and t.text[-2:] in ("’s", "'s")


# --------------------------------------------------------------------------------------------
# Mentions: who a stretch of words names
# --------------------------------------------------------------------------------------------

MentionKind = Literal["name", "pronoun", "role", "org"]


@dataclass(frozen=True)
class Mention:
    """Words that name a possible speaker."""

    kind: MentionKind
    """name: a person's name; pronoun; role: `the spokesman`; org: `the ministry`."""
    text: str
    """The words as written (titles included)."""
    start: int
    """Offset of the first word."""
    end: int
    """Offset past the last word."""
    name: tuple[str, ...] = ()
    """For names and named organisations: the name words without titles."""
    titles: tuple[str, ...] = ()
    """Lower-cased title and role words that came with it (`press`, `secretary`)."""
    gender: Gender = "unknown"
    """What the words themselves say (Ms., spokeswoman, she, a first name)."""
    definite: bool = True
    """False for `a spokesman`, `officials`: nobody in particular."""
    weak: bool = False
    """One capitalised word at a sentence start that the article also uses in lower case
    (`Officials`, `Speaking`): a name only if the article names someone so elsewhere. After
    a lower-case word (`said the Mouse`) the capital is deliberate and the word is a name."""


def run_token(t: Tok) -> bool:
    """A word that may be part of a capitalised name run (not `He`, not `Don’t`)."""
    if t.low in NAME_SUFFIXES or (len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper()):
        return True  # an initial: `Julie A. Diaz`
    return is_cap(t) and is_word(t) and t.low not in RUN_BREAK and not t.low.endswith(
        ("n’t", "n't")) and not PHRASAL_THING.search(t.text)


PHRASAL_THING = re.compile(r"^[A-Z][a-z]+-(?:it|in|on|up|out|off|by|thru|through|over)$")
"""A thing named by a verb and its particle (`Post-it`, `Walk-in`, `Check-in`), never a
person's name (see run_token)."""


_THINGS_IN_CAPITALS = word_set(
    "ai ml dna rna gps tv pc ev evs vr hiv aids gdp usb api apis mri icu covid")
"""Things written in capitals, never a name nor part of one (`AI models`; but `Ai Jun`)."""


_CONTRACTION_NEXT = word_set(
    """been got gotten going not never already also just still said told done had made taken
    now a an the no very really always only all been been getting coming"""
)


def possessive_at(toks: Sequence[Tok], j: int) -> bool:
    """toks[j] is a possessive (`Trump’s plan`), not a contraction (`Christie's been`)."""
    return is_possessive(toks[j]) and not (
        j + 1 < len(toks) and toks[j + 1].low in _CONTRACTION_NEXT
    )


def owner_of(t: Tok) -> Tok:
    """The name inside a possessive word (`Trump’s` -> `Trump`)."""
    return Tok(t.text[:-2], t.start, t.end - 2)


def _linker(toks: Sequence[Tok], k: int) -> bool:
    """A lower-case word that may sit inside a run: a particle, `of`, `&` (a firm's name:
    `Ashby & Cole`), or `on`/`for` after an institution's head (`Commission on Presidential
    Debates`, `Center for American Progress`)."""
    t = toks[k].text
    return t in PARTICLES or t in ("of", "&") or (t == "and" and _org_and(toks, k)) or (
        t in ("on", "for") and k > 0 and (toks[k - 1].low in _INSTITUTION_HEADS or (
            _headed_before(toks, k))))


def _headed_before(toks: Sequence[Tok], k: int) -> bool:
    """A public body's head and `of the` open the run that ends before toks[k] (`Office of
    the High Commissioner` for Human Rights): its name goes on after `for` or `on`."""
    n = k - 1
    while n > 0 and k - n < 8 and (run_token(toks[n]) or toks[n].text == "the"):
        n -= 1
    return n > 0 and k - n < 8 and toks[n].text == "of" and toks[n - 1].low in _PUBLIC_BODIES


def _org_and(toks: Sequence[Tok], k: int) -> bool:
    """`and` at toks[k] is inside one organisation's name: after its head and `of` (`University
    of Science and Technology`, `Department of Health and Human Services`), or before its
    head (`Food and Drug Administration`); not between two names (`Harvard University and
    Yale University`, `Smith and Jones`)."""
    b = k
    while b > 0 and (run_token(toks[b - 1]) or toks[b - 1].text in ("of", "for") or (
            toks[b - 1].text == "," and b - 2 >= 0 and run_token(toks[b - 2]) and (
                run_token(toks[b])))):
        b -= 1  # `Union of Shop, Distributive and Allied Workers`: a list inside the name
    f = k + 1
    while f < len(toks) and (run_token(toks[f]) or _plural_owner_head(toks, f)):
        f += 1  # `Workers’ Union`
    before = [t.low for t in toks[b:k] if t.text != ","]
    after = [t.low for t in toks[k + 1 : f] if is_word(t)]
    if not before or not after or any(first_name_gender(w) != "unknown" for w in before):
        return False
    headed = any(w in ("of", "for") and n > 0 and before[n - 1] in ORG_HEADS
                 for n, w in enumerate(before))  # `Department for Environment, Food and…`
    if headed:
        return not any(w in ORG_HEADS for w in after)
    return after[-1] in ORG_HEADS and not any(w in ORG_HEADS for w in before)


def _plural_owner_head(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] is the apostrophe of a plural owner before a body's head (`Workers’ Union`)."""
    return toks[k].text in ("’", "'") and k > 0 and toks[k - 1].text.endswith("s") and (
        k + 1 < len(toks) and run_token(toks[k + 1]) and toks[k + 1].low in ORG_HEADS)


def _org_comma(toks: Sequence[Tok], k: int) -> bool:
    """The comma at toks[k] sits inside one organisation's name that lists its members
    (`the Bakers, Food and Allied Workers’ Union`, `the National Union of Rail, Maritime and
    Transport Workers`): capitalised words (and perhaps one more comma) up to an `and` that
    joins one body's name (see _org_and)."""
    n = k + 1
    while n < len(toks) and n - k <= 8 and (run_token(toks[n]) or (
            toks[n].text == "," and n + 1 < len(toks) and run_token(toks[n + 1]))):
        n += 1
    return n > k + 1 and n < len(toks) and toks[n].text == "and" and _org_and(toks, n)


_INSTITUTION_HEADS = word_set(
    """commission council committee center centre institute coalition foundation alliance
    department ministry office agency""")
"""Heads whose names go on after `on` or `for` (`Council on Foreign Relations`, `Department
for Environment, Food and Rural Affairs`, `Office for National Statistics`)."""


def _linked_org(low: Sequence[str]) -> bool:
    """A run whose organisation head takes a linker: `Association of Flight Attendants`,
    `Department of Justice`, `U.S. Senate Committee on Homeland Security`, `Royal Bank of
    Canada` (only places, other heads and up to two words of the organisation's own before
    it: no title and no first name, `Professor Ann Roe of the…` stays a person's)."""
    for n, w in enumerate(low[:-2]):
        if w in ORG_HEADS and low[n + 1] in ("of", "on", "for"):
            return True
        if not (w in ORG_HEADS or w in PLACES or (n < 2 and w.isalpha() and w not in TITLES
                                                  and first_name_gender(w) == "unknown")):
            return False
    return False


def run_start(toks: Sequence[Tok], j: int) -> int:
    """Start index of the capitalised run ending at toks[j] (particles and `of` may sit
    inside: `Charles de Gaulle`, `Secretary of State John Kerry`).

    Edge cases: a possessive word cannot be inside a run (`Trump’s Jen Psaki` is two); a
    sentence word cannot either (`D.C. He`); the first word may be one (`But Smith`).
    """
    i = j
    while i - 1 >= 0:
        t = toks[i - 1]
        inside = (run_token(t) and (not possessive_at(toks, i - 1) or _office_of_post(
            toks, i))) or (_rank_ordinal(toks, i - 1) and i >= 2 and run_token(toks[i - 2]))
        linked = i - 2 >= 0 and run_token(toks[i - 2]) and (_linker(toks, i - 1) or (
            _plural_owner_head(toks, i - 1)) or (t.text == "," and _org_comma(toks, i - 1)))
        if not (inside or linked) and t.text in PARTICLES and i - 3 >= 0 and toks[
                i - 2].text in PARTICLES and run_token(toks[i - 3]):
            i -= 2  # `Ursula von der Leyen`
        elif t.text == "the" and i - 3 >= 0 and toks[i - 2].text in ("of", "for") and (
                toks[i - 3].low in _PUBLIC_BODIES and run_token(toks[i - 3])):
            i -= 2  # `Office of the High Commissioner for Human Rights`, as run_end reads it
        elif inside or linked:
            i -= 1
        else:
            break
    if i > 0 and is_cap(toks[i - 1]) and toks[i - 1].low in RUN_BREAK:
        i -= 1
    return i


def _office_of_post(toks: Sequence[Tok], i: int) -> bool:
    """The possessive before toks[i] names a post or people whose body toks[i] heads, all in
    capitals (`District Attorney’s Office`, `Children’s Hospital`), or a disease (see
    _EPONYMS): one name, not an owner and the next person (`Trump’s Jen Psaki`)."""
    owner = owner_of(toks[i - 1]).text.lower()
    if owner in _EPONYMS and is_cap(toks[i]) and is_word(toks[i]):
        return True  # `Alzheimer’s Research UK`, `Parkinson’s UK`: a disease's name
    return (owner in TITLES or owner in ROLE_NOUNS or owner in _PEOPLE_OWNERS) and (
        toks[i].low in ORG_HEADS and is_cap(toks[i]))


_PEOPLE_OWNERS = word_set("children women men people veterans workers")
_EPONYMS = word_set("alzheimer parkinson huntington crohn tourette asperger hodgkin down")
"""Names of diseases written with a possessive, which open the names of the bodies that work
on them (`the Alzheimer’s Association`, `Parkinson’s UK`; see _office_of_post)."""


def run_end(toks: Sequence[Tok], i: int) -> int:
    """End index (exclusive) of the capitalised run starting at toks[i]."""
    if i >= len(toks) or not (is_cap(toks[i]) and is_word(toks[i])):
        return i
    j = i + 1
    if possessive_at(toks, i) and not (j < len(toks) and _office_of_post(toks, j)):
        return j
    while j < len(toks):
        t = toks[j]
        if run_token(t):
            j += 1
            if possessive_at(toks, j - 1) and not (j < len(toks) and _office_of_post(toks, j)):
                break
        elif (_linker(toks, j) and j + 1 < len(toks) and run_token(toks[j + 1]) and not (
                t.text == "of" and j - 1 == i and toks[i].low in _PARTITIVES)) or (
                t.text == "," and _org_comma(toks, j)):
            j += 1
        elif toks[j].text in PARTICLES and j + 2 < len(toks) and toks[j + 1].text in (
                PARTICLES) and run_token(toks[j + 2]):
            j += 2  # `Ursula von der Leyen`, `Oscar de la Renta`
        elif t.text in ("of", "for") and j + 2 < len(toks) and toks[j + 1].text == "the" and (
                toks[j - 1].low in _PUBLIC_BODIES and run_token(toks[j + 2])):
            j += 2  # `the Office of the Data Protection Commissioner`, `the United Nations
            # Office for the Coordination of Humanitarian Affairs`
        elif _plural_owner_head(toks, j) or _rank_ordinal(toks, j):
            j += 1  # `the Millbrook Residents’ Association`: one body; `Petty Officer 2nd
            # Class Aaliyah Brooks`: one rank
        else:
            break
    return _person_before_owner(toks, i, j)


def _rank_ordinal(toks: Sequence[Tok], j: int) -> bool:
    """toks[j] is a rank's ordinal in figures before `Class` (`Petty Officer 2nd Class`):
    inside the name run (see run_end, run_start, _rank_class)."""
    return toks[j].low in ("1st", "2nd", "3rd") and j + 1 < len(toks) and (
        toks[j + 1].low == "class")


_PARTITIVES = word_set("""shares stock members thousands hundreds millions dozens residents
    supporters fans officials leaders critics friends workers employees customers users
    investors parts most many some all none both each one two three several""")
"""A sentence's first word that `of` does not join to the name after it (`Shares of Corvel
Systems fell`, `Members of Congress`: the name is `Corvel Systems`; but `Bank of America`)."""


FAMILY_HEADS = word_set("family families household clan")
"""Words after a surname and `the` that mean the whole family (`the Park family`)."""


def _person_run_before(toks: Sequence[Tok], k: int) -> bool:
    """The capitalised run that ends right before toks[k] is a person's name: two words
    or more, opening with a title or a known first name, ending in none (`Sergeant Paul
    Wickens`, `Dr Ana Ruiz`; not `Department`, `Secretary`)."""
    a = k
    while a > 0 and is_cap(toks[a - 1]) and is_word(toks[a - 1]):
        a -= 1
    if k - a < 2 or toks[k - 1].low in TITLES or toks[k - 1].low in ORG_HEADS:
        return False
    return _opens_a_person(toks[a])


def _opens_a_person(t: Tok) -> bool:
    """t is a title or a known first name, the way a person's name opens (`Sergeant`,
    `Dr.`, `Paul`)."""
    first = t.low.rstrip(".")
    return first in TITLES or first in TITLE_FULL or first_name_gender(first) != "unknown"


def _person_before_owner(toks: Sequence[Tok], i: int, j: int) -> int:
    """The end of the run toks[i:j], cut before its `of` when a person's name comes before
    it and a possessive ends it: `Sergeant Paul Wickens of Lincolnshire Police’s serious
    collision unit said` is Sergeant Paul Wickens, the subject, not an owner (`Sergeant
    Paul Wickens of Lincolnshire Police said` stays one run; so does `the Bank of England’s`,
    no person's)."""
    if not possessive_at(toks, j - 1):
        return j
    of = next((k for k in range(i + 2, j) if toks[k].text == "of"), -1)
    return of if of > 0 and _opens_a_person(toks[i]) and not possessive_at(toks, of - 1) else j


_PUBLIC_BODIES = word_set(
    "office ministry department bureau commission council committee federation society")
"""Heads of a body whose name goes on after `of the` (`Ministry of the Interior`,
`International Committee of the Red Cross`)."""


def first_name_gender(word: str) -> Gender:
    """Gender of a first name from the small tables (unknown when in both or neither); accents
    do not count (`Andrés` is `Andres`, `Zoë` is `Zoe`)."""
    w = word.lower()
    if not w.isascii():
        w = unaccented(w)
    if w.count("-") == 1 and w not in FEMALE_NAMES and w not in MALE_NAMES:  # (not
        # `Winnie-the-Pooh`)
        first, _, rest = w.partition("-")
        return "male" if first == "jean" else (  # `Jean-Baptiste`, `Jean-Pierre`: French
            first_name_gender(rest) if first_name_gender(rest) != "unknown" else (
                first_name_gender(first)))  # `Marie-Claire`, `Ana-Lucia`
    f, m = w in FEMALE_NAMES, w in MALE_NAMES
    if w in _EITHER_NAMES:
        return "unknown"  # `Colonel Aubrey Fanshawe`: the pronouns tell
    if f and not m:
        return "female"
    if m and not f:
        return "male"
    return "unknown"


_EITHER_NAMES = word_set("aubrey leslie robin evelyn vivian jocelyn")
"""First names the tables give one gender that older novels give men as often as women
(`Colonel Aubrey Fanshawe`, `Evelyn Waugh`): gender unknown, left to the pronouns."""


def _one_word_gender(w: str) -> Gender:
    """The gender of a person a story names by one word: a first name's, a kin word's (`Gran`,
    `Papa`), or a word for a woman or a man of a people (`the Englishwoman`, `the Frenchman`;
    not in a longer name: `Horsewoman Lucy Hart` is Lucy)."""
    if w.endswith(("woman", "women")):
        return "female"
    if w in _MEN_OF:
        return "male"
    return HONORIFIC_GENDER.get(w) or first_name_gender(w)  # `Gran`, `Papa`, `Mum`


_WOMEN_OF = word_set(
    """englishwoman frenchwoman irishwoman scotswoman welshwoman dutchwoman""")
"""Capitalised words for women of a people (see _MEN_OF)."""
_MEN_OF = word_set(
    """englishman englishmen frenchman frenchmen irishman irishmen scotsman scotsmen
    welshman welshmen dutchman dutchmen chinaman chinamen norseman norsemen""")
"""Capitalised words for men of a people (`the Frenchman`, how The Gambler calls De Griers);
not `-man` surnames (`Coleman`, `Freeman`)."""


def unaccented(word: str) -> str:
    """The word with its accents dropped (`erdoğan` -> `erdogan`); other letters stay."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_GENERIC_MAN = word_set("spokesman chairman congressman councilman assemblyman businessman")


def _generic_man(titles: Sequence[str]) -> bool:
    """The only gendered words are `-man` titles that news also gives women (`Trump spokesman
    Hope Hicks`): a woman's first name outweighs them."""
    gendered = [t for t in titles if HONORIFIC_GENDER.get(t, "unknown") != "unknown"]
    return bool(gendered) and all(t in _GENERIC_MAN for t in gendered)


def titles_gender(titles: Iterable[str]) -> Gender:
    """Gender said by an honorific or a gendered title (Ms., spokeswoman, congressman)."""
    for t in titles:
        g = HONORIFIC_GENDER.get(t, "unknown")
        if g != "unknown":
            return g
    return "unknown"


_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday today yesterday")
CALENDAR_WORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec""")
"""Names of days and months and their short forms: a date, never a person's name."""
_TIME_WORDS = _WEEKDAYS | word_set(
    "on late early later earlier last night morning afternoon evening")
"""Words of a time phrase between a subject and its verb (`Priebus later Thursday told`)."""


TITLE_FULL = {
    "sen": "senator", "rep": "representative", "gov": "governor", "pres": "president",
    "gen": "general", "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
    "adm": "admiral", "maj": "major", "dr": "doctor", "prof": "professor", "rev": "reverend",
    "det": "detective", "insp": "inspector", "supt": "superintendent",
    "cllr": "councillor", "cr": "councillor", "brig": "brigadier", "cdr": "commander",
    "atty": "attorney", "sec": "secretary", "usec": "undersecretary",
    "engr": "engineer", "di": "inspector", "dci": "inspector", "ds": "sergeant",
    "dc": "constable", "pc": "constable", "wpc": "constable", "dsi": "superintendent",
    "dcs": "superintendent", "super": "superintendent", "sarge": "sergeant",
    "congressman": "lawmaker", "congresswoman": "lawmaker", "senator": "lawmaker",
    "representative": "lawmaker",
}
"""Abbreviated titles spelled out, and a few synonyms, for `the senator` after `Sen. X` (and
`the inspector` after `DI Anand Raghunathan`, `the Super` after `Detective Chief
Superintendent Raymond Orr`: British police ranks)."""

_MEMBER_OF_CONGRESS = word_set("congressman congresswoman")
"""What a Rep. is called in the narration (see People.describe)."""
_CLERGY = word_set("vicar rector parson pastor priest clergyman chaplain curate")
"""What a Reverend is called in the narration (see People.describe)."""

_TITLE_ROLES = word_set(
    """senator congressman congresswoman representative governor president secretary minister
    leader chairman chairwoman chair director manager mayor judge justice attorney ambassador
    commissioner officer chief executive ceo founder speaker whip king queen prince princess
    general colonel commander captain sergeant detective inspector sheriff doctor spokesman
    spokeswoman spokesperson superintendent treasurer councilman councilwoman"""
)


def _asks(toks: Sequence[Tok], j: int) -> bool:
    """The sentence that goes on at toks[j] is a question (`Will Tom come back?`)."""
    return next((t.text for t in toks[j:] if t.text in (".", "!", "?")), "") == "?"


def _strip_titles(words: list[Tok], first: bool = False) -> tuple[list[Tok], list[Tok]]:
    """Split a capitalised run into (titles, name): `White House Press Secretary Sean Spicer`
    -> titles up to `Secretary`, name `Sean Spicer`.

    Edge cases: leading sentence words go (`But Smith`, `In June Robert`), but with first
    the first one stays, a first name (`Will Ash`; see name_mention); a title is
    stripped only while a word remains after it (`Rep. Steve King` keeps `King`); places and
    party words before a title go with it (`Texas Sen. Ted Cruz`); weekdays after the name
    go (`Smith Tuesday`); an affiliation after `of` goes (`Joel Pollak of the Tribune` ->
    `Joel Pollak`).
    """
    k = 0
    while k < len(words) - 1 and words[k].low in NOT_NAMES and words[k].low not in PERSON_TITLES:
        if first or _named_epithet(words, k):
            break  # `Will Ash`, `June Rowe`: a first name that is also a common word; `Big
            # Sam` beside `Little Sam`
        k += 1
    end = len(words)
    while end - 1 > k and words[end - 1].low in _WEEKDAYS:
        end -= 1
    words = words[k:end]
    if _linked_org([t.low for t in words]) and not any(t.low in PERSON_TITLES for t in words):
        return [], words  # `Council on Foreign Relations`, but `Council on … Director Jo Roe`
    if len(words) >= 2 and possessive_at(words, len(words) - 2) and _office_of_post(
            words, len(words) - 1):
        return [], words  # `Governor’s Office`: the post names the body
    i = 0
    last_title = max((n for n, t in enumerate(words[:-1]) if t.low in PERSON_TITLES
                      and t.low not in ROLE_NOUNS - _TITLE_ROLES), default=-1)
    if last_title >= 0 and words[last_title + 1].text != "of":
        i = last_title + 1
    elif len(words) > 3 and (words[0].low, words[1].low) in _PAIRED_HONORIFICS:
        i = 2  # `Tan Sri Johari Abdul`, but `Mr Tan`
    while i < len(words) - 1 and (
        words[i].low in TITLES or words[i].low in PLACES or words[i].low in ORG_HEADS
        or words[i].text in PARTICLES or _hyphened_modifier(words[i].low)
        or _hyphened_role(words[i].text) or _rank_class(words, i)
    ):
        i += 1
    patronymic = any(t.low in _CHILD_OF for t in words)  # `Siti Mariam binti Osman`
    while i < len(words) - 1 and (_not_a_first_name(words[i], words[i + 1], patronymic) and (
            i < len(words) - 2 or words[i].low in COMMON_CAPS or _never_first(words[i].low))):
        i += 1  # `Rival Hillary Clinton`, `Democrat Jane Roe`, `Whatever Bloomberg`
    name = [*words[i:-1], _without_honorific(words[-1])]
    cut = next((n for n, t in enumerate(name) if t.text == "of"), -1)
    if cut > 0 and (not any(t.low in ORG_HEADS for t in name) or any(
            t.low in PERSON_TITLES for t in words[:i]) or _named_of(name[:cut])):
        name = name[:cut]  # `Det Insp Sarah Jones of Thames Valley Police`, `Søren Kjær of
        # Aarhus University`
    return words[:i], name


def _without_honorific(t: Tok) -> Tok:
    """A name word without the Japanese or Korean honorific hyphened to it (`Ishikawa-kachō`,
    `Ōno-san`, `Yumi-chan`, `Min-seo-sunbae`, `Ji-won-ssi`; `Dae-sik-ah` but not the given
    name `Su-ah`): the person is the one the bare name means."""
    head, _, tail = t.text.rpartition("-")
    if head[:1].isupper() and (tail.lower() in _HONORIFIC_TAILS or (
            tail in ("ah", "ya") and "-" in head)):
        return Tok(head, t.start, t.start + len(head))
    return t


_HONORIFIC_TAILS = word_set("""san kun chan sama sensei senpai sempai kachō kacho buchō bucho
    shachō shacho ssi nim sunbae seonbae""")
"""Japanese and Korean honorifics and forms of address hyphened after a name (see
_without_honorific)."""


def _rank_class(words: list[Tok], i: int) -> bool:
    """Word i is part of a rank's `First Class` (`Sergeant First Class Reyes`, `Private
    Second Class Holt`, `Petty Officer Third Class`): a title, not the first name `Class`;
    or of a sailor's `Able Seaman` (`Able Seaman John Marchant`; a bare `Seaman` is a
    surname, `Michael Seaman`)."""
    pair = (words[i].low, words[i + 1].low) if i + 1 < len(words) else ("", "")
    before = words[i - 1].low if i > 0 else ""
    return (pair[0] in _CLASS_ORDINALS and pair[1] == "class") or (
        words[i].low == "class" and before in _CLASS_ORDINALS) or (
        pair[0] in _SEAMAN_GRADES and pair[1] == "seaman") or (
        words[i].low == "seaman" and before in _SEAMAN_GRADES)


_CLASS_ORDINALS = word_set("first second third 1st 2nd 3rd")
"""The words before `Class` in a rank (see _rank_class)."""
_SEAMAN_GRADES = word_set("able ordinary leading")
"""The words before `Seaman` in a rank (see _rank_class)."""


def _named_of(before: list[Tok]) -> bool:
    """The words before a run's `of` are a person's name of two words or more (`Søren Kjær`
    of `Søren Kjær of Aarhus University`), not an organisation's or a place's start
    (`Federal Reserve Bank` of `Federal Reserve Bank of New York`), nor a title's
    (`Vadodara Superintendent` of `Vadodara Superintendent of Police Sandeep Patel`)."""
    return len(before) >= 2 and not any(t.low in TITLES for t in before) and _name_kind(
        [], before) == "name"


def _hyphened_modifier(low: str) -> bool:
    """`Korean-born`, `Texas-based`, `Co-anchor`, `Ex-Senator`, `Mother-of-three`: a hyphened
    word before a name that says where someone comes from or what they were, never part of
    the name (`Jean-Paul` and `Ji-Man` are)."""
    head, _, tail = low.rpartition("-")
    return (tail in _ORIGIN_TAILS and bool(head)) or (head in ("co", "ex") and tail in TITLES) or (
        "-of-" in low)  # `Mother-of-three Kelly Dawson`


_ORIGIN_TAILS = word_set("born based raised bred educated trained")


_PAIRED_HONORIFICS = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan")})
"""Malaysian honorifics of two words whose first is a name too (`Tan`, `Puan`): titles only
together (see _strip_titles)."""


def _hyphened_role(text: str) -> bool:
    """`Player-manager`, `Vice-captain`, `Co-founder`, `Premier-elect`: a capitalised word
    whose part after the hyphen is a role in lower case (or whose head is one, before
    `elect`), a title before a name (`Jean-baptiste` is a name)."""
    head, _, tail = text.rpartition("-")
    if tail == "elect":
        return head.lower() in ROLE_NOUNS or head.lower() in TITLES
    return (bool(head) and tail.islower() and (tail in ROLE_NOUNS or tail in TITLES)) or (
        _title_compound(text))


def _title_compound(text: str) -> bool:
    """`Vice-Chancellor`, `Secretary-General`, `Attorney-General`: a capitalised word made of
    title words joined by hyphens, a title (see _hyphened_role and _name_kind), not a
    double-barrelled surname, whose parts are names."""
    parts = text.lower().split("-")
    return len(parts) > 1 and text[:1].isupper() and all(
        w in TITLES or w in ROLE_NOUNS for w in parts)


def _not_a_first_name(word: Tok, nxt: Tok, patronymic: bool = False) -> bool:
    """A capitalised word before a name that cannot be its first name: a common word
    (`Whatever`, `Following`) or an unknown word right before a known first name (`Rival
    Hillary Clinton`, `Universe Alicia Machado`; not before a particle in lower case:
    `Marieke van der Berg`), but not in a name that says whose child they are (`Siti Mariam
    binti Osman`) nor a family name that comes first (`Tran Van Hieu`); `Martin Luther King`
    and `Mary Jane Roe` keep their first names."""
    low = word.low
    if not word.text.isalpha():
        return negation(low)  # `Don’t Republicans…`: a contraction opening a question
    if first_name_gender(low) != "unknown" or low in _SURNAMES_FIRST:
        return False
    return (low in COMMON_CAPS or _never_first(low) or low.endswith("ing")
            or (first_name_gender(nxt.low) != "unknown" and not nxt.text.islower()
                and not patronymic))


def _never_first(low: str) -> bool:
    """A word that opens a sentence before a name and is never its first name: a verb of
    speech (`Continued Stone`), a preposition (`Against Trump`), a role (`Actress Amandla
    Stenberg`, `Top Sanders aides`)."""
    return (low in SPEECH_VERBS or low in FRAGMENT_VERBS or low in PARTICIPLE_VERBS
            or low in PREPOSITIONS or low in ROLE_NOUNS or low in ROLE_ADJ or negation(low))


def negation(low: str) -> bool:
    """A contraction with `not` (`don’t`, `can't`): never a name."""
    return low.endswith(("n’t", "n't"))


def _org_words(words: list[Tok]) -> list[Tok]:
    """An organisation keeps its whole name (`Justice Department`, `White House`, `New York
    Times`), without leading sentence words (`The`, `But`) or place modifiers
    (`Geneva-based`)."""
    k = 0
    while k < len(words) - 1 and ((words[k].low in NOT_NAMES and words[k].low not in PLACES) or (
            place_modifier(words[k]))):
        k += 1  # nor `Geneva-based`: the place it is based in
    out: list[Tok] = []
    for t in words[k:]:
        if t.text in ("’", "'", ",") and out:  # `Residents’ Association`, `Bakers, Food and
            out[-1] = Tok(out[-1].text + t.text, out[-1].start, t.end)  # Allied…`: the
            # mark is the word's
        else:
            out.append(t)
    return out


def participle(t: Tok) -> bool:
    """An `-ing` word that is no first name: capitalised at a sentence's start, a participle
    (`Following Sanders on MSNBC,`, `Speaking in Harlem,`), not part of a name; a word with a
    capital inside is a brand (`WellSpring`, see _CAMEL), or after a hyphen a name
    (`Mei-Ling`, see _CAPITAL_AFTER_HYPHEN)."""
    return t.low.endswith("ing") and len(t.low) > 5 and first_name_gender(t.low) == "unknown" and (
        not _CAMEL.match(t.text)) and not _CAPITAL_AFTER_HYPHEN.search(t.text)


COMPANY_ENDS = word_set(
    """motors holdings industries airlines airways pharma pharmaceuticals therapeutics
    technologies systems labs partners capital energy media foods logistics ventures brewing
    software solutions studios brewery mining resources telecom railways shipping
    construction insurance mobile securities research insights analytics networks
    semiconductor semiconductors robotics biosciences biotech payments electronics devices
    diagnostics genomics freight haulage
    communications automotive aerospace chemicals dynamics computing interactive
    entertainment beverages brands mobility stockbrokers investments consulting inc corp
    co ltd llc plc company corporation""")
"""Last words of a company's name of two words or more (`Harrow Motors`): `the company`
means the one named last (see resolve._KIND_WORDS)."""
_ORG_ENDS = COMPANY_ENDS | word_set("""united rovers athletic wanderers albion hotspur fc town
    city kings stallions bulls broncos giants tigers lions eagles warriors knights rangers
    royals titans panthers bears wolves hawks falcons sharks dolphins jets chiefs raiders
    saints patriots cowboys packers steelers ravens colts jaguars chargers rams cardinals
    vikings pirates mariners yankees dodgers cubs braves mets astros rockies padres
    nationals marlins brewers reds capitals flyers bruins canucks flames oilers penguins
    devils islanders sabres predators hurricanes lakers celtics knicks nets spurs suns
    mavericks rockets pistons pacers bucks hornets clippers thunder blazers condors
    plainsmen strikers scorchers sixers thunderbolts international aid relief hospice
    quartet quintet sextet septet octet trio orchestra ensemble band choir philharmonic
    sinfonia""")
"""Last words of a company's, a club's, a team's or a band's name of two words or more
(`Harrow Motors`, `Fenmoor Town`, `Leeds United`, `Indore Stallions`, `the Marcus Delacroix
Quartet`): an organisation, never a he or she."""


def _kin_first_name(tl: list[str], low: list[str]) -> bool:
    """A family title before one first name that is also a common word (`Aunt June`,
    `Uncle Will`): a name."""
    return bool(tl) and tl[-1] in _KIN_TITLES and len(low) == 1 and first_name_gender(
        low[0]) != "unknown"


def _name_kind(titles: list[Tok], name: list[Tok]) -> MentionKind | None:
    """Whether the name part of a run is a person (`name`), an organisation (`org`), or a
    bare title (`role`: `the President`); None for places and sentence words.

    Edge cases: titles only are a role (`Chief of Staff`), except a title word that is also
    a surname right after a person's title (`Rep. King`, see _TITLE_SURNAMES) or an
    organisation word (`the State Department`); a person title before any name makes it a
    person; a run ending in an organisation word is an organisation (`Justice Department`,
    `Fox News`); one known place or country speaks as an organisation (`China said`).
    """
    low = [t.low for t in name]
    tl = [t.low for t in titles]
    if tl and all(w in TITLES for w in (*tl, *low)) and low[-1] not in ORG_HEADS and not (
            low[-1] in _TITLE_SURNAMES and tl[-1] in PERSON_TITLES - {"chief"}):
        return "role"  # `Chief of Staff`, `State Treasurer`: titles, nobody's name
    if len(low) > 1 and low[-1] in _OFFICES and not _linked_org(low) and all(
            first_name_gender(w) == "unknown" for w in low):
        return "role"  # `Resident Electoral Commissioner`, `Social Democrats TD`, `Local
        # Government and Chieftaincy Affairs`: an office, nobody's name
    if len(low) == 1 and len(tl) >= 2 and tl[-1] == "of" and tl[-2] in _RANKS_OF:
        return "role"  # `the Prince of Wales`, `Mary, Queen of Scots,`: a title, held by
        # whoever the text names with it, not a person called Wales
    if len(low) == 1 and low[0] in ORG_HEADS and len(tl) >= 2 and all(
            is_cap(t) and t.text[-1].isalpha() for t in titles):
        return "org"  # `the Garda Representative Association`: title words naming a body
    if any(t in PERSON_TITLES for t in tl):
        return "name"
    if len(name) == 1 and _ACRONYM.match(name[0].text) and low[0] not in ORG_NAMES:
        return None
    last = low[-1]
    if len(low) > 1 and last in PLACES and (low[0] in _AGENCY_WORDS or _CAMEL.match(
            name[0].text) or (name[-1].text in ("UK", "US", "USA") and first_name_gender(
                low[0]) == "unknown") or (len(name) == 2 and _INITIALS_WORD.fullmatch(
                    name[0].text) and low[0] not in PLACES and name[0].text not in (
                        "UK", "US", "USA"))):
        return "org"  # `Parks Canada`, `Public Health Scotland`, `Sport England`,
        # `BirdWatch Ireland`, `Greenpeace UK`, `NHS England`
    if last in ORG_HEADS or (len(low) == 1 and last in ORG_NAMES) or _linked_org(low) or (
            last == "program" and _AGENCY_PROGRAMMES & set(low)) or (
            last == "district" and [*tl, *low][-2:-1] and [*tl, *low][-2] in SERVICE_DISTRICTS
    ) or (
            "&" in low) or (len(low) > 1 and (low[0] in ("der", "die", "das") or (
                last in _ORG_ENDS))) or tuple(low[-2:]) in _ORG_PAIRS:
        return "org"  # `Der Spiegel`, `Die Zeit`: a German article opens no person's name;
        # `Ashby & Cole`: a firm
    if len(low) == 1 and last in PLACES:
        return None if last in _GROUPS else "org"  # `Americans say`: a people, not a state
    if len(low) == 1 and (last in TITLES or last in ROLE_NOUNS or _title_compound(name[0].text)):
        return "role"
    if last in _THING_HEADS or last in _GROUPS:
        return None  # `the Affordable Care Act`, `Message About Latinos` (a headline)
    if (all(w in NOT_NAMES for w in low) and not _kin_first_name(tl, low)) or any(
            t.text.isupper() and t.low in _THINGS_IN_CAPITALS for t in name):
        return None  # `AI models`
    if (last in _PLACE_HEADS or any(_place_word(t) for t in name) or (
            len(low) > 1 and last in _PLACE_ENDS)) and not any(
            first_name_gender(w) != "unknown" for w in low):
        return None  # `Kaneohe Bay`, `Midway Atoll`, but `Michael Bay`
    if len(low) > 1 and (low[0] in _SAINTED or low[0] in _PLACE_OPENERS):
        return None  # `San Jose`, `Santa Fe`, `Camp Three`, `Fort Worth`: a place
    return "name"


_INITIALS_WORD = re.compile(r"[A-Z]{2,5}")
"""A body's initials as one word (`NHS` of `NHS England`)."""
_AGENCY_WORDS = word_set("""parks health public sport transport environment water heritage
    tourism statistics elections natural air food forestry fisheries energy arts housing
    police border fire visit nature wildlife wildlands""")
"""First words of an agency named for its country (`Parks Canada`, `Public Health England`,
`Sport England`, `Air Canada`, `Wildlands Europe`): an organisation, though a place word ends
it."""
_CAMEL = re.compile(r"(?!Ma?c[A-Z])[A-Z][a-z]+[A-Z][a-z]")
"""A word with a capital inside it, as brands write themselves (`BirdWatch`, `YouGov`), not
a Scots or Irish surname (`McDonald`, `MacArthur`)."""

_OFFICES = word_set(
    """commissioner td mp mps mla mca msp mep mpp secretary minister director chairman
    chairwoman chairperson president governor senator mayor spokesperson spokesman
    spokeswoman affairs officer superintendent administrator treasurer comptroller
    undersecretary ambassador councillor councilor""")
"""Last words of a capitalised office (`Electoral Commissioner`, `Foreign Affairs`): a run
that ends so with no known first name in it is the office, not a person (`Secretary
Clinton` ends in her name, and `John Major` has a first name)."""

_RANKS_OF = word_set("""king queen prince princess duke duchess earl countess count baron
    baroness emperor empress marquess marchioness archbishop bishop""")
"""Titles held of a place (`Prince of Wales`, `Bishop of Durham`; see _name_kind)."""


PLACE_SURNAMES = word_set("hill washington houston london")
"""PLACES that are common surnames too: alone and with no `the`, a known person's surname
(`Host Shauna Hill` … `Hill, back in the studio, says`; see People.find). Not a country's
or a state's: `Israel said` is the country's even where Rep. Steve Israel is named."""


def _place_surname(m: Mention) -> bool:
    """m is one place word that is a common surname (see PLACE_SURNAMES), as written: no
    `the`, no title."""
    return m.text.lower() in PLACE_SURNAMES


_SAINTED = word_set("san santa santo são sao")
"""Words that open a place's name (`San Diego`, `Santa Fe`), never a person's here."""


def _place_word(t: Tok) -> bool:
    """A place's name in a run; two letters only in capitals (`UN`, `US`, but `Kim Jong Un`)."""
    return t.low in PLACES and (len(t.low) > 2 or t.text.isupper())


_TITLE_SURNAMES = word_set("king bishop major pope judge cardinal prince duke justice chancellor")
"""Title words that are also surnames: a name right after a person's title (`Rep. King`,
`Gov. Justice`, `Mayor Chancellor`), but `Chief Justice` and `Secretary of Justice` are
titles."""
_AGENCY_PROGRAMMES = word_set("world food development environment nations un u.n united")
"""Words of the names of agencies called programs (`the U.N. Development Program` speaks;
`the Apollo program` does not; a `Programme` is always a body, see ORG_HEADS)."""
_THING_HEADS = word_set(
    """convention conference summit festival olympics election elections primary primaries
    championships championship games paralympics cup trophy tournament prix derby
    caucus caucuses debate debates act amendment program programme project initiative avenue
    boulevard road square terrace crescent mews tower building hotel airport stadium arena
    museum bridge mall pageant awards prize treaty accord agreement doctrine plan day week
    month year war"""
)
"""Last words of capitalised names of events, laws, buildings and things: never a person."""
_GROUPS = word_set(
    """latinos latinas hispanics americans mexicans muslims christians jews europeans asians
    africans immigrants millennials russians saudis""")
"""Plural words for groups of people: a capitalised run ending in one is nobody (party words
are left out: `Log Cabin Republicans` is an organisation that speaks)."""
_PRODUCT_NOUNS = word_set("""product products app apps platform software chatbot device
    devices handset smartphone phone chip chips feature browser headset console""")
"""Nouns that make the name before them a product's (see _product)."""


_AFTER_A_THING = word_set("""which that is was has had will would can could now and or but
    to for in on with from at by""")
"""Words that may follow a product's noun without going on with it (see _product)."""


def _product(toks: Sequence[Tok], j: int) -> bool:
    """The capitalised run ending before toks[j] names a product, the lower-case noun after it
    says (`Its Corvel Assist product, which…`, `the Halden Echo headset.`): nobody who
    speaks; not when another word goes on with the noun (`Apple software chief Craig
    Federighi`, `the Clinton phone bank`)."""
    if j >= len(toks) or toks[j].low not in _PRODUCT_NOUNS or not toks[j].text.islower():
        return False
    after = toks[j + 1] if j + 1 < len(toks) else None
    return after is None or not is_word(after) or after.low in _AFTER_A_THING


_PLACES_OF = word_set("""village town city hamlet district province region county municipality
    suburb settlement oblast island port borough parish commune prefecture""")
"""Words for a place that its name follows after `of` (`the village of Shevchenko`)."""
_PLACE_OPENERS = word_set("camp fort mount cape lower upper nether deck")
"""First words of place names of two words or more (`Camp Three`, `Mount Kenya`, `Lower
Dunsford`, a ship's `Deck Five`)."""
_PLACE_HEADS = word_set(
    """atoll bay beach canyon coast county creek desert falls forest gulf harbor harbour heights
    island islands isle lake mountain mountains ocean peninsula river sea springs strait valley
    home manor abbey cottage grange street road avenue terrace gardens chapel cathedral hotel
    inn tavern village square lane"""
)
"""Last words of capitalised place names: a place unless a first name says it is a person."""
_PLACE_ENDS = word_set("farm farms meadow meadows moor orchard pond wharf quay pier crag tor peak "
                       "ridge glen vale fen heath cove tower castle row room parlour parlor "
                       "gallery camp mill")
"""Last words of place names of two words or more (`Puddlecombe Farm`, a house's `Blue
Room`, an expedition's `Base Camp`); alone they may be a firm's short name (`Orchard
said`)."""


def _clean_name_word(t: Tok) -> str:
    w = t.text
    if len(w) > 2 and w[-2:] in ("’s", "'s"):
        w = w[:-2]
    return w


_ORDINAL = re.compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|\d+(?:st|nd|rd|th)")
"""A word that counts what follows it (`his sixth Test`): no person's name after it."""


def _one_word_thing(toks: Sequence[Tok], i: int) -> bool:
    """The one capitalised word at toks[i] names no person: a page's label (`Q: Why can't I
    book online?`) or a thing counted (`playing only his sixth Test`, `the 40th Ryder`)."""
    return (len(toks[i].text) == 1 and i + 1 < len(toks) and toks[i + 1].text == ":") or (
        i > 0 and _ORDINAL.fullmatch(toks[i - 1].low) is not None)


def name_mention(toks: Sequence[Tok], i: int, j: int, page: Page,
                 role_words: Sequence[Tok] = ()) -> Mention | None:
    """The mention made by the capitalised run toks[i:j] (with role words before it).

    Edge cases: see _strip_titles and _name_kind; a run of sentence words only (`The`) or of
    two or more words all in capitals (a heading, a shout) is no mention; gender comes from
    an honorific or gendered title, else from the first name; a first name that is also a
    sentence word opens the name when it opens the run (`Will Ash`; not `In June Robert`)
    and the sentence does not ask (`Will Tom come back?`).
    """
    if j <= i or (j - i > 1 and all(t.text.isupper() for t in toks[i:j] if is_word(t))):
        return None  # `THE KING AND QUEEN OF HEARTS`: capitals set a phrase off, not a name
    given = j == i + 1 and toks[i].low in page.given_words  # a story's `Dutch stood`: the
    # man called so, no Dutchman
    if (_names_nobody(toks, i, j) and not given) or (i > 1 and toks[i - 1].low == "of" and (
            toks[i - 2].low in _PLACES_OF)) or _product(toks, j):
        return None  # `outside the village of Shevchenko, he…`: a place, whatever it is named;
        # `Its Corvel Assist product`: a thing
    if j - i > 1 and (participle(toks[i]) or _opening_adverb(toks[i], page) or (
            toks[i].low in _OPENING_TIMES and toks[i].low in page.common
            and first_name_gender(toks[i + 1].low) != "unknown" and j == i + 2
            and j < len(toks) and toks[j].text.islower())) and (
            i == 0 or toks[i - 1].text in ".!?;:"):
        i += 1  # `Following Sanders on MSNBC, …`, `Presently Tom turned`: no part of the name
        # (nor `Soon Harriet came in`; but `Soon Tong Hin`, `Willie Soon` are names)
    i = _after_seat(toks, _after_portfolio(toks, _after_constituency(toks, i, j), j), j)
    opens = toks[i].low in NOT_NAMES and first_name_gender(toks[i].low) != "unknown" and (
        not _asks(toks, j))
    titles, name = _story_rank(*_strip_titles(list(toks[i:j]), opens), page)
    epithet = _epithet(toks, i, j, page) and not given
    if not name or (epithet and toks[j - 1].low not in EPITHETS) or (
            not titles and _letters_as_thing(toks, i, j, name)):
        return None  # `the Kremlin`, `the Pacific`: no person; nor `The B square`
    if epithet:
        titles, name = [], [toks[j - 1]]  # `the South Korean` is `the Korean`
    kind = "role" if epithet else _page_kind(toks, i, titles, name, page, bool(role_words))
    if _names_a_body(toks, i, j, kind):
        kind = "org"  # `Office of the Data Protection Commissioner`: no commissioner's name
    if kind is None and len(name) > 1 and not titles and person_set_off(toks, j) and not (
            _placed_at(toks, i, name)):
        kind = "name"  # `Hollis Grange, an analyst at a bank,`: no place
    if kind is None and len(name) > 1 and not titles and org_word_before(toks, i):
        kind = "org"  # `the charity Age UK Salford`: a body, its place last
    if kind is None or (kind == "name" and _scene_set_at(toks, name, j, titles, page)):
        return None  # (and a story's `At Sjøvik, a small white-haired woman was waiting`)
    if kind == "name" and len(name) > 1 and _initials_follow(toks, name, j):
        kind = "org"  # `the paramilitary Rapid Mobility Brigades (RMB)`: a body's initials
    kind_word = org_set_off(toks, j) if kind in ("name", "org") and not titles else None
    if kind == "name" and not titles and (kind_word or org_word_before(toks, i) or _post_of(
            role_words)) and all(first_name_gender(t.low) == "unknown" for t in name):
        kind = "org"  # `of the charity Age Forward`, `chief executive of AutoMotion`,
        # `Ledgerlight, a London startup that…,`
    if kind == "org":
        titles, name = [], _org_words(list(toks[i:j]))
    tl = tuple(t.low for t in (*role_words, *titles))
    if kind == "org" and kind_word:
        tl = (*tl, kind_word)  # `the startup` is Ledgerlight from then on
    gender = _one_word_gender(toks[i].low) if epithet else titles_gender(tl)
    if kind == "name" and len(name) > 1 and (gender == "unknown" or _generic_man(tl)):
        gender = _name_gender(name, gender, i > 0 and toks[i - 1].low == "the")
    start = (role_words[0] if role_words else toks[i]).start
    end = toks[j - 1].end
    words = tuple(t.text if kind == "org" and k < len(name) - 1 and possessive_at(name, k) else (
        _clean_name_word(t)) for k, t in enumerate(name))  # `Governor’s Office` keeps its ’s
    first = next((k for k in range(i, j) if toks[k].start == name[0].start), i)
    deliberate = first > 0 and toks[first - 1].text.islower() and is_word(toks[first - 1])
    low = name[0].low
    weak = len(name) == 1 and not titles and not deliberate and first_name_gender(
        low) == "unknown" and (
            low in page.common or low in COMMON_CAPS or low in _LONE_NOUNS or (low.endswith(
                ("ing", "ed", "ly")) and low not in page.mid_names and not (
                    _CAPITAL_AFTER_HYPHEN.search(name[0].text)) and not (
                        kind == "role" and low in TITLES)))  # `Mei-Ling closed
    # the laptop`: a name, no -ing word; `The King did not turn around.`: a king
    return Mention(kind, page.text[start:end], start, end, words, tl, gender, weak=weak)


def _letters_as_thing(toks: Sequence[Tok], i: int, j: int, name: Sequence[Tok]) -> bool:
    """The run toks[i:j] (name, its name's words) is a capital letter that names a thing, not
    a person: one letter after `the` or `a`, or after a lower-case word and before a
    preposition (`The B square`, `a white B in it`), or an initial before a preposition
    (`an initial in it: B. From it came…`); `said M.`, `Mr. K`, `Q looked up` and Al From
    are people."""
    if len(name) == 2 and name[-1].low in PREPOSITIONS and len(name[0].text.rstrip(".")) == 1:
        return True
    if j != i + 1 or len(toks[i].text) != 1 or i == 0:
        return False
    before, after = toks[i - 1], toks[j] if j < len(toks) else None
    return before.low in ("the", "a", "an") or (
        before.text.islower() and after is not None and after.low in PREPOSITIONS and (
            before.low not in SPEECH_VERBS))


_CAPITAL_AFTER_HYPHEN = re.compile(r"\w-[A-Z]")
"""A word with a capital after a hyphen inside it (`Mei-Ling`, `Jean-Pierre`): a name's."""


def _after_portfolio(toks: Sequence[Tok], i: int, j: int) -> int:
    """Where the name starts in the run toks[i:j] that follows a title's `for` (`UN High
    Commissioner for Refugees Filippo Grandi`, `Minister for Trade Ana Lopes`): at its
    first known first name after the portfolio's words, else at its last two words; nobody
    is called Refugees."""
    if i < 2 or toks[i - 1].low != "for" or toks[i - 2].low not in _PORTFOLIO_TITLES or (
            j - i < 3):
        return i
    return next((k for k in range(i + 1, j - 1) if first_name_gender(toks[k].low) != "unknown"),
                j - 2)  # else the last two words, a first name and a surname


_PORTFOLIO_TITLES = word_set("commissioner minister secretary envoy rapporteur representative")
"""Titles a portfolio follows after `for` (`Commissioner for Refugees`; not `a spokesman for
House Speaker Paul Ryan`, who speaks for him)."""


def _story_rank(titles: list[Tok], name: list[Tok], page: Page) -> tuple[list[Tok], list[Tok]]:
    """(titles, name) with a rank the story invents moved from the name to the titles, with
    the words before it (`High Magister Ilse Varro` is Ilse Varro; see story_titles)."""
    ranked = max((k for k, t in enumerate(name[:-1]) if t.low in page.story_titles), default=-1)
    if ranked < 0 or titles:
        return titles, name
    return name[: ranked + 1], name[ranked + 1 :]


def _page_kind(toks: Sequence[Tok], i: int, titles: list[Tok], name: list[Tok], page: Page,
               described: bool) -> MentionKind | None:
    """_name_kind of a run, with what the page tells of its words: a story's invented rank
    (`The Magister unrolled a scroll`: her rank, no name), a story's given name (`June closed
    her eyes`: June Okafor), a trade the page writes as a surname after a first name
    (`Judge Anne Porter` … `“…,” Porter said.`: her surname, no porter), unless role words
    come before it (described: `the night Porter`)."""
    one = name[0].low if len(name) == 1 else ""
    if one in page.story_titles:
        return "role"
    if one in page.given_words and not titles:
        return "name"
    kind = _name_kind(titles, name)
    if kind == "role" and one in page.role_surnames and not titles and not described and not (
            i > 0 and toks[i - 1].low in ("the", "a", "an")):
        return "name"
    return kind


def _names_nobody(toks: Sequence[Tok], i: int, j: int) -> bool:
    """The run toks[i:j] is no name for its shape: an adjective before a noun (`the Moroccan
    striker has agreed`, `Local truck driver Bronwyn Teague`, see _describes_next), an Irish
    county (`In Belcoo, Co Fermanagh,`), a thing (see _one_word_thing), `Dato'`, a day or month
    of something (`Sunday of Lent`), a place fled (`fled El Geneina`), or a legislator's party
    and home town set off after the name (`Sen. Rosalind Achterberg, D-Millbrook,`)."""
    if (j == i + 1 and _describes_next(toks, i)) or (j == i + 2 and toks[i].text in (
            "Co", "Co.")) or (j - i == 1 and _one_word_thing(toks, i)):
        return True
    if j == i + 1 and toks[i].low == "dato" and j < len(toks) and toks[j].text in ("'", "’"):
        return True  # `Dato' Sri Tuan Ibrahim`: a Malaysian title written clipped
    if j - i > 2 and toks[i].low in CALENDAR_WORDS and toks[i + 1].low == "of":
        return True  # `the first Sunday of Lent`, `May of that year`: a time
    if i > 0 and toks[i - 1].low in _FLED:
        return True  # `fled El Geneina in western Sudan last year`: a place
    return i > 0 and toks[i - 1].text in (",", "(") and bool(_PARTY_HOME.match(toks[i].text))


_FLED = word_set("fled flee flees fleeing")
"""Verbs whose object is a place or a danger left behind, never somebody who speaks."""


def _describes_next(toks: Sequence[Tok], i: int) -> bool:
    """The one capitalised word toks[i] is an adjective before a lower-case noun: a people's
    (`the Moroccan striker has agreed`) or a role's (`Local truck driver Bronwyn Teague`,
    `Outspoken critic Jo Hale`), nobody called Moroccan or Local."""
    j = i + 1
    return (nation_word(toks[i]) or toks[i].low in ROLE_ADJ) and j < len(toks) and (
        toks[j].text.isalpha() and toks[j].text.islower() and not _verb_or_adverb(toks[j]))


def _names_a_body(toks: Sequence[Tok], i: int, j: int, kind: MentionKind | None) -> bool:
    """The run toks[i:j], read as kind, names a body: a public body's head and `of` open it
    (`Office of the Data Protection Commissioner`: no commissioner's name), or a person's
    name would be the words after a head and `of` (`National Institute of Standards and
    Technology`: nobody called Technology; see _headed_body)."""
    k = i + 1 if toks[i].low == "the" else i
    if j - k > 2 and toks[k].low in _PUBLIC_BODIES and toks[k + 1].low == "of":
        return True
    return kind == "name" and not any(t.low in PERSON_TITLES for t in toks[i:j]) and (
        _headed_body(toks, k, j))


def _headed_body(toks: Sequence[Tok], k: int, j: int) -> bool:
    """The run toks[k:j] names a body by its head and `of` (`National Institute of Standards
    and Technology`, `National Union of Teachers and Lecturers`): an organisation's head word
    then `of`, with no first name before it and no title nor first name after it (`Bank of
    America CEO Brian Moynihan` is a person)."""
    n = next((n for n in range(k, j - 2) if toks[n].low in ORG_HEADS and toks[n + 1].low == "of"),
             None)
    if n is None or any(first_name_gender(t.low) != "unknown" for t in toks[k:n]):
        return False
    return not any(t.low in TITLES - {"of", "and", "the"} or first_name_gender(t.low) != "unknown"
                   for t in toks[n + 2 : j] if is_word(t))


def _initials_follow(toks: Sequence[Tok], name: Sequence[Tok], j: int) -> bool:
    """The initials of the name's words follow it in brackets (`Rapid Mobility Brigades
    (RMB)`): an organisation's, for nobody writes a person's so."""
    return j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and (
        toks[j + 1].text == "".join(t.text[0] for t in name if t.text[:1].isupper()))


_EPITHETS_OF_NAMES = word_set("big little young old wee")
"""Words that make one person of a first name (`Big Sam`, `Little Nell`, `Young Tom`)."""


def _after_constituency(toks: Sequence[Tok], i: int, j: int) -> int:
    """Where the name starts in a run after `MP for`, `TD for` that opens with the seat
    (`Social Democrats TD for Limerick City Gary O'Sullivan-Moloney`, `MP for Sengkang GRC
    Faridah Jamaludin-Tan`): after the seat's last word (City, GRC, North…) with two words
    or more left; else at i."""
    if i < 2 or toks[i - 1].low != "for" or toks[i - 2].low not in TITLES:
        return i
    ends = [k for k in range(i + 1, j - 2) if toks[k].low in _SEAT_ENDS]
    return ends[-1] + 1 if ends else i


def _after_seat(toks: Sequence[Tok], i: int, j: int) -> int:
    """Where the name starts in a run that opens with a seat and a member's title in capitals
    (`Leicester South MP Nasreen Akhtar-Bailey`, `Nee Soon GRC MP Louis Ng`): at the title,
    so that the seat is nobody's name; at i when a title stands before it (`Labour MP`,
    `Liberal Democrat MP` are titles, see name_mention)."""
    return next((k for k in range(j - 2, i, -1) if toks[k].text in _SEAT_TITLES and not any(
        t.low in TITLES for t in toks[i:k])), i)


_SEAT_TITLES = frozenset({"MP", "MLA", "MSP", "TD", "MEP", "MPP", "MHA", "MHK"})
"""Members' titles in capitals that follow the seat they hold (`Leicester South MP`)."""
_SEAT_ENDS = word_set("""city county north south east west central grc smc district
    constituency ward borough riding division""")
"""Last words of an electoral seat's name (see _after_constituency)."""


_SECOND_GIVEN = word_set("ann anne marie sue lynn beth mae kay louise")
"""Second given names that make a double first name a woman's (`Lee Ann`, `Mary Beth`; not
`jo`, as in `Billy Jo`)."""


def _name_gender(name: Sequence[Tok], gender: Gender, the: bool) -> Gender:
    """The gender of a name of two words or more whose titles say none (or only a generic
    man's: `Mr.` before `Mary Ann`): its first name's, a daughter's (`Nurul Aisyah binti
    Abdullah`), or a word of address's (`Auntie Val`, `Parson Hume`, and after `the`, the
    head of `the Grey Queen`)."""
    given = _given_name(name)
    gender = first_name_gender(given) if gender == "unknown" else (
        "female" if first_name_gender(given) == "female" else gender)
    if len(name) >= 3 and name[1].low in _SECOND_GIVEN and name[0].low == given:
        gender = "female"  # `Lee Ann Whitford`, `Jo Beth Kerr`: the second name says so
    if gender == "unknown":
        gender = _CHILD_OF.get(next((t.low for t in name if t.low in _CHILD_OF), ""), "unknown")
    if gender == "unknown":
        gender = HONORIFIC_GENDER.get(name[0].low, "unknown")
        if gender == "unknown" and the:
            gender = HONORIFIC_GENDER.get(name[-1].low, "unknown")
    return gender


def _named_epithet(words: Sequence[Tok], k: int) -> bool:
    """words[k] is such a word right before the run's last word, a known first name."""
    return words[k].low in _EPITHETS_OF_NAMES and k == len(words) - 2 and (
        first_name_gender(words[k + 1].low) != "unknown")


def _given_name(name: Sequence[Tok]) -> str:
    """The word of a person's name that tells a gender: the first, but the second when it is
    a given name of two joined syllables written family name first (`Lee Soo-ah`, `Kim
    Dong-hoon`, `Tsai Ing-wen`: `Lee` is no first name here), or after a word like `Big`
    (see _named_epithet); none for a surname that opens with its particles."""
    if _FAMILY_FIRST.match(name[1].text) or name[0].low in _EPITHETS_OF_NAMES:
        return name[1].low
    if name[0].low in PARTICLES and name[1].text in PARTICLES:
        return ""  # `Van der Berg`: a surname's particles, no first name `Van`
    return name[0].low


_FAMILY_FIRST = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}$")
"""A given name of two syllables joined in lower case (`Soo-ah`), after a family name."""


def org_set_off(toks: Sequence[Tok], j: int) -> str | None:
    """The word for an organisation that heads the phrase set off after the run ending
    before toks[j] (`Ledgerlight, a two-year-old London and Lagos startup that builds…`,
    `The Digital Privacy Network, a Brussels-based advocacy group,`): `a`/`an`, then up to
    eight words up to a comma or a word that starts what follows the head (`that`, `of`,
    `based`), or `the` before a kind of business (`Veldhuis, the Dutch company that makes the
    kits,`; not `the agency that…`, which may be one the text named before); not `a company
    director`, whose head is a person."""
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].low not in ("a", "an", "the"):
        return None
    head, n = None, j + 2
    while n < min(len(toks), j + 12):
        t = toks[n]
        if t.text == "," and n + 2 < len(toks) and is_cap(toks[n - 1]) and (
                toks[n + 1].low in PLACES) and toks[n + 2].text == ",":
            n += 3  # `a Cambridge, Massachusetts, company`: a city and its state
            continue
        if not is_word(t) or t.low in _AFTER_HEAD:
            break
        head, n = t.low, n + 1
    if toks[j + 1].low == "the" and head not in _TRADE_KINDS:
        return None
    return head if head is not None and head in _ORG_WORDS else None


_AFTER_HEAD = word_set("that which who whose with of for in on at to from based founded run")
"""Words that end the noun phrase set off after a name (see org_set_off)."""


_AT_A_PLACE = word_set("on in at along near down up off into onto past outside")


def _placed_at(toks: Sequence[Tok], i: int, name: Sequence[Tok]) -> bool:
    """The run at toks[i] is where something happens, a place word last after `on`, `at`
    and the like (`At the first house on Millbrook Road, a woman in a dressing gown listens`):
    the words set off after it bring in the sentence's subject, not a description of it."""
    return i > 0 and (toks[i - 1].low in _AT_A_PLACE or (
        toks[i - 1].low == "of" and name[-1].low in _PLACE_HEADS)) and (
        name[-1].low in _PLACE_HEADS or name[-1].low in _PLACE_ENDS)  # `near the mouth of Hay
    # Creek, a man in a battered green johnboat was anchored`


def _scene_set_at(toks: Sequence[Tok], name: Sequence[Tok], j: int, titles: Sequence[Tok],
                  page: Page) -> bool:
    """In a story, the name ending before toks[j] is where a sentence sets its scene: right
    after an opening `At` or `In` and before a comma, with no title and no known first name
    (`At Sjøvik, a small white-haired woman was waiting on the platform.`): a place."""
    i = next(k for k in range(j - 1, -1, -1) if toks[k].start == name[0].start)
    return bool(page.story_roles) and i > 0 and toks[i - 1].text in ("At", "In") and (
        i == 1 or toks[i - 2].text in (".", "!", "?")) and j < len(toks) and (
            toks[j].text == ",") and not titles and all(
                first_name_gender(t.low) == "unknown" for t in name)


def person_set_off(toks: Sequence[Tok], j: int, the: bool = False) -> bool:
    """Words set off after the run ending before toks[j] say it is a person, whatever a
    place word in it says (`Hollis Grange, an analyst at Pemberton & Ruiz,`, `Ada Heath,
    who…`): `who`, or `a`/`an` and a word for a person within the next four words; with
    `the`, also `the` (`Joshi, the left-arm spinner who…`)."""
    openers = ("a", "an", "who", "the") if the else ("a", "an", "who")
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].low not in openers:
        return False
    if toks[j + 1].low == "who":
        return True
    for t in toks[j + 2 : j + 6]:
        if not is_word(t):
            return False
        if _personish(t.low):
            return True
    return False


def _post_of(role_words: Sequence[Tok]) -> bool:
    """The role words before a name end in a post and `of` (`chief executive of`, `the
    founder of`): the name is where the post is held, not a person (`the wife of` is never
    role words, see role_words_back)."""
    return len(role_words) >= 2 and role_words[-1].low == "of" and role_words[-2].text.islower(
        ) and role_words[-2].low in ROLE_NOUNS


def org_word_before(toks: Sequence[Tok], i: int) -> bool:
    """A lower-case word for an organisation and its determiner come right before toks[i]
    (`the charity Age Forward`, `the firm Halden`), or such a phrase and a comma (`a
    Kano-based radio station, Freedom Radio,`, `Belgium's asylum agency, Fedasil,`; not
    after a preposition: `a spokeswoman for the office, Brielle Moncrief,`): the name after
    it is that organisation's, unless it opens with a known first name (`the company Tom
    founded`)."""
    if i >= 3 and toks[i - 1].text == "," and toks[i - 2].text in _ORG_WORDS:
        a = next((k for k in range(i - 3, max(-1, i - 7), -1) if toks[k].low in (
            "a", "an", "the") or is_possessive(toks[k])), None)  # `a Kano-based radio
        # station, Freedom Radio,`, `Belgium's asylum agency, Fedasil,`: the station's name,
        j = run_end(toks, i)  # set off; not `In an interview with Time magazine, Khan said`
        return a is not None and j < len(toks) and toks[j].text == "," and not any(
            t.low in PREPOSITIONS for t in toks[a + 1 : i - 2]) and not (
                a > 1 and toks[a - 1].low in PREPOSITIONS and person_noun(toks[a - 2]))
        # not `a spokeswoman for the office, Brielle Moncrief,` (but `in an interview with a
        # Kano-based radio station, Freedom Radio,`)
    if i < 2 or toks[i - 1].text not in _ORG_WORDS:
        return False
    k = i - 2  # up to two words that say what kind (`the music weekly Loudhailer`, `the
    while k > 0 and i - k <= 3 and toks[k].low not in DETERMINERS and is_word(toks[k]) and (
            toks[k].text.islower() or toks[k].low in DEMONYMS):  # Norwegian daily Aftenposten`)
        k -= 1
    return toks[k].low in DETERMINERS


_ORG_WORDS = ORG_HEADS | word_set(
    """charity nonprofit non-profit start-up startup firm band brand label chain retailer
    carmaker airline broadcaster supermarket insurer lender manufacturer outlet website
    app platform think-tank weekly daily monthly magazine newspaper tabloid broadsheet
    journal blog newsletter podcast""")
"""Lower-case words for an organisation that a name may follow (see org_word_before)."""


def _epithet(toks: Sequence[Tok], i: int, j: int, page: Page) -> bool:
    """In a report, `the Italian`, `the Briton`, `the Dutchman` as the head of its phrase
    (before a verb or punctuation; not `the Mexican audience`): a word for somebody named
    before (`Marco Bellini praised his side. “…,” said the Italian.`; an age may come
    between: `the 30-year-old Kenyan`), read as a role (see
    EPITHETS and resolve.State._epithet_person), or for a place, nobody (`the Pacific`). In
    a story it is a character's name (`said the Frenchman`)."""
    low = toks[i].low
    head = j == len(toks) or not is_word(toks[j]) or _verb_or_adverb(toks[j])
    two = j == i + 2 and low in _TWO_WORD_NATIONS and toks[i + 1].low in _NATION_ADJ
    the = i - 2 if i > 1 and _AGE_WORD.fullmatch(toks[i - 1].low) else i - 1  # `the
    # 30-year-old Kenyan`
    return (j == i + 1 or two) and the >= 0 and toks[the].low == "the" and (
        not page.story_roles) and head and (two or low in PLACES or low in DEMONYMS
                                            or low in _MEN_OF or low in _WOMEN_OF)


_AGE_WORD = re.compile(r"\d+-year-old")
"""An age before the word for somebody (`the 30-year-old Kenyan`)."""


DEMONYMS = word_set(
    """briton britons brit brits swede swedes dane danes finn finns scot scots pole poles
    turk turks kiwi aussie spaniard spaniards argentinian brazilian belgian croat czech
    slovak serb bosnian georgian ukrainian norwegian icelander texan texans californian
    floridian ohioan virginian vermonter iowan minnesotan arizonan kentuckian tennessean
    oklahoman alaskan hawaiian coloradan nevadan oregonian utahn michigander wisconsinite
    marylander arkansan louisianan mississippian alabamian missourian kansan nebraskan
    montanan idahoan wyomingite carolinian dakotan glaswegian londoner liverpudlian mancunian
    dubliner corkonian aberdonian geordie scouser brummie cockney parisian berliner muscovite""")
"""Words for a person of a nation, a state or a city (`the Briton`, `the Swede`, `the Texan`,
`the Glaswegian`) besides the adjectives in PLACES (`the Italian`)."""


_NATION_ADJ = word_set(
    """afghan american albanian algerian argentine armenian australian austrian canadian
    chilean chinese colombian egyptian ethiopian filipino german greek haitian hungarian
    indian indonesian iranian iraqi israeli italian japanese kenyan korean lebanese libyan
    mexican moroccan nigerian pakistani palestinian peruvian romanian russian saudi serbian
    somali syrian thai venezuelan vietnamese yemeni african zealander lankan rican portuguese
    ghanaian ivorian senegalese cameroonian jamaican uruguayan paraguayan ecuadorian bolivian
    ugandan tanzanian zimbabwean zambian tunisian estonian latvian lithuanian slovenian
    bulgarian maltese cypriot""")
"""Words for a person of a nation that are its adjective too (`the Italian`, `the Italian
striker`); `african zealander lankan rican` only after their first word (see
_TWO_WORD_NATIONS). Not `cuban`: Mark Cuban's name (`Cuban seemed to rely on…`)."""

_TWO_WORD_NATIONS = word_set("south north new sri costa puerto")
"""First words of a people's two-word name (`the South Korean`, `the New Zealander`)."""

EPITHETS = DEMONYMS | _MEN_OF | _WOMEN_OF | _NATION_ADJ
"""The words of _epithet that name a person (`the Italian`, `the Dutchman`, `the Texan`):
a report's role for somebody named before (see resolve._unheld_role), not `the Kremlin`."""


_OPENING_TIMES = word_set("soon once")
"""Words that open a sentence before its subject and are surnames too (`Willie Soon`): no
part of a name when the text also writes them in lower case and a first name follows."""


def _opening_adverb(t: Tok, page: Page) -> bool:
    """A capitalised adverb opening a sentence (`Presently`, `Suddenly`, `Interestingly`): an
    `-ly` word the text also writes in lower case or with an ending only adverbs have, and
    not in the first-name list (`Emily`, `Kelly`); other `-ly` words may be names (`Wally
    Cox`, `Early Wynn`, `Gately`)."""
    return t.low.endswith("ly") and (
        t.low in page.common or t.low.endswith(_ADVERB_ENDINGS)) and first_name_gender(
        t.low) == "unknown"


_ADVERB_ENDINGS = ("ingly", "ously", "ently", "antly", "ively", "edly", "fully", "ically")


DETERMINERS = word_set("the a an his her its their our my this that these those")
_INDEFINITE = word_set("a an some several many two three other another one")
PERSON_ADJ = word_set(
    """young old little elderly aged small tall short stout fat thin pale pretty handsome
    beautiful poor good dear worthy kind gentle stern grave bald bearded burly stocky skinny
    lean wiry frail plump big large blind masked hooded one-eyed grey-haired gray-haired
    white-haired red-haired dark-haired fair-haired younger older elder""")
"""Words that describe a person before the noun (`the young lady`, `the old woman`): the
phrase is still that one person (`said the young lady` is no `lady` in general)."""
ROLE_ADJ = word_set(
    """former senior top chief deputy assistant foreign domestic national local state federal
    presidential republican democratic gop white house press campaign longtime veteran new
    current acting interim top-ranking high-ranking ranking leading prominent outspoken
    conservative liberal progressive military defense security intelligence economic
    political legal retired outgoing incoming embattled head"""
)
"""Lower-case words that may stand before a role noun (`the former press secretary`)."""


def _modifier(t: Tok) -> bool:
    """A lower-case noun that may qualify a role (`port` in `the port authority`)."""
    w = t.text
    return (w.isalpha() and w.islower() and w not in PREPOSITIONS and w not in NOT_NAMES
            and w not in SPEECH_VERBS and w not in FRAGMENT_VERBS and w not in _NP_STOP
            and not w.endswith(("ed", "ly")))


def _describing(t: Tok) -> bool:
    """A lower-case word in a description before a name (`retired`, `undecided`, `tech`)."""
    w = t.text
    return (w.isalpha() and w.islower() and w not in PREPOSITIONS and w not in NOT_NAMES
            and w not in SPEECH_VERBS and w not in _NP_STOP)


def role_back(toks: Sequence[Tok], j: int, page: Page, look_back: bool = True) -> Mention | None:
    """_role_back, or the peer that `his lordship` ending at toks[j] styles (see
    styled_mention)."""
    styled = styled_mention(toks, j - 1) if toks[j].low in _STYLES and j > 0 else None
    return styled or _role_back(toks, j, page, look_back)


def _role_back(toks: Sequence[Tok], j: int, page: Page, look_back: bool) -> Mention | None:
    """A role or organisation noun phrase ending at toks[j]: `the press secretary`,
    `a ministry spokesman`, `the White House`, `officials`.

    Edge cases: no determiner and a plural head (`officials`) or an indefinite article is
    nobody in particular (definite=False); a possessive before the head (`Trump’s spokesman`)
    keeps the phrase a role, so the owner is never taken for the speaker; `one Clinton aide`
    and `another aide` are somebody of their own (indefinite, with the article kept); a
    document speaks for its issuer, and `the article` or `the ministry` with no name of its
    own is the one named just before (see _named_before; look_back=False reads the phrase
    alone).
    """
    head = toks[j].low
    if head in DOCUMENTS and toks[j].text.islower():
        issuer = _document_back(toks, j, page) or (
            _named_before(toks, j, page, document_issuer) if look_back else None)
        if issuer is not None:
            return issuer
    if head in OFFICE_OF and j >= 2 and toks[j - 1].low == "of" and toks[j - 2].low in ROLE_NOUNS:
        m = role_back(toks, j - 2, page, look_back)  # `the former secretary of state`
        return m if m is None or m.kind != "role" else replace(
            m, text=page.text[m.start : toks[j].end], end=toks[j].end)
    body = head in ORG_HEADS or _service_district(toks, j)
    if not page.role_word(head) and not body and not _writers_own(toks, j):
        return _unknown_group(toks, j, page)
    i = j
    while i - 1 >= 0 and j - i < 12:
        t = toks[i - 1]
        lw = t.low
        if lw in DETERMINERS or lw in ("one", "another"):
            i -= 1
            break
        if is_word(t) and (is_cap(t) or lw in TITLES or page.role_word(lw) or lw in ORG_HEADS
                           or "-" in lw or lw in ROLE_ADJ or lw in PERSON_ADJ or _modifier(t)
                           ) and j - i < 8:
            i -= 1
            continue
        if lw == "and" and i >= 2 and toks[i - 2].low in ROLE_NOUNS and "and" not in (
                x.low for x in toks[i:j]):
            i -= 1  # `the Florida senator and Republican presidential candidate`: two roles
            continue
        break
    if i - 1 >= 0 and possessive_at(toks, i - 1) and j - i < 7:
        i -= 1
        if i >= 1 and toks[i].text.islower() and toks[i - 1].low in ("the", "this", "that"):
            i -= 1  # `the regulator’s chief`: the owner's article opens the role
    words = toks[i : j + 1]
    first = words[0].low
    definite = first in ("the", "this", "that", "his", "her", "its", "their") or (
        is_cap(words[0]) and any(possessive_at(toks, k) for k in range(i, j)))
    if first in _INDEFINITE or (not definite and head.endswith("s") and not body):
        definite = False
    caps = [t for t in words if is_cap(t) and t.low not in DETERMINERS]
    if toks[j].text in _TRADE_KINDS and all(nation_word(t) for t in caps):
        caps = []  # `the Dutch company`: a company the report named, not one called Dutch
    kind: MentionKind = "org" if body and not _player_center(toks, j) else "role"
    name = tuple(t.text for t in caps)
    if kind == "org" and caps:
        name = tuple(t.text for t in words if t.low not in DETERMINERS)
    owner = max((k for k in range(i, j) if possessive_at(toks, k)), default=i - 1)
    gender = titles_gender(t.low for t in toks[owner + 1 : j + 1])  # `the man's daughter`
    m = Mention(kind, page.text[words[0].start : words[-1].end], words[0].start, words[-1].end,
                name, tuple(t.low for t in words), gender, definite)
    if look_back and kind == "org" and not caps and len(words) == 2 and first == "the":
        return _named_before(toks, j, page, _named_org) or m
    return m


_TRADE_KINDS = word_set(
    """company firm carmaker startup start-up airline retailer insurer lender broadcaster
    bank chain business supermarket manufacturer""")
"""Kinds of business a nation's adjective only describes (`the Dutch company`, `the German
carmaker`), unlike a nation's own bodies (`the Israeli government`, `the Chinese embassy`):
see role_back."""


def reporting_aside(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """The word at toks[k] is the pronoun of a parenthetical set off by commas with its
    reporting verb, and a speech verb of the sentence's own subject follows before toks[hi]
    (`One, she recalled, looked at the unit and asked, “…”`): the one who tells, not who
    speaks; not `The findings, he said, were “…”`, where the aside is the quote's cue."""
    return k > 0 and k + 2 < len(toks) and toks[k - 1].text == "," and toks[k + 2].text == (
        ",") and toks[k + 1].low in _ASIDE_REPORTING and pronoun_mention(toks[k]) is not None and (
        any(t.text in SPEECH_VERBS for t in toks[k + 3 : hi]))


_ASIDE_REPORTING = word_set(
    "recalled recalls remembered remembers said says added adds explained explains thinks "
    "thought believes believed insists insisted admits admitted notes noted")


def _named_after_kind(toks: Sequence[Tok], k: int) -> bool:
    """The organisation word at toks[k] is the kind of the body named right after it (`The
    charity Age UK Salford said`): the name is the subject, not `the charity`."""
    return toks[k].low in ORG_HEADS and is_cap(toks[k + 1]) and is_word(toks[k + 1]) and (
        org_word_before(toks, k + 1))


def _phrase_goes_on(toks: Sequence[Tok], n: int) -> bool:
    """toks[n], after a role or organisation word, goes on with the noun phrase: another such
    word in lower case, an owner, or a district (`the hospital group’s chief executive`, `the
    school district`); the phrase's head is further on."""
    t = toks[n]
    return t.text.islower() and is_word(t) and (
        t.low in ROLE_NOUNS | ORG_HEADS or possessive_at(toks, n) or _service_district(toks, n))


def _service_district(toks: Sequence[Tok], j: int) -> bool:
    """toks[j] is `district` after `the` or a service it runs (`the health district`, `the
    school district`): a public body that speaks, not a place (`the district` is the body
    named before, if any; see resolve.State.resolve_org)."""
    return toks[j].low == "district" and j > 0 and (
        toks[j - 1].low in SERVICE_DISTRICTS or toks[j - 1].low == "the")


SERVICE_DISTRICTS = word_set(
    """health school water fire park parks sanitation transit hospital library irrigation
    utility conservation sewer""")
"""Services a district is a body for (`Snohomish Health District`, `the school district`)."""


def _place_before_role(toks: Sequence[Tok], k: int, j: int, page: Page) -> bool:
    """toks[k:j] name a place that a lower-case word opens the phrase before and a role of
    one or two lower-case words follows (`the former Wales hooker`, `the former New Zealand
    head coach`): who the phrase means is the role's holder, not the place."""
    if k == 0 or not toks[k - 1].text.islower() or not all(
            t.low in PLACES for t in toks[k:j] if is_word(t)):
        return False
    ends = [n for n in (j, j + 1) if n < len(toks) and all(
        toks[x].text.islower() and is_word(toks[x]) for x in range(j, n + 1))]
    return any(page.role_word(toks[n].low) for n in ends)


def _nation_before_thing(toks: Sequence[Tok], k: int, j: int) -> bool:
    """toks[k] is a nation's adjective before a lower-case noun that names no person nor
    organisation (`the Mexican audience`, not `the Moroccan striker`, `the Israeli
    government`): the phrase it opens is the subject, and nobody's name."""
    return j == k + 1 < len(toks) and nation_word(toks[k]) and toks[j].text.isalpha() and (
        toks[j].text.islower() and toks[j].low not in ROLE_NOUNS and toks[j].low not in ORG_HEADS)


def nation_word(t: Tok) -> bool:
    """t is a nation's adjective (`Moroccan`, `British`): in EPITHETS or _NATIONALITIES."""
    return nation_adjective(t.low)


def nation_adjective(low: str) -> bool:
    """The lower-case word is a nation's adjective (see nation_word)."""
    return low in _NATION_ADJ or low in _NATIONALITIES


def _player_center(toks: Sequence[Tok], j: int) -> bool:
    """toks[j] is a player's position, not an institution: `center` or `centre` right after a
    word for a person's nation or age (`the Serbian center said`, `the 24-year-old centre`)
    or `veteran`, `rookie`, `star` (`the veteran center`); `the research center` is none."""
    if toks[j].low not in ("center", "centre") or j < 1:
        return False
    before = toks[j - 1].low
    return nation_word(toks[j - 1]) or before.endswith("-year-old") or before in _PLAYER_ADJ


_PLAYER_ADJ = word_set("veteran rookie star starting backup reserve")
"""Words before `center` that make it a player (see _player_center)."""


def _unknown_group(toks: Sequence[Tok], j: int, page: Page) -> Mention | None:
    """`the researchers`, `the protesters`: a plural noun after `the` that no list knows; a
    group, nobody in particular (definite=False)."""
    w = toks[j].text
    if not (w.isalpha() and w.islower() and w.endswith("s")) or w.endswith(("ss", "us", "is")):
        return None  # `the duchess`, `the census`, `the analysis`: one
    i = j - 1
    while i >= 0 and j - i < 3 and toks[i].text.isalpha() and toks[i].text.islower() and (
            toks[i].low != "the"):
        i -= 1  # `the two researchers`, `the angry protesters`
    if i < 0 or toks[i].low != "the":
        return None
    words = toks[i : j + 1]
    return Mention("role", page.text[words[0].start : words[-1].end], words[0].start,
                   words[-1].end, (), tuple(w.low for w in words), "unknown", False)


OFFICE_OF = word_set(
    """state defense treasury labor energy commerce agriculture education transportation
    interior justice communications staff homeland""")
"""What a role may be `of` and stay one role (`the secretary of state`, `chief of staff`)."""


def _named_org(toks: Sequence[Tok], k: int, page: Page) -> Mention | None:
    """The organisation named by the phrase ending at toks[k], if it has a name in it (read
    alone: a bare `the ministry` there does not look further back)."""
    m = role_back(toks, k, page, look_back=False) if toks[k].text.islower() else None
    if m is None or m.kind != "org":
        return None
    if m.titles[:1] in (("a",), ("an",)):
        return _group_named(toks, k, m, page)
    return m if m.name else None


def _group_named(toks: Sequence[Tok], k: int, m: Mention, page: Page) -> Mention | None:
    """The organisation an indefinite phrase ending at toks[k] describes: the name set off
    before it (`The Digital Privacy Network, a Brussels-based advocacy group,`) or the one
    it goes on to give (`a ransomware group calling itself NightCartel`); else nobody."""
    i = next(n for n in range(k, -1, -1) if toks[n].start == m.start)
    if i >= 2 and toks[i - 1].text == ",":
        named = name_mention(toks, run_start(toks, i - 2), i - 1, page)
        if named is not None and named.kind in ("name", "org"):
            return replace(named, kind="org")
    n = k + 1
    if n + 1 < len(toks) and toks[n].low in ("calling", "called", "known", "named"):
        n += 2 if toks[n + 1].low in ("itself", "as") else 1
        if n + 1 < len(toks) and toks[n].low == "the":
            n += 1  # `calling itself the Sword of the Faithful`
        if n < len(toks) and is_cap(toks[n]):
            j = run_end(toks, n)
            of = j + 2 if j + 2 < len(toks) and toks[j + 1].low == "the" else j + 1
            if j < len(toks) and toks[j].low == "of" and of < len(toks) and is_cap(toks[of]):
                j = run_end(toks, of)  # `the Sword of the Faithful`: one name
            named = name_mention(toks, n, j, page)
            if named is not None and named.kind in ("name", "org"):
                return replace(named, kind="org", text=page.text[toks[n].start : toks[j - 1].end],
                               name=tuple(t.text for t in toks[n:j]))
    return None


DOCUMENTS = word_set(
    """report letter statement memo memorandum ruling opinion article editorial book study
    survey ad advert advertisement commercial video clip release complaint lawsuit suit filing
    indictment document order brief motion petition transcript tweet email e-mail post website
    affidavit announcement notice analysis resolution communique communiqué audit judgment
    judgement determination advisory bulletin"""
)
"""Things that `say` what their authors wrote (`the IMF report stated`, `Trump’s tweet said`)."""


def _document_back(toks: Sequence[Tok], j: int, page: Page) -> Mention | None:
    """A document noun phrase ending at toks[j] speaks for whoever issued it: `the IMF report
    stated` is the IMF, `a Times article said` the Times, `Trump’s tweet read` Trump, `His
    email read` the he it means.

    Edge cases: with no capitalised issuer (`the letter reads`, `the memo stated`) this gives
    None and role_back reads the phrase as it reads any other, so the quote is left to the
    later rules (a memo quoted right after its author's words continues them); at most two
    lower-case words between the issuer and the noun (`the RNC's new web ad`); a possessive
    before the capitalised word makes it a medium, not the issuer (`the school’s Facebook
    post`).
    """
    k = j - 1
    while k >= 0 and j - k <= 3 and toks[k].text.islower() and is_word(toks[k]) and (
            toks[k].low not in DETERMINERS) and not possessive_at(toks, k):
        k -= 1
    if k >= 0 and toks[k].low in ("his", "her"):  # `His email, in full, read:`: his
        gender: Gender = "male" if toks[k].low == "his" else "female"
        return Mention("pronoun", "he" if gender == "male" else "she", toks[k].start,
                       toks[k].end, gender=gender)
    if k >= 0 and toks[k].low == "its":  # `Its advisory reads in part:`: the body it means
        return Mention("pronoun", "it", toks[k].start, toks[k].end, definite=False)
    if k >= 1 and possessive_at(toks, k) and toks[k].text.islower() and (
            owner_of(toks[k]).text.lower() in ORG_HEADS) and toks[k - 1].low == "the":
        owned = role_back([*toks[:k], owner_of(toks[k])], k, page)  # `The department’s
        return owned if owned is not None and owned.kind == "org" else None  # statement`
    if k < 0 or not (is_cap(toks[k]) and is_word(toks[k])) or toks[k].low in RUN_BREAK:
        return None
    i = run_start(toks, k)
    if i > 0 and possessive_at(toks, i - 1):
        return None  # `the school’s Facebook post`: Facebook is where, not who
    owner = owner_of(toks[k]) if possessive_at(toks, k) else toks[k]
    m = name_mention([*toks[i:k], owner], 0, k - i + 1, page)
    return m if m is not None and not after_preposition(toks, i) else None


def document_issuer(toks: Sequence[Tok], k: int, page: Page) -> Mention | None:
    """Who the document noun at toks[k] speaks for: its issuer named in the phrase (see
    _document_back) or after it in a passive (`a statement released by Trump`, see
    _issued_passive), or the sentence's subject when that subject issued it (`President Obama
    released a statement Thursday`, `The Cruz campaign sent a fundraising email`, `Smith said
    in a statement`).

    Edge cases: the issuing verb (or a speech verb) must follow the subject within three
    words, and the document must be its object within six more, with no comma or quote in
    between (`Clinton criticized a statement` is not Clinton's), nor a
    capitalised word (`The Times said Cook provided a written statement` is Cook's); a speech
    verb counts only before `in`; the subject must be a name or an organisation, not a
    pronoun or a role. When the sentence's subject has no issuing verb, whoever issued it
    in a clause does (see _issued_by)."""
    m = _document_back(toks, k, page) or _said_in_aside(toks, k, page) or _issued_passive(
        toks, k, page) or _document_opens(toks, k, page)
    if m is not None:
        return m
    s = _sentence_start(toks, k, page)
    s = max((i + 1 for i in range(s, k) if toks[i].text in ("”", QUOTE_TOKEN)), default=s)
    # `“…,” the health district said in a statement`: the subject after the quote
    m = main_subject(toks[s:k], k - s, page)
    if m is None or m.kind not in ("name", "org") or m.weak:
        return _issued_by(toks, k, page)
    after = next(i for i in range(s, k + 1) if i == k or toks[i].start >= m.end)
    verb = next((i for i in range(after, min(k, after + 4)) if toks[i].low in ISSUING or (
        toks[i].low in SPEECH_VERBS and toks[i + 1].low == "in")), None)
    rest = toks[after + 1 : k] if toks[after].text == "," else toks[after:k]  # `…, SP X,`
    at = next((n for n in range(k - 2, max(after, k - 5) - 1, -1) if toks[n].low == "in" and (
        toks[n + 1].low in ("a", "an"))), None)  # `in a statement`, `in a blog post`
    if verb is None and at is not None and len(rest) <= 10 and all(
            is_word(t) and not is_cap(t) for t in rest) and not (
                k + 1 < len(toks) and toks[k + 1].low in ("by", "from")):  # not `in a
        # statement by his Director of Media, Comrade X,`: his
        return m  # `Ogunleye-Bakare confirmed the development in a statement`
    if verb is None:
        return _issued_by(toks, k, page)
    if k - verb > 7 or any(not is_word(t) or is_cap(t) for t in toks[after : k]):
        return _issued_by(toks, k, page)  # `The Times said Cook provided a statement`: Cook
    return m


def _document_opens(toks: Sequence[Tok], k: int, page: Page) -> Mention | None:
    """`In a brief statement, Beaumont congratulated Sethuraman…`: a sentence that opens with
    `In a …` and the document at toks[k] is the main clause's subject's, a name or an
    organisation (see document_issuer)."""
    s = _sentence_start(toks, k, page)
    if k - s < 2 or toks[s].low != "in" or toks[s + 1].low not in ("a", "an", "its", "their") or (
            any(not (is_word(t) and t.text.islower()) for t in toks[s + 2 : k])):
        return None
    c = next((i for i in range(k + 1, min(len(toks), k + 12)) if toks[i].text in (
        ",", ".", "!", "?", QUOTE_TOKEN)), None)
    if c is None or toks[c].text != ",":
        return None
    end = next((i for i in range(c + 1, len(toks)) if toks[i].text in (".", "!", "?")), len(toks))
    m = main_subject(toks[c + 1 : end], end - c - 1, page)
    return m if m is not None and not m.weak and (m.kind in ("name", "org") or (
        m.kind == "role" and m.definite)) else None


def _issued_by(toks: Sequence[Tok], k: int, page: Page) -> Mention | None:
    """The subject right before an issuing verb whose object is the document at toks[k],
    when the sentence's own subject is something else (`The battle became public after
    Nunberg filed a petition`): at most three words between verb and noun, none capitalised
    or punctuation; the subject must be a name or an organisation."""
    v = next((i for i in range(k - 1, max(-1, k - 5), -1) if toks[i].low in ISSUING), None)
    if v is None or any(not is_word(t) or is_cap(t) for t in toks[v + 1 : k]):
        return None
    j = v - 1
    if j >= 0 and is_cap(toks[j]) and is_word(toks[j]) and not possessive_at(toks, j):
        i = run_start(toks, j)  # `after Nunberg filed`: `after` opens a clause here
        m = name_mention(toks, i, j + 1, page, role_words_back(toks, i, page.own_roles))
    else:
        m = subject_before(toks, v, page)
    return m if m is not None and m.kind in ("name", "org") and not m.weak else None


def _sentence_start(toks: Sequence[Tok], k: int, page: Page) -> int:
    """Index of the first token of the sentence (or paragraph) that holds toks[k]."""
    return next((i + 1 for i in range(k - 1, -1, -1) if toks[i].text in (".", "!", "?") or (
        "\n" in page.text[toks[i].end : toks[i + 1].start])), 0)


def _said_in_aside(toks: Sequence[Tok], k: int, page: Page) -> Mention | None:
    """The subject whose words an aside puts in the document at toks[k] (`Bancroft, in a
    statement released by the department, said…`): theirs, whoever released it; not `Smith
    said, in a statement…` (the verb first: see document_issuer), nor `Tofa, in a statement
    by his Director of Media, Comrade X, said`, where X wrote it (see _issued_passive)."""
    if k < 4 or toks[k - 1].low not in ("a", "an") or toks[k - 2].low != "in" or (
            toks[k - 3].text != ",") or (k + 1 < len(toks) and toks[k + 1].low in ("by", "from")):
        return None
    s = _sentence_start(toks, k, page)
    m = main_subject(toks[s : k - 3], k - 3 - s, page)
    if m is None or m.kind not in ("name", "org") or m.weak or m.end != toks[k - 4].end:
        return None
    return m


def _issued_passive(toks: Sequence[Tok], k: int, page: Page) -> Mention | None:
    """The issuer named after the document at toks[k] in a passive (`an email was sent from the
    club’s director, Jo Kemp, to…`, `a statement released by the ministry`): a participle of
    an issuing verb, then `by` or `from` and the issuer (see _issuer_after), the participle
    set off by a comma or not (`said the statement, issued by managing director Simon Hale`);
    or set off with `by` (`The report, by the Office of the City Auditor,`)."""
    v = k + 1
    if v + 2 < len(toks) and toks[v].text == "," and toks[v + 1].low == "by":
        return _issuer_after(toks, v + 2, page)  # `The report, by the Office of the City
        # Auditor, found…`
    if v + 2 < len(toks) and toks[v].low == "from" and toks[k].low in _LETTERS and toks[
            v + 1].low in ("a", "an", "one", "another"):
        return indefinite_np(toks, v + 1, page)  # `read a letter from one of her former
        # students`: theirs, somebody unnamed, not the reader's
    dated = _dated_from(toks, v) if toks[k].low in _LETTERS else None
    if dated is not None:
        return _issuer_after(toks, dated, page)  # `an email dated Feb. 11 from Nadia Ferris`
    if v < len(toks) and toks[v].low in ("was", "were", "is", "are"):
        v += 1
    elif v + 1 < len(toks) and toks[v].text == "," and toks[v + 1].low in _ISSUED:
        v += 1  # `said the statement, issued by managing director Simon Hale.`
    if v + 2 >= len(toks) or toks[v].low not in _ISSUED or toks[v + 1].low not in ("by", "from"):
        return None
    return _issuer_after(toks, v + 2, page)


def _dated_from(toks: Sequence[Tok], v: int) -> int | None:
    """Where the writer's name starts after `dated …` and `from` right after a letter's noun
    (`an email dated Feb. 11 from Nadia Ferris`; see _issued_passive), or None."""
    if v >= len(toks) or toks[v].low != "dated":
        return None
    at = next((n for n in range(v + 1, min(len(toks) - 1, v + 6)) if toks[n].low == "from"),
              None)
    return at + 1 if at is not None and is_cap(toks[at + 1]) and all(
        t.text not in (",", ";", QUOTE_TOKEN) for t in toks[v:at]) else None


_LETTERS = word_set("letter letters note message email card postcard")
"""Documents a person writes to somebody (see _issued_passive)."""


def _issuer_after(toks: Sequence[Tok], lo: int, page: Page) -> Mention | None:
    """The first name or organisation within eight words from toks[lo], with no sentence end,
    quote or possessive owner (`from Clinton’s server`) on the way (see _issued_passive)."""
    for i in range(lo, min(len(toks), lo + 8)):
        t = toks[i]
        if t.text in (".", "!", "?", ";", QUOTE_TOKEN):
            return None
        if is_cap(t) and is_word(t) and t.low not in RUN_BREAK:
            j = run_end(toks, i)
            if possessive_at(toks, j - 1):
                return None
            m = name_mention(toks, i, j, page, ())
            return m if m is not None and m.kind in ("name", "org") and not m.weak else None
    return None


_ISSUED = word_set("sent released issued posted filed published written signed distributed")
"""Participles that name a document's author after `by`/`from` (`a memo sent by`)."""


ISSUING = word_set(
    "released issued sent posted filed published wrote signed distributed circulated aired "
    "launched unveiled put releasing issuing sending posting publishing launching unveiling "
    "airing running ran provided read pinned")
"""Verbs whose object a subject is the author of (`released a statement`)."""


DOCUMENT_REACH = 600
"""How far back (characters) `the article read` or `the ministry said` looks for the one it
means."""


def _named_before(toks: Sequence[Tok], j: int, page: Page,
                  named: Callable[[Sequence[Tok], int, Page], Mention | None]) -> Mention | None:
    """`the article read`, `the ministry said`: who the last phrase with the same head noun in
    the DOCUMENT_REACH characters before names (`a Times article`, `China’s foreign
    ministry`), as `named` reads that phrase.

    Edge cases: only `the`, `this` or `that` before the noun refers back; the last phrase with
    that noun decides, so `a Times article` then `an article on a blog` / `the article` is
    nobody, but a `the` phrase with no name of its own passes the search further back (up to
    four times: `Sanders released an ad. The ad targets … / The ad says`); the noun's own verb
    names its author too (`Abedin emailed supporters` / `The email goes on`); what is found is
    reported at the cue's own words.
    """
    if j == 0 or toks[j - 1].low not in ("the", "this", "that"):
        return None
    hi = toks[j - 1].start
    verb = toks[j].text + ("d" if toks[j].text.endswith("e") else "ed")
    same = {toks[j].text, verb, *_SAME_PAPER.get(toks[j].low, ())}
    for _hop in range(4):
        back = tokenize(page.text, max(0, hi - DOCUMENT_REACH), hi)
        k = next((k for k in range(len(back) - 1, -1, -1) if back[k].text in same), -1)
        if k > 0 and back[k].text == verb:
            s = _sentence_start(back, k, page)
            by = subject_before(back[s:], k - s, page)  # `Abedin emailed staff` / `The email…`
            issuer = by if by is not None and by.kind in ("name", "org") and not by.weak else None
        else:
            issuer = named(back, k, page) if k > 0 else None
        if issuer is not None:
            words = issuer.text if issuer.kind == "role" and not issuer.definite else (
                page.text[toks[j - 1].start : toks[j].end])  # `one of her former students`
            return replace(issuer, text=words, start=toks[j - 1].start, end=toks[j].end)
        if k <= 0 or not _definite_before(back, k):
            return None
        hi = back[k].start  # `The nearly 90-second ad slams Kasich.` is the same ad again
    return None


_SAME_PAPER = {"audit": ("report",), "report": ("audit",)}
"""An audit's findings come as its report: `a report issued by the state auditor, Ann Roe` /
`“…,” the audit said.` (see _named_before)."""


def _definite_before(toks: Sequence[Tok], k: int) -> bool:
    """The noun at toks[k] follows `the`/`this`/`that` within a few words (`The nearly
    90-second ad`, `The “No Comparison” ad`): a phrase that refers back, not a new one (`an
    ad on a blog`)."""
    for i in range(k - 1, max(-1, k - 7), -1):
        if toks[i].low in ("the", "this", "that"):
            return True
        if toks[i].low in ("a", "an", "another", "one") or (
                not is_word(toks[i]) and toks[i].text not in "“”\"‘’'"):
            return False
    return False


def pronoun_mention(t: Tok) -> Mention | None:
    """he/she (with their gender), it/they (organisations, groups), I/we (the writer)."""
    if t.text in ("I.", "I’d", "I'd"):  # `said I.`: the tokenizer keeps the dot of a lone
        return Mention("pronoun", "I", t.start, t.start + 1, definite=False)  # capital;
        # `and I’d said, “Like what?”`
    w = t.text.lower()
    if w[-2:-1] in ("’", "'") and w[:-2] in ("he", "she") and w[-1] in "sdl":
        w = w[:-2]  # `He’s claiming`, `she’d said`
    elif w[-3:-2] in ("’", "'") and w[:-3] in ("he", "she") and w[-2:] == "ll":
        w = w[:-3]  # `he’ll`
    if w in ("he", "she"):
        g: Gender = "female" if w == "she" else "male"
        return Mention("pronoun", t.text, t.start, t.end, gender=g)
    if w in ("they", "it", "i", "we"):
        return Mention("pronoun", t.text, t.start, t.end, definite=False)
    return None


def is_adverb(t: Tok) -> bool:
    """A word that may stand between a subject and its verb (`also`, `jokingly`, `could`);
    not a noun in `-ly` (`family`, `assembly`, `rally`)."""
    return t.text.islower() and (t.low in ADVERBS or (
        t.low.endswith("ly") and len(t.low) > 4 and t.low not in _LY_NOUNS))


_LY_NOUNS = word_set("family assembly rally supply anomaly monopoly melancholy homily")


def skip_time(toks: Sequence[Tok], j: int) -> int:
    """Past a time phrase that starts at toks[j] and names a weekday (`on Friday`, `late
    Tuesday night`), up to four words; else j."""
    k = j
    while k < len(toks) and k - j < 4 and toks[k].low in _TIME_WORDS:
        k += 1
    return k if any(toks[x].low in _WEEKDAYS for x in range(j, k)) else j


def _skip_back(toks: Sequence[Tok], j: int) -> int:
    """Skip adverbs, a time phrase (`on Thursday`, `later Thursday`, `late Tuesday night`), a
    parenthetical such as `(R-Texas)` and a place in lower case (`of Sarovan province`) that
    end at toks[j]."""
    while j >= 0 and is_adverb(toks[j]):
        j -= 1
    k = j
    while k >= 0 and j - k < 4 and toks[k].low in _TIME_WORDS:
        k -= 1
    if k < j and any(toks[x].low in _WEEKDAYS for x in range(k + 1, j + 1)):
        j = k
    if j >= 0 and toks[j].text == ")":
        k = j
        while k >= 0 and toks[k].text != "(" and j - k < 12:
            k -= 1
        if k >= 0:
            j = k - 1
    while j >= 0 and is_adverb(toks[j]):
        j -= 1
    if j >= 2 and toks[j].text.islower() and toks[j].low in _PLACE_NOUNS:
        k = j - 1  # `Gov. Rustam Aliyev-Kader of Sarovan province told`: the governor
        while k >= 0 and is_cap(toks[k]) and is_word(toks[k]):
            k -= 1
        if k < j - 1 and k >= 1 and toks[k].low == "of":
            j = k - 1
    return j


def _qualifies(toks: Sequence[Tok], i: int) -> bool:
    """The capitalised word at toks[i] is a nationality adjective qualifying the noun phrase
    it sits in (`the open French window`): a determiner and a lower-case word come right
    before it (`the outgoing Texas Gov. Rick Perry` is no such phrase: Texas is a state)."""
    return (i >= 2 and toks[i].low in _NATIONALITIES and toks[i - 1].text.isalpha()
            and toks[i - 1].text.islower() and toks[i - 1].low not in DETERMINERS
            and toks[i - 1].low not in PREPOSITIONS and toks[i - 2].low in DETERMINERS)


_NATIONALITIES = word_set(
    """american british english french german italian spanish russian chinese japanese indian
    irish dutch swiss scottish scotch welsh greek polish swedish danish norwegian portuguese
    mexican canadian australian korean turkish egyptian african european asian""")


def after_preposition(toks: Sequence[Tok], i: int) -> bool:
    """The phrase starting at toks[i] is the object of a preposition (`by the Associated
    Press`, `the majority of Americans`, `in The New York Times`)."""
    k = i - 1
    while k >= 0 and i - k <= 4 and (toks[k].text.islower() or toks[k].text == "The") and (
        toks[k].low in ("the", "a", "an") or toks[k].low in ROLE_NOUNS
        or toks[k].low in ROLE_ADJ or toks[k].low in TITLES or toks[k].low in _REGION_ADJ
    ):
        k -= 1
    return k >= 0 and not is_cap(toks[k]) and (
        toks[k].low in PREPOSITIONS or toks[k].low in _WAY_PREPOSITIONS)


_WAY_PREPOSITIONS = word_set("up down along past beyond outside inside below above beneath")
"""Prepositions of place whose objects are no subjects (`The funicular up Gubałówka`), kept
out of PREPOSITIONS because they are particles too, and other rules read those (`called
down Winnie-the-Pooh` names who called)."""


_REGION_ADJ = word_set("""north south east west north-east north-west south-east south-west
    northeast northwest southeast southwest northern southern eastern western central coastal
    rural upstate downtown suburban neighbouring neighboring""")
"""Words before a place after a preposition (`groups in south-west Nigeria says`)."""


def _past_passive(toks: Sequence[Tok], v: int, j: int) -> int:
    """Where subject_before reads on from toks[j] before the verb at toks[v]: past a passive
    that reports (`Braynard is quoted as saying`, `a Congress member was heard saying`: they
    spoke)."""
    if toks[v].low == "quoted" and j >= 0 and toks[j].low in ("is", "was", "were", "are"):
        return _skip_back(toks, j - 1)
    if toks[v].low == "saying" and j >= 1 and toks[j].low in ("heard", "overheard") and (
            toks[j - 1].low in ("is", "was", "were", "are", "be", "been")):
        k = j - 2  # `Estrada could be heard saying`, `…can be heard saying`: past the modal
        return _skip_back(toks, k - 1 if toks[j - 1].low == "be" and k >= 0 and (
            toks[k].low in ("could", "can", "would", "might", "may")) else k)
    return j


def subject_before(toks: Sequence[Tok], v: int, page: Page) -> Mention | None:
    """The subject of the verb at toks[v], read backwards: `Smith said`, `she also said`,
    `Jane Doe, a spokeswoman for the ministry, said`, `Spokesperson for the embassy, Liu
    Pengyu, said`, `Sen. Ted Cruz (R-Texas) said`, `the ministry said`.

    Edge cases: adverbs and a parenthetical between subject and verb are skipped; an aside
    between commas or dashes is skipped when a name comes before it, and is itself the
    subject when it is a name after a role; a possessive or determiner right before the
    "verb" means it is a noun (`Clinton’s emails`); an object of a preposition (`by the
    Associated Press`) or anything else gives None; `X of the Y said` is X; `X was quoted
    (as saying)` and `X was (could be) heard saying` are X; `a video that said` speaks for
    the video's issuer; an aside whose closing comma is missing still ends at the verb (see
    _unclosed_aside); two people joined by `and` give None (see _someone_before_and).
    """
    unclosed = _unclosed_aside(toks, v, page)
    if unclosed is not None:
        return unclosed
    j = _past_passive(toks, v, _skip_back(toks, v - 1))
    if j < 0:
        return None
    t = toks[j]
    joined = _aside_after_and(toks, j)
    if joined is not None:  # `Akana stood up and, according to the minutes, told her:`
        j, t = joined, toks[joined]
    if t.text == "," and j >= 4 and toks[j - 4].low == "who" and toks[j - 3].text == "," and (
            toks[j - 1].low in _ASIDE_REPORTING and pronoun_mention(toks[j - 2]) is not None):
        return _who_behind_aside(toks, j - 4, page)
    if t.text in (",", "—", "–"):
        return _appositive_subject(toks, j, page)
    if t.text == "to":
        return _infinitive_subject(toks, j, page)
    if t.text in ("and", "but"):
        who = _who_before_and(toks, j)
        if who is not None:  # `the ambassador, Emeric Vasaryan-Loew, who leaned across and
            return _relative_subject(toks, who, page)  # murmured`: the who's
        but = max((k for k in range(j) if toks[k].low == "but" and k > 0 and toks[k - 1].text
                   == ","), default=None)  # `X didn’t say anything, but her grandson Kenji…`
        m = main_subject(toks[but + 1 :], j - but - 1, page) if but is not None else None
        m = m or main_subject(toks, j, page)
        return m if m is not None and (m.kind != "role" or not m.definite or (
            page.story_roles and m.start == toks[0].start)) else None  # a story's `The
        # major accepted it with a small bow and said, “…”`
    if t.text == "who" or _document_at(toks, j) is not None:
        return _relative_subject(toks, j, page)
    if possessive_at(toks, j) or (t.low in DETERMINERS and not is_cap(t)):
        return None
    p = pronoun_mention(t)
    if p is not None:
        return p
    if is_cap(t) and is_word(t):
        return _name_before(toks, j, page)
    heard = _heard_from(toks, j) if page.story_roles else None  # `the man at the door said`
    m = _of_unit(toks, j, page) if t.text.islower() else None  # `Sergeant Nia Pritchard of
    m = m or role_back(toks, j if heard is None else heard, page)  # Weltham’s roads unit said`
    if m is None:
        return _indefinite_back(toks, j, page) if t.text.islower() else None
    i = next(k for k in range(j, -1, -1) if toks[k].start == m.start)
    if after_preposition(toks, i) or (i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low == (
            "one")):
        return _indefinite_back(toks, j, page)  # `a source speaking to…`, `one of her aides`
    return m


_STYLED_RULERS = {"majesty": ("king", "queen"), "highness": ("prince", "princess")}
"""How a story's people speak of a ruler (`His Majesty commanded`): the title meant, for a
he and a she (see _ruler)."""


def _ruler(owner: Tok, style: Tok) -> Mention:
    """`His Majesty` as a speaker: `the king` (`Her Highness`: `the princess`)."""
    he, she = _STYLED_RULERS[style.low]
    noun = he if owner.low == "his" else she
    return Mention("role", f"the {noun.capitalize()}", owner.start, style.end, (), ("the", noun),
                   "male" if owner.low == "his" else "female")


def _heard_from(toks: Sequence[Tok], j: int) -> int | None:
    """The index of the noun before a phrase ending at toks[j] that says where a story's
    speaker is heard from (`the constable at the door`, `the man on the line`, `the woman at
    the other end`), or None."""
    if toks[j].low not in _HEARD_FROM:
        return None
    k = j - 1
    if k >= 0 and toks[k].low == "other":
        k -= 1
    if k < 2 or toks[k].low != "the" or toks[k - 1].low not in ("on", "at", "from", "over"):
        return None
    return k - 2 if toks[k - 2].text.islower() and is_word(toks[k - 2]) else None


_HEARD_FROM = word_set("line phone telephone radio door end intercom speaker speakerphone")
"""Where a story's speaker may be heard from (see _heard_from)."""


def _who_before_and(toks: Sequence[Tok], a: int) -> int | None:
    """The index of a `who` right after a name and a comma that opens the clause the `and` at
    toks[a] goes on (`Emeric Roe, who leaned across to her and murmured`), with no other
    comma between (not `One member, who gave her name as Pauline and said`)."""
    for k in range(a - 1, max(0, a - 14), -1):
        if toks[k].text in (",", ".", ";", ":", "!", "?", QUOTE_TOKEN):
            return None
        if toks[k].low == "who" and toks[k - 1].text == ",":
            return k if k >= 2 and is_cap(toks[k - 2]) and is_word(toks[k - 2]) else None
    return None


def _aside_after_and(toks: Sequence[Tok], j: int) -> int | None:
    """The index of an `and`/`but` right before an aside between commas that closes at
    toks[j] (`stood up and, according to the minutes, told`): the verb after the aside
    shares the subject of the clause before `and`."""
    if toks[j].text != ",":
        return None
    for k in range(j - 1, max(0, j - 14), -1):
        if toks[k].text in (".", ";", ":", "!", "?", QUOTE_TOKEN):
            return None
        if toks[k].text == ",":
            return k - 1 if k >= 1 and toks[k - 1].low in ("and", "but") else None
    return None


WORKS = word_set("""album single song record book novel memoir film movie documentary show
    series play opera poem essay column podcast exhibition titled entitled report study paper
    handbook manifesto video""")
"""Words for a work whose title may follow (see attribute.rule_title)."""

WORK_NOUNS = (WORKS - word_set("""titled entitled book show series column essay exhibition
    report study paper handbook manifesto""")) | (
    word_set("""songs track waltz ballad anthem hymn painting sculpture musical episode sitcom
    drama thriller"""))
"""Nouns of works whose title is set off next to them (see titled_work): rule_title's words
for a work, less those that also name people's trades or places (`the show's host`, `the
book's author`, `the exhibition's curator`), and more kinds of song, picture and show."""

_WORK_LEADS = frozenset({"the", "a", "an", "her", "his", "its", "their", "new", "latest",
                         "debut", "final", "first", "second", "third", "last", "closing",
                         "opening", "title"})
"""Words right before a work noun that make it one (`The final track, Low Water,`)."""


def _work_lead(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] leads a work noun (see _WORK_LEADS), or an owner does, or one does before up to
    two lower-case words that describe the work (`the hit drama Saltmarsh`, `her acclaimed
    debut album`)."""
    for n in range(k, max(-1, k - 3), -1):
        if toks[n].low in _WORK_LEADS or possessive_at(toks, n):
            return True
        if not (toks[n].text.isalpha() and toks[n].text.islower()) or toks[n].low in (
                PREPOSITIONS) or toks[n].low in SPEECH_VERBS:
            return False
    return False


def titled_work(toks: Sequence[Tok], i: int) -> bool:
    """The capitalised run at toks[i] is a work's title by the work noun right before it, a
    comma between or not (`her album Salt Lines`, `the hit drama Saltmarsh`, `The final
    track, Low Water,`), not somebody's name (`kept it on track, Smith said` is Smith), nor a
    first name set off after a role's work (`The producer of the new album, Gideon Marsh,`
    is the producer; see _role_of_work)."""
    k = i - 1 if i >= 1 and toks[i - 1].text == "," else i
    return k >= 2 and toks[k - 1].low in WORK_NOUNS and toks[k - 1].text.islower() and (
        _work_lead(toks, k - 2)) and not (k < i and _role_of_work(toks, i, k - 2))


def _role_of_work(toks: Sequence[Tok], i: int, k: int) -> bool:
    """The run at toks[i], a known first name, is set off after `<role> of the <work>`
    whose lead words end at toks[k] (`The producer of the new album, Gideon Marsh,`): the
    role's holder (see titled_work)."""
    if first_name_gender(toks[i].low) == "unknown":
        return False
    for n in range(k, max(0, k - 3), -1):
        if toks[n].low == "of":
            return toks[n - 1].low in ROLE_NOUNS
        if not (toks[n].text.isalpha() and toks[n].text.islower()):
            return False
    return False


def _name_before(toks: Sequence[Tok], j: int, page: Page) -> Mention | None:
    """The subject whose capitalised run ends at toks[j] (`since Trump spoke`, `X of the Y`),
    not a name after a preposition (`a source speaking to Fox News said` is the source) nor
    the last of two people joined by `and` (`Paul Arden and Victor Lane said`: no one voice,
    see _someone_before_and); `His Majesty` is the king (see _ruler), and `Her Grace` no
    woman named Grace (a queen's, a duchess's or an archbishop's style: which, the words do
    not say)."""
    if toks[j].low in _STYLED_RULERS and j > 0 and toks[j - 1].low in ("his", "her"):
        return _ruler(toks[j - 1], toks[j])
    if toks[j].low == "grace" and j > 0 and toks[j - 1].low in ("his", "her"):
        return None
    i = run_start(toks, j)
    if titled_work(toks, i):
        return None  # `The star of the hit drama Saltmarsh told…`: a show tells nothing
    m = _of_phrase(toks, i, page) or _from_place_phrase(toks, i, page) or _staff_of(
        toks, i, j, page)
    if m is not None:
        return m
    if (after_preposition(toks, i) and toks[i - 1].low not in _SUBORDINATORS and not (
            _after_portfolio(toks, i, j + 1) > i)) or (
            _of_object(toks, i)) or (i > 0 and toks[i - 1].text.islower() and (
            toks[i - 1].low not in ("who", "whom")) and _in_relative(toks, 0, i)):
        # `A voter who backs Trump told`: the clause's object
        return _indefinite_back(toks, j, page)
    lead = role_words_back(toks, i)
    k = i - len(lead)
    if k >= 2 and toks[k - 1].low == "and" and _someone_before_and(toks, k - 1, page):
        return None
    return name_mention(toks, i, j + 1, page, lead)


def _staff_of(toks: Sequence[Tok], i: int, j: int, page: Page) -> Mention | None:
    """`analysts at Brenner Capital wrote`: a bare plural of people working at the firm whose
    name is toks[i:j+1], opening the clause, speak as the firm."""
    if i < 2 or toks[i - 1].low not in ("at", "from") or toks[i - 2].low not in _STAFF or (
            i > 2 and is_word(toks[i - 3])):
        return None
    m = name_mention(toks, i, j + 1, page, ())
    return replace(m, kind="org", start=toks[i - 2].start) if m is not None and m.kind in (
        "name", "org") else None  # the phrase starts at `analysts`


_STAFF = word_set(
    "analysts economists strategists researchers scientists engineers lawyers auditors experts")
"""People who speak for the firm they work at (`analysts at Brenner Capital wrote`)."""


def _someone_before_and(toks: Sequence[Tok], a: int, page: Page) -> bool:
    """The words before `and` at toks[a] name another person who shares the verb: a
    person's name opening the clause (`Rep. Peter King and Sen. Chuck Schumer said`) or a
    role (`The mayor and Gov. Jerry Brown said`); not titles of the next name (`Former Gov.
    and DNC Chairman Ed Rendell`), a clause of its own (`The storm hit Florida and Gov. Rick
    Scott said`), nor one word of a company (`Procter and Gamble said`)."""
    if toks[a - 1].text.islower():
        return toks[a - 1].low in ROLE_NOUNS
    i = run_start(toks, a - 1)
    i -= len(role_words_back(toks, i))
    if i > 0 and toks[i - 1].low != "the" and is_word(toks[i - 1]):
        return False
    m = name_mention(toks, i, a, page)
    return m is not None and m.kind == "name" and _surely_named(m)


def _surely_named(m: Mention) -> bool:
    """The mention is somebody's name, not one capitalised word that may be anything: two
    words or more, or a known first name (`Bret Baier`, `Hillary`; not `Mar-a-Lago`)."""
    return len(m.name) > 1 or first_name_gender(m.name[0].lower()) != "unknown"


def _unclosed_aside(toks: Sequence[Tok], v: int, page: Page) -> Mention | None:
    """`Katie Packer, who is chairman of Our Principles PAC said`, `Sam Lau, the
    communications director for the Iowa Democratic Party said`: the name that opens the
    words (role words may come first) with an aside after it whose closing comma is missing;
    the aside opens with `who` or `the` and runs to the verb with no other mark. Else None.

    Edge cases: not a name after an opening word (`Like Paul Smith, the senator said`), nor
    when the verb is set off itself (`Trump, the Clinton campaign said, is…`), nor an aside
    that may hold a subject of its own: a determiner after a lower-case word that is no
    preposition (`Smith, the man the senator said was…`, and so, to be safe, `who is the
    chairman`) or a capitalised word after `who` (`Smith, who Jones said was…`), nor one
    that joins two people (`Smith, the senator and Tom Brown said`)."""
    comma = next((k for k in range(v - 1, max(-1, v - 20), -1) if not is_word(toks[k])), -1)
    if comma < 1 or toks[comma].text != "," or comma + 1 >= v - 1 or toks[comma + 1].low not in (
            "who", "the"):
        return None
    i = run_start(toks, comma - 1)
    if i != len(role_words_back(toks, i)) or toks[i].low in _NOT_OPENING_NAME:
        return None
    after = next((k for k in range(v + 1, len(toks)) if toks[k].text in (",", QUOTE_TOKEN)), -1)
    if after >= 0 and toks[after].text == "," and after + 1 < len(toks) and (
            toks[after + 1].text[:1].islower()):
        return None  # `Trump, the Clinton campaign said, is…`: the campaign speaks
    aside = toks[comma + 1 : v]
    if any(t.low == "and" or (k > 0 and t.low in DETERMINERS and aside[k - 1].text.islower()
                              and aside[k - 1].low not in PREPOSITIONS)
           for k, t in enumerate(aside)) or (aside[0].low == "who" and is_cap(aside[1])):
        return None
    return whole_name(toks, i, comma, page)


def _document_at(toks: Sequence[Tok], j: int) -> int | None:
    """Index of the document noun that `that`/`which` at toks[j] refers to (`a video that
    said`, `the report, which notes`), else None."""
    if toks[j].low not in ("that", "which"):
        return None
    d = j - 2 if j >= 2 and toks[j - 1].text == "," else j - 1
    return d if d >= 0 and toks[d].low in DOCUMENTS and toks[d].text.islower() else None


def _who_behind_aside(toks: Sequence[Tok], w: int, page: Page) -> Mention | None:
    """The subject of a verb after `who, he said,` at toks[w] (`a machinist in Lorain who, he
    said, had told him, “…”`): the machinist, whose words they are, not the teller of the
    aside; a place after `in`/`at`/`from` qualifies the one before it. None when that is
    nobody (the quote is then nobody's known)."""
    k = w - 1
    if k >= 2 and is_cap(toks[k]) and toks[k - 1].low in ("in", "at", "from", "near") and (
            toks[k - 2].text.islower()):
        m = _indefinite_back(toks, k - 2, page)
        return m if m is not None and m.kind == "role" and not m.definite else None
    return _relative_subject(toks, w, page)


def _relative_subject(toks: Sequence[Tok], j: int, page: Page) -> Mention | None:
    """The subject of a verb after `who` (see _relative_antecedent) or after a document's
    `that`/`which`: the document's issuer (`Trump released a video that said`)."""
    d = _document_at(toks, j)
    return _relative_antecedent(toks, j, page) if d is None else document_issuer(
        toks, d, page)


def _relative_antecedent(toks: Sequence[Tok], j: int, page: Page) -> Mention | None:
    """`Mike Lee, who declared in the spin room, “…”`, `said Beck, who said there were “…”`:
    the subject of a verb after `who` is the person named right before it.

    Edge cases: only a name (with its titles) directly before `who` or `, who` counts, or
    somebody brought in unnamed by a role before `, who` (`a fisherman, who told her,`; not
    `told a young woman who suggested that… “…”`, whose clause only says which woman, but
    `a student who had told her, "…"`, whose clause brings the line in); a
    possessive (`Smith’s aide, who`) is nobody; a family set off before `, who` is the
    family (`confirmed by his family, who said in a statement`). A name after a preposition
    (`a letter to Smith, who said`) is taken too: there it is still the one `who` means."""
    k = j - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    if k >= 0 and is_word(toks[k]) and not is_cap(toks[k]) and (
            k < j - 1 or clause_tells_line(toks, j)):
        m = _indefinite_back(toks, k, page)  # `a conversation with a fisherman, who told
        if m is None and k < j - 1 and toks[k].low in FAMILY_HEADS:
            m = role_back(toks, k, page)  # `was confirmed by his family, who said in a
            return m if m is not None and m.kind == "org" else None  # statement…`
        if m is not None and m.kind == "role" and not m.definite:
            named = _named_before_appositive(toks, m, page)
            return named or m  # `Councillor Imran Siddiqui, an independent, who described`
        return None  # her,` `recalling a student who had told her, "…"`
    if k < 0 or not (is_cap(toks[k]) and is_word(toks[k])) or possessive_at(toks, k):
        return None
    i = run_start(toks, k)
    head = _head_of_place(toks, i, page)
    if head is not None:
        return head  # `Gwen in Cardiff, who wrote`, `Victor Lamont, founder of Pingr, who told`
    m = name_mention(toks, i, k + 1, page, role_words_back(toks, i, page.own_roles))
    return m if m is not None and m.kind == "name" else None


def _named_before_appositive(toks: Sequence[Tok], m: Mention, page: Page) -> Mention | None:
    """The name an indefinite role is set off after (`Imran Siddiqui, an independent,`):
    the person that role describes, or None."""
    i = next((n for n, t in enumerate(toks) if t.start == m.start), -1)
    if i < 2 or toks[i - 1].text != "," or not (is_cap(toks[i - 2]) and is_word(toks[i - 2])) or (
            possessive_at(toks, i - 2)):
        return None
    k = i - 2
    start = run_start(toks, k)
    named = name_mention(toks, start, k + 1, page, role_words_back(toks, start, page.own_roles))
    return named if named is not None and named.kind == "name" else None


def clause_tells_line(toks: Sequence[Tok], j: int) -> bool:
    """The `who` at toks[j] opens a clause whose verb brings in the line right after it
    (`who had told her, "…"`, `who once said to me: “…”`)."""
    n = j + 1
    while n < len(toks) and toks[n].low in ("had", "has", "once", "later", "always", "then"):
        n += 1
    if n >= len(toks) or toks[n].low not in ("told", "said", "asked", "wrote", "tells", "says"):
        return False
    n += 1
    if n < len(toks) and toks[n].low == "to":
        n += 1
    if n < len(toks) and toks[n].low in ("her", "him", "me", "us", "them"):
        n += 1
    return n + 1 < len(toks) and toks[n].text in (",", ":") and toks[n + 1].text == QUOTE_TOKEN


def _head_of_place(toks: Sequence[Tok], i: int, page: Page) -> Mention | None:
    """The person a name at toks[i] belongs to when it follows `in`, `of`, `at` or `from`
    right after that person's name or their role set off after it (`Gwen in Cardiff`,
    `Victor Lamont, founder of the start-up Pingr`): a place or a firm, not the one `who`
    means. None when no person's name stands there (`a letter to Smith`, `spoke to Smith`),
    or when the name may be a person's too: a first name, a title or two words or more
    (`daughter of the late John Smith, who founded…`, `to Senator Warren from Casey Parker,
    who wrote`)."""
    own = name_mention(toks, i, run_end(toks, i), page)
    if own is None or own.gender != "unknown" or own.titles or len(own.name) > 1:
        return None  # `from Casey Parker, who wrote`: a person's whole name
    k = i - 1
    while k >= 0 and toks[k].text.islower() and k >= i - 3 and toks[k].low not in _PLACE_PREPS:
        k -= 1  # `the start-up`
    if k < 0 or toks[k].low not in _PLACE_PREPS:
        return None
    k -= 1
    if k >= 1 and toks[k].text == ",":  # `Gwen, from Cardiff`, `Tom, 64, of Leeds`
        k -= 1
        if k >= 2 and toks[k].text.isdigit() and toks[k - 1].text == ",":
            k -= 2
    else:
        while k >= 0 and i - k < 10 and (toks[k].low in ROLE_NOUNS or toks[k].low in TITLES or (
                toks[k].low in ROLE_ADJ or toks[k].low in DETERMINERS)):
            k -= 1  # `, founder`
        if k >= 1 and toks[k].text == "," and k < i - 2:
            k -= 1
    if k < 0 or not (is_cap(toks[k]) and is_word(toks[k])) or possessive_at(toks, k):
        return None
    m = name_mention(toks, run_start(toks, k), k + 1, page)
    return m if m is not None and m.kind == "name" else None


_PLACE_PREPS = word_set("in of at from")


_NOT_VERBS = word_set("that which who whom whose and but or because if when while as than")


def _indefinite_back(toks: Sequence[Tok], j: int, page: Page) -> Mention | None:
    """`a source familiar with the talks said`, `a White House official who spoke on condition
    of anonymity said`: an indefinite person phrase (with its qualifier or relative clause)
    that ends right before the verb.

    Edge cases: at most sixteen words back, no punctuation in between; the phrase must name a
    person (`a deal that Smith said` gives None).
    """
    k = j
    while k >= 0 and j - k <= 16 and (is_word(toks[k]) or (
            toks[k].text == "," and _org_comma(toks, k))):  # `a spokesperson for the
        # Department for Environment, Food and Rural Affairs said`
        if toks[k].text in ("a", "an", "one", "another") or (toks[k].text in (
                "A", "An", "One", "Another") and (
                k == 0 or not is_word(toks[k - 1]))):
            return indefinite_np(toks, k, page)
        k -= 1
    return None


def _infinitive_subject(toks: Sequence[Tok], j: int, page: Page) -> Mention | None:
    """`Bryne went on to say`, `Smith declined to say`: the subject of the verb before `to`.

    Edge cases: at most four lower-case words between the subject and `to`; a conjunction or
    relative pronoun among them gives None.
    """
    k = j - 1
    while k >= 0 and j - k <= 4 and toks[k].text.islower() and toks[k].text not in _NOT_VERBS:
        k -= 1
    if k == j - 1 or k < 0 or toks[k].text.islower():
        return None
    m = subject_before(toks, k + 1, page)
    if m is None and toks[j - 1].low in ("used", "liked", "loved"):  # `My father used to
        m = subject_before(toks, j - 1, page)  # say`: the kin word is the subject's own
    return m


def _of_phrase(toks: Sequence[Tok], i: int, page: Page) -> Mention | None:
    """`Archbishop X of the Armenian Patriarchate told`: the subject is the part before `of`,
    also past up to three words that describe the organisation (`Céline Abergel of the French
    daily Le Quotidien said`, `Tom Ek of the weekly Herald`; see _describes_org)."""
    k = i - 1
    n = 0
    while n < 3 and k >= 1 and _describes_org(toks[k]):
        k, n = k - 1, n + 1
    if n and toks[k].low != "the":
        return None
    if k >= 0 and toks[k].low == "the":
        k -= 1
    if k >= 1 and toks[k].low == "of" and is_cap(toks[k - 1]) and is_word(toks[k - 1]):
        s = run_start(toks, k - 1)
        if s == k - 1 and toks[s].low in _FELLOWSHIPS:  # `Friends of the Fens said`: one body
            j = run_end(toks, i)
            words = tuple(t.text for t in toks[s:j] if is_word(t))
            return Mention("org", page.text[toks[s].start : toks[j - 1].end], toks[s].start,
                           toks[j - 1].end, words, (), "unknown")
        m = name_mention(toks, s, k, page, role_words_back(toks, s, page.own_roles))
        if m is not None and m.kind == "name":
            return m
    return None


_FELLOWSHIPS = word_set("friends sisters brothers daughters sons knights")
"""Plural words that open a body's name before `of` (`Friends of the Earth`, `Daughters of
the American Revolution`): the whole name is the organisation (see _of_phrase)."""


def _of_unit(toks: Sequence[Tok], j: int, page: Page) -> Mention | None:
    """`Sergeant Nia Pritchard of Weltham’s roads policing unit said`, `Tom Ek of the
    planning committee said`: the name before `of`, when what comes after it up to the
    verb is `the` or an owner's name and one to five lower-case words for a body, as in
    _of_phrase."""
    k = j
    while k >= 0 and j - k < 5 and _describes_org(toks[k]) and toks[k].text.islower():
        k -= 1
    if k == j or k < 2:
        return None
    if toks[k].low == "the":
        k -= 1
    elif possessive_at(toks, k) and is_cap(toks[k]):
        k -= 1  # `Weltham’s`, `North Yorkshire Police’s`
        while k >= 1 and is_cap(toks[k]) and is_word(toks[k]):
            k -= 1
    if k < 1 or toks[k].low != "of" or not (is_cap(toks[k - 1]) and is_word(toks[k - 1])):
        return None
    s = run_start(toks, k - 1)
    m = name_mention(toks, s, k, page, role_words_back(toks, s, page.own_roles))
    return m if m is not None and m.kind == "name" else None


def _from_place_phrase(toks: Sequence[Tok], i: int, page: Page) -> Mention | None:
    """`Mariko Sato in Osaka wrote`, `Marguerite from Lyon called`: a place after `in` or
    `from` says where the person before it is; that person is the subject."""
    k = i - 1
    if k < 1 or toks[k].low not in ("in", "from") or not is_cap(toks[k - 1]) or not is_word(
            toks[k - 1]) or possessive_at(toks, k - 1):
        return None
    s = run_start(toks, k - 1)
    m = name_mention(toks, s, k, page, role_words_back(toks, s, page.own_roles))
    return m if m is not None and m.kind == "name" else None


def _describes_org(t: Tok) -> bool:
    """A word between `of the` and an organisation's name that says what it is: a lower-case
    word that is no verb (`daily`, `think tank`) or a people's or place's name (`French`)."""
    if t.text.islower():
        return t.text.isalpha() and t.low not in SPEECH_VERBS and t.low not in _NOT_DESCRIBING
    return t.low in DEMONYMS or t.low in PLACES


_NOT_DESCRIBING = word_set("the a an of and or but who which that is was are were has had have")
"""Lower-case words that end a description of an organisation (see _describes_org)."""


def role_words_back(toks: Sequence[Tok], i: int, own: frozenset[str] = frozenset()
                    ) -> list[Tok]:
    """Lower-case role words right before a name (`press secretary` in `White House press
    secretary Jen Psaki`), with the capitalised words before them, and capitalised title
    words joined by `and` or `for` (`Minister for Housing and Urban Development`); own are
    the words a report described somebody with (Page.own_roles: `the Warlpiri elder Aunty
    Dot Walker`)."""
    k = i
    seen_role = False
    while k - 1 >= 0 and i - k < 8:
        t = toks[k - 1]
        if not is_word(t):
            break
        if t.low == "of" and k >= 2 and toks[k - 2].low in _RELATIONS:
            break  # `The wife of Bill Hale`: no title of his
        if t.low == "of" and _person_run_before(toks, k - 1):
            break  # `Sergeant Paul Wickens of Lincolnshire Police’s unit`: his, not a title
        if t.text == "miss":
            break  # `if he will miss Frank`: a verb
        if t.low in TITLES or t.low in ROLE_NOUNS or t.low in ROLE_ADJ or (
                t.low in own and not is_cap(t)):
            seen_role = seen_role or not is_cap(t)
            k -= 1
        elif t.low in ("and", "for") and 2 <= k < len(toks) and is_cap(toks[k]) and is_cap(
                toks[k - 2]) and (toks[k - 2].low in TITLES or toks[k - 2].low in ROLE_NOUNS) and (
                toks[k].low not in PERSON_TITLES) and (
                t.low == "for" or toks[k - 2].low not in PERSON_TITLES):
            k -= 1  # `Minister for Housing and Urban Development Sri K. Venkataramana Reddy`
            # (a portfolio's words; not `Rep. Peter King and Sen. Chuck Schumer`)
        elif is_cap(t) and seen_role and t.low not in RUN_BREAK:
            k -= 1
        else:
            break
    while k < i and toks[k].low == "of":
        k += 1  # `courtesy of Wes Nakagiri`: `of` is a title word only inside one
    return list(toks[k:i])


def _of_object(toks: Sequence[Tok], i: int) -> bool:
    """The run at toks[i] follows a relation's `of` (`The wife of Bill Hale said`, `a
    spokesman for the family of Bill Hale said`): somebody else speaks, not the name. Other
    `of`s may end a title or an organisation before a name (`the head of the IMF Christine
    Lagarde said`, `University of Iowa professor Tom Rusk said`)."""
    k = i - 2 if i >= 2 and toks[i - 1].low == "the" else i - 1
    return k > 0 and toks[k].low == "of" and toks[k - 1].low in _RELATIONS


KIN_WORDS = word_set(
    """wife husband father mother son daughter brother sister widow widower uncle aunt nephew
    niece cousin grandson granddaughter grandfather grandmother stepson stepdaughter""")
"""Words for somebody's relative (`his wife`, `Trump’s son`, `the mother of`)."""
_RELATIONS = KIN_WORDS | word_set("friend family colleague")
"""Words whose `of` names somebody else (`the mother of`, `a friend of`), titles or not."""

KIN_GENDER: dict[str, Gender] = {
    "mother": "female", "father": "male", "grandmother": "female", "grandfather": "male",
    "sister": "female", "brother": "male", "aunt": "female", "uncle": "male"}
"""The gender of each kin noun FAMILY_CALLS and HOME_CALLS sort family words by."""
FAMILY_CALLS: dict[str, frozenset[str]] = {
    "mother": word_set("mum mom mam mammy ma mummy mommy mama mother mamma"),
    "father": word_set("dad daddy pa papa father"),
    "grandmother": word_set("gran granny grandma nan nana nanna grandmother"),
    "grandfather": word_set("grandad granddad grandpa grandfather"),
}
"""The English words a family calls its own people by, capitalised as names (`said Mum`,
`Grandpa laughed`), by the kin noun they stand for (`my mother`)."""
HOME_CALLS: dict[str, frozenset[str]] = {
    "mother": word_set("ammi amma mamá amá umma eomma omma"),
    "father": word_set("abba abbu appa baba papá apá"),
    "grandmother": word_set("""nani dadi abuela abuelita obaachan obaasan halmeoni halmoni ah-ma
        nainai lola nonna oma babushka bubbe nain mamgu"""),
    "grandfather": word_set("""abuelo abuelito ojiichan ojiisan harabeoji ah-kong ah-gong yeye
        lolo nonno opa zayde taid tadcu"""),
    "sister": word_set("didi"),
    "brother": word_set("bhaiya bhai"),
    "aunt": word_set("chachi tia tía aunty auntie"),
    "uncle": word_set("chacha tio tío uncle"),
}
"""The words families of other tongues (and `Aunty`, `Uncle`) use as names (`Ammi`,
`Abuela`, `Obaachan`, `Halmeoni`, `Ah-Ma`), by the kin noun they stand for."""
FAMILY_NAMES = frozenset().union(*FAMILY_CALLS.values())
"""Family words a family uses as names, capitalised (`said Mum`, `Dad said`)."""
HOME_WORDS = frozenset().union(*HOME_CALLS.values())
"""Every word of HOME_CALLS (see attribute._who_was_to, _kin_names_told, _family_call)."""


_ASIDE_STARTS = word_set("who whose which one himself herself also however too then")


_PLACE_NOUNS = word_set(
    "capital city town village province region county district port island state suburb")
"""Words for a place that a place's name may be set off after (`the capital, Dravinsk,`)."""


def _org_before(toks: Sequence[Tok], i: int, page: Page) -> bool:
    """The capitalised run that ends right before toks[i] names an organisation (`the
    University of Nigeria`, not `Sunday` or `Of Carson`)."""
    if i < 1 or not is_cap(toks[i - 1]):
        return False
    m = name_mention(toks, run_start(toks, i - 1), i, page)
    return m is not None and m.kind == "org"


def _appositive_subject(toks: Sequence[Tok], j: int, page: Page) -> Mention | None:
    """Subject when the verb follows a comma or dash: `X, an aide, said`, `Role, X, said`.

    Edge cases: the aside must be short (up to 25 words) and inside the sentence; an aside
    that is itself a name after a role is the subject, also when a description of its own
    follows it inside dashes (`A former candidate — John McCain, who lost in 2008 — said`);
    an aside with a gendered word (`a spokeswoman`) gives the gender.
    """
    mark = toks[j].text
    opens = (",",) if mark == "," else ("—", "–")
    titled = _name_after_titled(toks, j, page) if mark == "," else None
    if titled is not None:
        return titled
    i = j - 1
    while i >= 0 and j - i <= 25 and toks[i].text not in (*opens, ".", ";", ":", "!", "?", "("):
        if toks[i].text == ")":  # a bracket inside the aside: `chairman of X (a PAC),`
            i = next((k for k in range(i - 1, max(-1, i - 12), -1) if toks[k].text == "("), i)
        i -= 1
    if i < 0 or toks[i].text not in opens:
        if (i >= 0 and toks[i].text != "(") or j < 1:
            return None
        m = whole_name(toks, i + 1, j, page) or subject_before(toks, j, page)
        # the sentence (or a bracket) opens with the name, its role words before it
        # (`Democratic nominee Hillary Clinton, at a later press gaggle, said`), or with an
        # organisation (`The RNC, in its daily summary, emailed`); not with a role (`The
        # judge, who has heard the case since March, said` may be nobody named, and its
        # aside often names the one it is not; `A nurse, who asked not to be named, said`
        # would become the last speaker, whom a later `The governor said… “…,” she said`
        # does not displace) unless the aside says why they are not named (see
        # _unnamed_source_before)
        if m is None or m.kind not in ("name", "org"):
            return None
        lead = [t for t in toks[i + 1 :] if t.start < m.start]
        lead = lead[opening_adverbial(lead) :]  # `At last the Mouse, who…, said`
        if lead and lead[-1].low == "the":
            lead.pop()
        return m if all(is_word(t) and (is_cap(t) or t.low in ORG_HEADS or t.low in TITLES)
                        for t in lead) else None
    close = j
    if toks[j - 1].text == ")":
        close = next((k for k in range(j - 1, i, -1) if toks[k].text == "("), j)
    start = _aside_name_start(toks, i + 1, close)
    inner = None if _job_title(toks[i + 1 : close]) else (
        whole_name(toks, start, close, page) or _described_name(toks, i + 1, close, page)
        or _called_in_aside(toks, i + 1, close, page))  # not `Operations` of `Jane Roe,
    # Director of Operations, told`
    if inner is not None and len(inner.name) == 1 and close - start == 1 and mark == "," and (
            _org_before(toks, i, page) or (i > 0 and toks[i - 1].low in _PLACE_NOUNS)):
        return _appositive_subject(toks, i, page)  # `who teaches at the University of
        # Nigeria, Nsukka, called`: one word set off after an organisation is its place, and
        # so after a word for a place (`in the Ustrelan capital, Dravinsk, said`)
    if inner is not None and not _party_label(toks[i + 1 : close]):
        who = _relative_opened(toks, i)
        if who is not None:  # `Hollie Marsh, who plays the youngest sister, Orla, describes`:
            return subject_before(toks, who - 1, page)  # Orla is the sister, Marsh speaks
        return inner
    aside = toks[i + 1 : j]
    if not aside or not _aside_like(aside):
        return None
    before = subject_before(toks, i + 1, page) if i >= 1 else None
    if before is None or before.kind != "name":
        return _not_a_name_before(toks, i, aside, before, page)
    g = titles_gender(_description_words(aside))
    if before.gender == "unknown" and g != "unknown":
        before = replace(before, gender=g)
    return replace(before, titles=before.titles + tuple(t.low for t in aside if t.low in TITLES))


UNNAMED_ASIDE = re.compile(
    r"who (?:asked not|did not want|did not give|didn[’']t give|declined to|wished to|"
    r"spoke on condition|requested|would not give|refused to)\b")
"""An aside that says why somebody is not named (`who asked not to be named`, `who did not
want to be named`, `who declined to give her name`, `who did not give her name`): the words
make them a source, one who speaks (see _appositive_subject)."""


def _not_a_name_before(toks: Sequence[Tok], i: int, aside: Sequence[Tok],
                       before: Mention | None, page: Page) -> Mention | None:
    """The subject before an aside set off at toks[i] when it is no name (see
    _appositive_subject): somebody unnamed whom the aside says why (`One woman, who did not
    want to be named, said`, see _unnamed_source_before), the body an aside names after its
    kind (`The local teachers union, the Maple Falls Education Association, said`), else
    what was found before the aside."""
    if before is None and i >= 1 and (UNNAMED_ASIDE.match(" ".join(
            t.low for t in aside)) or aside[0].low == "which"):
        return _unnamed_source_before(toks, i, page)
    if before is None and i >= 2 and aside[0].low == "who":
        return _role_opening(toks, i, page)
    if before is None and i >= 2 and aside[0].low in _WHERE_ASIDE:
        return _role_opening(toks, i, page, _OWNERS)  # `My grandmother, from her chair by
        # the window, said`
    if before is not None and before.kind == "org" and not before.name:
        return _named_body(aside, page) or before
    return before


_WHERE_ASIDE = word_set("from at in on by behind beside across near")
"""Words that open an aside saying where somebody speaks from (see _not_a_name_before)."""
_OWNERS = ("the", "my", "his", "her", "our", "their")
"""Words a role may open with when an aside of where follows it (`My grandmother, from her
chair,`; see _role_opening)."""


def _role_opening(toks: Sequence[Tok], i: int, page: Page,
                  heads: tuple[str, ...] = ("the",)) -> Mention | None:
    """`The senator, who has served since 2009, said`: a definite role that opens the
    sentence (after an opening adverbial at most) before a `who` aside set off at toks[i];
    heads are the words the role may open with."""
    m = role_back(toks, i - 1, page)
    if m is None or m.kind != "role" or not (m.definite or heads != ("the",)) or not (
            m.titles) or m.titles[0] not in heads:
        return None  # (`my grandmother` is no definite role, but somebody all the same)
    k = next(n for n in range(i) if toks[n].start >= m.start)
    lead = list(toks[:k])
    return m if not lead[opening_adverbial(lead):] else None


def _named_body(aside: Sequence[Tok], page: Page) -> Mention | None:
    """The organisation an aside is the whole name of (`the Maple Falls Education
    Association`), else None."""
    k = 1 if aside and aside[0].low == "the" else 0
    if k >= len(aside) or not is_cap(aside[k]) or run_end(aside, k) != len(aside):
        return None
    m = name_mention(aside, k, len(aside), page)
    return m if m is not None and m.kind == "org" else None


def _unnamed_source_before(toks: Sequence[Tok], i: int, page: Page) -> Mention | None:
    """The somebody brought in unnamed who opens the sentence right before the comma at
    toks[i], set off by an aside that says why they are not named (`One woman, who did not
    want to be named, said:`, `A nurse, who asked not to be named, said:`) or that describes
    the body they speak for (`A spokesperson for the trust, which helped to recruit
    participants, said:`): a source of their own, who speaks, unlike a role with any other
    aside (see _appositive_subject)."""
    m = role_back(toks, i - 1, page)
    if m is None or m.kind == "org":
        m = _indefinite_back(toks, i - 1, page)  # `A spokesperson for Leeds Teaching
        # Hospitals NHS Trust, which helped to recruit participants, said:`, `A colleague on
        # the ward, who asked not to be named, said:`
    if m is None or m.kind != "role" or m.definite or m.titles[:1] not in (
            ("a",), ("an",), ("one",), ("another",)):
        return None
    lead = [t for t in toks if t.start < m.start]
    return m if not lead or lead[-1].text == "," else None


ASIDE_STOP = word_set("of for to at in on with who whose which that his her their its from and or")
"""Words that end an aside's description of the one it follows: what comes after is about
somebody or something else (`Ann Roe, a teacher who stayed with her husband,` is no man)."""


def _description_words(aside: Sequence[Tok]) -> list[str]:
    """The words of an aside that describe the one it follows, up to a preposition, a
    relative pronoun or an owner (see ASIDE_STOP)."""
    words: list[str] = []
    for t in aside:
        if t.low in ASIDE_STOP:
            break
        words.append(t.low)
    return words


def _name_after_titled(toks: Sequence[Tok], j: int, page: Page) -> Mention | None:
    """A name set off between a quoted title whose comma closes inside its quote marks and
    the comma at toks[j] (`the production company behind “Extra Time,” Fellside Films,
    said`): the name is the subject, not the words before the title."""
    i = next((k for k in range(j - 1, max(-1, j - 8), -1) if not (
        is_word(toks[k]) and (is_cap(toks[k]) or toks[k].low in ("of", "and", "&")))), -1)
    if i < 1 or i == j - 1 or not _quoted_comma(toks, i, page):
        return None
    if not any(t.low in ("behind", "of", "for", "from") for t in toks[max(0, i - 3) : i]):
        return None  # `behind “X,”`, `the distributor of “X,”`: who the title belongs to
    m = whole_name(toks, i + 1, j, page)
    return m if m is not None and m.kind in ("name", "org") else None


def _quoted_comma(toks: Sequence[Tok], k: int, page: Page) -> bool:
    """toks[k] is a quote whose own comma closes inside its marks (`“Extra Time,”`)."""
    return toks[k].text == QUOTE_TOKEN and page.text[toks[k].start : toks[k].end].rstrip(
        "”\"’' ").endswith(",")


def _aside_name_start(toks: Sequence[Tok], start: int, close: int) -> int:
    """Where the name starts in an aside toks[start:close] that may open with lower-case
    office and role words (`, state Sen. Marcia Price,`, `, retired judge Ellen Park,`)."""
    while start < close - 1 and toks[start].text in _OFFICE_LEADS:
        start += 1
    cap = next((k for k in range(start, close) if not toks[k].text.islower()), close)
    if start < cap < close - 1 and all(t.text in TITLES | ROLE_NOUNS and t.low != "of"
                                       for t in toks[start:cap]):
        return cap
    last = close  # `, Ridgeway Construction managing director Colin Ridgeway,`: the name
    while last > start and is_cap(toks[last - 1]) and is_word(toks[last - 1]):  # after a
        last -= 1  # role noun that ends the aside's words before it
    if start < last < close - 1 and toks[last - 1].text in TITLES | ROLE_NOUNS and (
            toks[last - 1].text.islower()) and not any(
                t.low in PREPOSITIONS or t.low == "of" for t in toks[start:last]):
        return last  # (not `, chairman of America Rising,`: what the post is of)
    return start


def _relative_opened(toks: Sequence[Tok], i: int) -> int | None:
    """The index of a `who` right after a comma that opens a clause running with no comma to
    toks[i], a comma after a lower-case word (`, who plays the youngest sister,`): a name set
    off after that comma is the clause's object, not the sentence's subject."""
    if i < 3 or not toks[i - 1].text.islower():
        return None
    for k in range(i - 1, 0, -1):
        if toks[k].text in (",", ".", ";", ":", "—", "–"):
            return None
        if toks[k].low == "who" and toks[k - 1].text == ",":
            return k
    return None


_OFFICE_LEADS = word_set("state former then retired acting county city")
"""Lower-case words before a title and name in an aside (`, former state Sen. Marcia Price,`)."""


def _described_name(toks: Sequence[Tok], i: int, j: int, page: Page) -> Mention | None:
    """toks[i:j] is one name and a description of its own (`John McCain, who lost in 2008`),
    not a list (`Paul Arden, a Republican, and Victor Lane`)."""
    comma = next((k for k in range(i + 1, j) if toks[k].text == ","), j)
    rest = toks[comma + 1 : j]
    if not rest or any(t.text == "," or (t.low == "and" and k + 1 < len(rest) and is_cap(
            rest[k + 1])) for k, t in enumerate(rest)) or not _aside_like(rest):
        return None
    return whole_name(toks, i, comma, page)


def opening_adverbial(toks: Sequence[Tok], k: int = 0) -> int:
    """Where the subject may start after an opening adverbial at toks[k] (`At last the
    Mouse`, `Very soon the Rabbit`, `And then Tom`, `Presently she`), else k.

    Edge cases: the first word is one of _OPENERS and the next ones are lower-case adverbs
    or openers; `At` and `Once` need an adverb after them (`At last`, `Once more`), for `At
    the White House, Obama said` is a place, read as one by main_subject, and `Once the
    Senate voted,` a clause (see opening_clause_end); one opener alone before a capital is part
    of a name (`Long Tran said`), and before any other word it must be followed by a
    lower-case one (`Soon the Rabbit`); a place or time adverb (`Far off,`, `Outside,`) is
    adverbial before a comma or a lower-case word, and so is a time with its comma (`Last
    month,`, `That night,`).
    """
    if k + 1 < len(toks) and toks[k].low in _WHERE_OPENERS and (
            toks[k + 1].text == "," or toks[k + 1].text.islower()):
        return k + 1  # `Far off, a hawk turned`, `Outside, the rain…`
    if k + 2 < len(toks) and toks[k].low in _TIME_LEADS and toks[k + 1].low in _TIME_NOUNS and (
            toks[k + 2].text == ","):
        return k + 3  # `Last month, when Claire visited, he…`: a time, then its comma
    if k >= len(toks) or toks[k].low not in _OPENERS:
        return k
    j = k + 1
    while j < len(toks) and (is_adverb(toks[j]) or toks[j].text in _OPENERS):
        j += 1
    if j == k + 1 and (toks[k].low in _OPENS_PHRASE or not (
            j < len(toks) and toks[j].text.islower())):
        return k
    return j


_OPENERS = word_set(
    """at once soon presently suddenly now here meanwhile so and but very then later finally
    still just even again first last long""")
"""Words that may open a sentence before its subject (`At last`, `Very soon`). Some are
ADVERBS too, but ADVERBS also holds auxiliaries (`Will Smith said`)."""
_WHERE_OPENERS = word_set(
    """far outside overhead nearby somewhere elsewhere downstairs upstairs indoors outdoors
    afterwards afterward tonight""")
"""Adverbs of place and time that open a sentence before a comma or a lower-case word
(`Far off, a hawk turned`): never the subject's name."""
_TIME_LEADS = word_set("last this next that one every")
_TIME_NOUNS = word_set("""week month year morning afternoon evening night weekend summer winter
    spring autumn day""")
"""A time that opens a sentence before its comma (`Last month,`, `That night,`; see
opening_adverbial)."""
_OPENS_PHRASE = word_set("at once")
"""Openers that also open a place or a clause (`At the Capitol,`, `Once the Senate voted,`):
adverbial only before an adverb (`At last`, `Once more`)."""


def skip_aside(toks: Sequence[Tok], k: int) -> int:
    """The index after an aside that opens at toks[k] (`, R-Ky.,`, `, the No. 2 in the GOP
    leadership,`, `(D-Ohio)`, `— who led the agency —`), or k when none does.

    Edge cases: the aside closes with the mark that opened it (a bracket with its pair)
    within 25 words, holds no quote or sentence end, and reads like a description of a
    person (see _aside_like)."""
    if k >= len(toks) or toks[k].text not in (",", "(", "—", "–"):
        return k
    close = ")" if toks[k].text == "(" else toks[k].text
    stops = {QUOTE_TOKEN, ".", ";", ":", "!", "?", *(("(",) if close == ")" else ())}
    for e in range(k + 1, min(len(toks), k + 27)):
        t = toks[e].text
        if t == close:
            aside = toks[k + 1 : e]
            return e + 1 if aside and (close == ")" or _aside_like(aside)) else k
        if t in stops:
            return k
    return k


def _party_label(aside: Sequence[Tok]) -> bool:
    """An aside that is a party label with a state or a home town (`R-Pa.`, `D-Ohio`,
    `R-Butler`, `D-Philadelphia`, `D-Tule Springs`, `D-Bell County`), not a name."""
    return 1 <= len(aside) <= 3 and _PARTY_STATE.match(aside[0].text.rstrip(".")) is not None and (
        all(is_cap(t) and is_word(t) for t in aside[1:]))


_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}$")


def _place_like(t: Tok) -> bool:
    """A place between commas (`N.C.`, `Iowa`, `Texas`) or a state abbreviation."""
    return _ACRONYM.match(t.text) is not None or t.low in PLACES or (
        is_cap(t) and t.text.endswith(".") and len(t.text) <= 6)


def _aside_like(aside: Sequence[Tok]) -> bool:
    """Words that can describe a person between commas (`a spokeswoman`, `who has led…`,
    `the senator from Ohio`, `45`, `Smith’s aide`, `Jones’ campaign manager`)."""
    first = aside[0]
    if _party_label(aside):
        return True
    if is_possessive(first) and len(aside) > 1:
        return True
    if len(aside) > 2 and is_cap(first) and aside[1].text in ("’", "'"):
        return True
    if len(aside) <= 3 and all(_place_like(t) for t in aside):
        return True
    return (first.low in DETERMINERS or first.low in _ASIDE_STARTS or first.low in TITLES
            or first.low in ROLE_NOUNS or first.text[0].islower() or first.text[0].isdigit()
            or _job_title(aside))


_POSTS = word_set("""director executive officer head manager president chair chairman
    chairwoman chairperson secretary founder co-founder editor partner lead leader coordinator
    adviser advisor minister spokesperson spokesman spokeswoman analyst economist strategist
    engineer scientist professor lecturer researcher fellow governor treasurer controller
    counsel administrator superintendent commissioner consultant specialist principal dean
    provost chancellor trustee""")
"""Words for a post that a press release writes in capitals after a name (see _job_title);
not every title (`Caldwell Marine` is a firm)."""


def _job_title(words: Sequence[Tok]) -> bool:
    """The words are a post written in capitals, as press releases set it after a name
    (`Director of Operations`, `Project Director for Ailbhe`, `Chief Executive of Norrvind`):
    capitalised words up to five, one of them a post (see _POSTS), none a name after it
    (`Chief Executive Jane Roe` is a name), and then nothing or `of`, `for`, `at` or `in` and
    what the post is of."""
    k = 0
    seen = False
    while k < len(words) and k < 5 and is_cap(words[k]) and is_word(words[k]):
        if words[k].low in _POSTS:
            seen = True
        elif seen:
            return False  # `Director Jane Roe`: the role's holder named
        k += 1
    return seen and (k == len(words) or words[k].low in ("of", "for", "at", "in"))


def whole_name(toks: Sequence[Tok], i: int, j: int, page: Page, firm: bool = False
               ) -> Mention | None:
    """toks[i:j] when it is exactly one capitalised name run (`Liu Pengyu`); with firm, a
    company's name of two words or more too (`Pew Research`)."""
    if j <= i or run_end(toks, i) != j:
        return None
    m = name_mention(toks, i, j, page)
    return m if m is not None and (m.kind == "name" or (
        firm and m.kind == "org" and len(m.name) > 1 and m.name[-1].lower() in COMPANY_ENDS)
    ) else None


def subject_after(toks: Sequence[Tok], i: int, page: Page) -> Mention | None:
    """The subject after an inverted verb (see _subject_after), or the name a role there is
    set off with (see _role_then_name: also `said one of them, Ibrahim Touré,`), or a user
    name (`wrote gardenthyme88.`)."""
    if i < len(toks) and _USERNAME.fullmatch(toks[i].text) and (
            i + 1 == len(toks) or not is_word(toks[i + 1])):
        return Mention("name", toks[i].text, toks[i].start, toks[i].end, (toks[i].text,))
    m = styled_mention(toks, i) or _subject_after(toks, i, page) or _one_of_them(toks, i)
    holder = _portfolio_holder(toks, m, page) if m is not None else None
    if holder is not None:
        return holder  # `said UN High Commissioner for Refugees Filippo Grandi.`
    return _role_then_name(toks, m, page) if m is not None and (
        m.kind == "role" or _office_of(m)) else m


def _one_of_them(toks: Sequence[Tok], i: int) -> Mention | None:
    """`said one of them, Ibrahim Touré, 24,`, `said one of the holdouts, a retiree named
    Gloria,`: the name set off after it (see _role_then_name); None when no name follows
    (`said one of them.` is nobody known)."""
    if i + 4 >= len(toks) or toks[i].low != "one" or toks[i + 1].low != "of":
        return None
    k = i + 2
    if toks[k].low == "the" and k + 2 < len(toks) and toks[k + 1].text.islower() and (
            toks[k + 1].low.endswith("s")):
        k += 1  # `one of the holdouts`
    elif toks[k].low not in ("them", "those", "these", "us"):
        return None
    if k + 2 < len(toks) and toks[k + 1].text == "," and (
            is_cap(toks[k + 2]) or toks[k + 2].low in ("a", "an")):
        return Mention("role", "one of them", toks[i].start, toks[k].end, (), ("one",),
                       "unknown", False)
    return None


def _portfolio_holder(toks: Sequence[Tok], m: Mention, page: Page) -> Mention | None:
    """The name right after a title's `for` and its portfolio (`UN High Commissioner` for
    Refugees Filippo Grandi; see _after_portfolio), with the title's words, or None."""
    k = next((n for n, t in enumerate(toks) if t.start >= m.end), len(toks))
    if k + 3 >= len(toks) or toks[k].low != "for" or not is_cap(toks[k + 1]):
        return None
    e = run_end(toks, k + 1)
    p = _after_portfolio(toks, k + 1, e)
    named = name_mention(toks, p, e, page, ()) if p > k + 1 else None
    return replace(named, text=page.text[m.start : named.end], start=m.start) if (
        named is not None and named.kind == "name") else None


def _office_of(m: Mention) -> bool:
    """A name read as titles then `of` a place or a body (`the President of Kenya`, `the
    National President of UTAG`): an office, whose holder a name set off after it is (`,
    William Ruto,`), see _role_then_name."""
    return m.kind == "name" and bool(m.titles) and m.titles[-1] in ROLE_QUALIFIERS


def office_holder(toks: Sequence[Tok], m: Mention, page: Page) -> Mention | None:
    """The name set off after an office in capitals (`The Vice-Chancellor of the University
    of Ghana, Prof. Nana Appiah,`, `the National President of UTAG, Prof. Kwame
    Asante-Boateng,`: see _office_of), or None."""
    if m.kind != "role" and not _office_of(m):
        return None
    holder = _role_then_name(toks, m, page)
    return holder if holder is not m else None


def _role_then_name(toks: Sequence[Tok], m: Mention, page: Page) -> Mention:
    """`said the protester, Amina Yusuf.`, `said a spokesman, Tom Rusk, who…`: a role set
    off by a name after it is that person, the role's words their titles; else the
    role. The name must be one (not `said the mayor, Tuesday`) and end the sentence or be
    set off in turn (not `said the captain, Tom Hale nodding`), and the role must not go on
    to another person, whom the name may be (`said a spokesman for the governor, Andrew
    Cuomo.`; but `said a spokeswoman for Central Power, Lisa Grant.` is Lisa Grant)."""
    c = next((n for n, t in enumerate(toks) if t.start >= m.end), len(toks))
    words = [t for t in toks if m.start <= t.start < m.end]
    if c + 2 < len(toks) and (toks[c].low in ROLE_QUALIFIERS or toks[c].low == "behind"):
        # `The chair of the talks, Luis Roe,`, `The Minister for Education, Dr Abena
        # Osei-Mensah,`; `the production company behind “Extra Time,” Fellside Films,`
        end = next((n for n in range(c + 1, min(len(toks), c + 10)) if not is_word(toks[n])),
                   c)  # `A spokesperson for the International Committee of the Red Cross, X,`
        words += toks[c:end]
        c = end
    c = _second_role_end(toks, c)  # `said Northgate’s chairman and chief executive, X,`
    n = _lead_end(toks, c + 1)  # `The chair, Ecuadorian diplomat Luis Roe,`
    if n >= len(toks) or not (toks[c].text == "," or _quoted_comma(toks, c, page)) or not (
            is_cap(toks[n])) or not (
            is_word(toks[n])) or (any(t.low in PREPOSITIONS for t in words) and (
                person_noun(words[-1]))):
        return m  # `said a spokesman for the governor, Andrew Cuomo.`: the name is his
    j = run_end(toks, n)
    if j < len(toks) and toks[j].text not in (".", ",", ";", "!", "?", "—", "–") and not (
            toks[j].low == "who" and toks[n - 1].low in ("named", "called")):
        return m  # (but `said the trainee, a Seaman Apprentice named Bright who had…`)
    role = [t for t in toks if m.start <= t.start < m.end and is_word(t) and (
        t.low not in DETERMINERS)]
    owner = max((n for n, t in enumerate(role) if is_possessive(t)), default=-1)
    named = name_mention(toks, n, j, page, [*role[owner + 1 :], *toks[c + 1 : n]])  # `Ms
    # Dunbar's husband, Alasdair,`: the owner's honorific is not his
    if named is None or named.kind != "name":
        return m
    start = toks[c + 1].start
    return replace(named, text=page.text[start : named.end], start=start)


def _second_role_end(toks: Sequence[Tok], c: int) -> int:
    """Past a second post joined to a role by `and` at toks[c] (`chairman and chief
    executive`, `president and CEO`), up to the comma before a name (see _role_then_name);
    c itself when no such post follows."""
    if c >= len(toks) or toks[c].low != "and":
        return c
    end = next((n for n in range(c + 1, min(len(toks), c + 5)) if not is_word(toks[n])), c)
    post = toks[c + 1 : end]
    fits = post and all((t.text.islower() and (t.low in ROLE_NOUNS or t.low in ROLE_ADJ)) or (
        t.text.isupper() and 2 <= len(t.text) <= 4) for t in post)
    return end if fits and (post[-1].low in ROLE_NOUNS or post[-1].text.isupper()) else c


ROLE_QUALIFIERS = word_set("of for in")
"""Words that go on with a role before the name set off after it (see _role_then_name and
attribute._role_for_before)."""


def _lead_end(toks: Sequence[Tok], k: int) -> int:
    """Past the words that describe the one named next, from toks[k]: a people's name and
    role words, with at least one role word (`Ecuadorian diplomat` Luis Roe, `veteran
    engineer` Tom Hale), or a description that gives the name (`a nursing major named`
    Dakota Reyes, `a retiree called` Gloria); k when there are none."""
    if k + 2 < len(toks) and toks[k].low in ("a", "an"):
        named = next((n for n in range(k + 1, min(len(toks) - 1, k + 7))
                      if toks[n].low in ("named", "called") or not is_word(toks[n])), k)
        if toks[named].low in ("named", "called") and is_cap(toks[named + 1]):
            return named + 1
    n = k
    while n < len(toks) and n - k < 3 and is_word(toks[n]) and (
            nation_word(toks[n]) or toks[n].low in DEMONYMS or (is_cap(toks[n]) and (
                toks[n].low.endswith(("an", "ese", "ish")))) or (
                toks[n].text.islower() and (toks[n].low in ROLE_NOUNS | ROLE_ADJ))):
        n += 1
    return n if any(t.text.islower() and t.low in ROLE_NOUNS for t in toks[k:n]) else k


def styled_mention(toks: Sequence[Tok], i: int) -> Mention | None:
    """`his lordship`, `her ladyship` at toks[i]: the peer the style stands for,
    as a role of their title (`the lord`, the one Lord the story names; see
    State.resolve_role), with the gender of his/her."""
    if i + 1 >= len(toks) or toks[i].low not in ("his", "her") or (
            toks[i + 1].low not in _STYLES):
        return None
    gender: Gender = "male" if toks[i].low == "his" else "female"
    return Mention("role", f"{toks[i].text} {toks[i + 1].text}", toks[i].start, toks[i + 1].end,
                   (), ("the", _STYLES[toks[i + 1].low]), gender, True)


_STYLES = {"lordship": "lord", "ladyship": "lady"}
"""How a story styles a peer (`said his lordship`), and the title it stands for."""


def _subject_after(toks: Sequence[Tok], i: int, page: Page) -> Mention | None:
    """The subject after an inverted verb: `said Smith`, `said the senator from Ohio`, `says
    she`, `said I` (a story's teller), `said White House press secretary Jen Psaki`.

    Edge cases: role words then a name take the name, and so does an owner then a name of
    two words or a known first name (`said CNN’s Jake Tapper`; `said Trump’s Secretary of
    State` is nobody, see _name_run_after); two titles joined by `and` before one name are
    that person's (`said former Pennsylvania Gov. and DNC Chairman Ed Rendell`); a
    determiner then role words and no name is a role; an indefinite article then a name (`a
    Smith aide`) is a role; an object pronoun or a lower-case word that is no role gives
    None, and so does `of` (`said of Sanders` names whom the words are about).
    """
    if i >= len(toks) or toks[i].low == "of":
        return None
    t = toks[i]
    p = pronoun_mention(t)
    if p is not None:
        return p if p.text.lower() in ("he", "she") or p.text == "I" else None
    if t.low in ("a", "an", "one", "another"):
        return indefinite_np(toks, i, page)
    k = i
    while k < len(toks) and (toks[k].text.isdigit() or toks[k].text == "/") and k - i < 3:
        k += 1  # a date that describes the person: `said 9/11 widow Terry Strada`
    if k > i and (k == len(toks) or not toks[k].text.islower()):
        return None
    while k < len(toks) and k - i < 8 and is_word(toks[k]) and not is_cap(toks[k]) and (
        toks[k].low in DETERMINERS or toks[k].low in TITLES or page.role_word(toks[k].low)
        or toks[k].low in ROLE_ADJ or toks[k].low in ORG_HEADS or toks[k].low in PERSON_ADJ
        or _modifies_role(toks, k, page)
    ):
        k += 1
    k = _past_modifiers(toks, i, k)  # `said my younger brother`
    n = k
    while n < len(toks) and n - k < 3 and _describing(toks[n]):
        n += 1
    if n > k and n < len(toks) and is_cap(toks[n]) and is_word(toks[n]):
        k = n
    if k < len(toks) and is_cap(toks[k]) and is_word(toks[k]) and not (
        k > i and toks[i].low in _INDEFINITE
    ):
        found = _name_run_after(toks, k, page)
        if found is None:
            return None
        k, j = found
        if j < len(toks) and (toks[j].low in ROLE_NOUNS | ORG_HEADS | _OFFICES) and not (
                is_cap(toks[j])):  # `said Salga's Eastern Cape chairperson, Cllr X`
            named = _name_after_description(toks, k, j, page)
            return named if named is not None else role_back(toks, _role_nouns_end(toks, j),
                                                             page)
        m = name_mention(toks, k, j, page, [t for t in toks[i:k] if not t.text[0].isdigit()
                                            and t.text != "/"])
        if m is None and j == k + 1 and first_name_gender(toks[k].low) != "unknown":
            return Mention("name", toks[k].text, toks[k].start, toks[k].end, (toks[k].text,),
                           gender=first_name_gender(toks[k].low))  # `said Will.`: not `will`
        if m is not None:
            return _second_title(toks, j, page, m)
    if k > i:
        return _noun_then_name(toks, i, page) or role_back(toks, k - 1, page)
    return None


def _role_nouns_end(toks: Sequence[Tok], j: int) -> int:
    """The last of the lower-case role nouns from toks[j] on (`said the Zuri chief
    executive`: `executive`)."""
    while j + 1 < len(toks) and toks[j + 1].text.islower() and toks[j + 1].low in ROLE_NOUNS:
        j += 1
    return j


def _modifies_role(toks: Sequence[Tok], k: int, page: Page) -> bool:
    """toks[k] is a lower-case word that describes the role word one or two words on, after
    a determiner (`said the two-term mayor`, `said the popular mayor`, `said the
    first-term senator`): part of the role phrase."""
    if k == 0 or (toks[k - 1].low not in DETERMINERS and not _modifies_role(toks, k - 1, page)):
        return False
    return _role_modifier(toks[k]) and any(
        n < len(toks) and toks[n].text.islower() and page.role_word(toks[n].low)
        for n in (k + 1, k + 2)) and (page.role_word(toks[k + 1].low) or _role_modifier(
            toks[k + 1]))


def _role_modifier(t: Tok) -> bool:
    """A lower-case word or hyphened compound that may describe a role (`popular`,
    `two-term`), see _modifier."""
    parts = t.text.split("-")
    return _modifier(t) or (len(parts) > 1 and all(p.isalpha() and p.islower() for p in parts))


def _noun_then_name(toks: Sequence[Tok], i: int, page: Page) -> Mention | None:
    """`said the mechanic, João Pereira.`: a determiner and up to three lower-case words no
    role list knows, set off by a name that ends the sentence or is set off in turn: that
    person (two name words, or a known first name). Not across a preposition (`said a friend
    of the victim, Tom Hale`: the victim may be Tom Hale)."""
    c = i + 1
    while c < len(toks) and c - i <= 3 and is_word(toks[c]) and toks[c].text.islower() and (
            toks[c].low not in PREPOSITIONS):
        c += 1
    if c == i + 1:
        return None
    if c + 1 < len(toks) and toks[c].low == "of" and (
            page.role_word(toks[c - 1].low) or toks[c - 1].low == "head"):
        c = _field_end(toks, c + 1)  # `said the company's director of safety, Yuki Tanabe.`
    noun = Mention("role", page.text[toks[i].start : toks[c - 1].end], toks[i].start,
                   toks[c - 1].end, tuple(t.low for t in toks[i:c]))
    named = _role_then_name(toks, noun, page)
    if named is noun or (len(named.name) < 2 and first_name_gender(named.name[0].lower()) == (
            "unknown")):
        return None
    return named


def _field_end(toks: Sequence[Tok], k: int) -> int:
    """Where the field after a role's `of` ends (`of safety`, `of public affairs`): up to
    three lower-case words from toks[k], no determiner among them."""
    c = k
    while c < len(toks) and c - k < 3 and is_word(toks[c]) and toks[c].text.islower() and (
            toks[c].low not in DETERMINERS):
        c += 1
    return c if c > k else k - 1


_USERNAME = re.compile(r"[a-z]{2,}\d+")
"""A forum or social-media user name in lower case with digits at its end
(`gardenthyme88`): after an inverted verb, the one who wrote."""


def _past_modifiers(toks: Sequence[Tok], i: int, k: int) -> int:
    """When toks[i] is `my` or `our`, past up to two words that qualify one of the writer's
    people and the noun (`younger brother`, `young cousin`, `tour guide`, see
    _writers_own): where the phrase ends, or k (where the role words before ended) when no
    such noun follows. (Not after `the`: `said the bald man` would be taken for the man who
    spoke before, whose words nobody compared.)"""
    if toks[i].low not in ("my", "our"):
        return k
    for r in range(i + 1, min(i + 4, len(toks))):
        if is_cap(toks[r]) or not is_word(toks[r]):
            break
        if _writers_own(toks, r):
            return max(k, r + 1)
        if not (_modifier(toks[r]) or toks[r].low in PERSON_ADJ):
            break
    return k


def _writers_own(toks: Sequence[Tok], j: int) -> bool:
    """toks[j] is a word for somebody the writer knows (OWN_NOUNS), owned by `my` or `our`
    with at most two words between (`my mother`, `my late grandmother`, `our tour guide`):
    a memoir's or a travel piece's people, who speak with no name."""
    if toks[j].low not in OWN_NOUNS:
        return False
    for d in range(j - 1, max(j - 4, -1), -1):
        if toks[d].low in ("my", "our"):
            return True
        if is_cap(toks[d]) or not (_modifier(toks[d]) or toks[d].low in PERSON_ADJ):
            return False
    return False


OWN_NOUNS = KIN_WORDS | word_set(
    """mum mom mam mammy mummy mommy dad daddy grandma grandpa granny gran nan nana grandad
    stepmother stepfather stepmom stepdad stepmum fiance fiancé fiancee fiancée girlfriend
    boyfriend partner colleague guide driver manager neighbour neighbor roommate flatmate housemate
    therapist coach landlady landlord mentor tutor teacher boss editor doctor friend""")
"""Words for the people a writer knows who speak with no name (`my mum`, `our guide`). Not
`my friend` or `our visitor`: a first-person novel's teller so calls the named hero (`said
my companion` is Holmes)."""


def _name_run_after(toks: Sequence[Tok], k: int, page: Page) -> tuple[int, int] | None:
    """Where the name of an inverted cue's capitalised run at toks[k] starts and ends: past an
    owner to a name of two words or a known first name (`said CNN’s Wolf Blitzer`, `said
    Cleveland’s Plain Dealer`), and past lower-case role words between two runs (`said
    Idaho nutritional-supplement executive Frank Roe`), also any words that describe the
    name after an owner (`said Clinton’s running mate Tim Kaine`), and two plain words before
    a role word (`said Oxfam policy adviser Ruth Bell`, `said UN climate chief Simon
    Stiell`: the organisation's run is no name). None when an owner comes
    before something else (`said Trump’s Secretary of State`, `said Obama’s Justice
    Department`): no one to voice."""
    j = run_end(toks, k)
    owner = possessive_at(toks, j - 1)
    if owner and j < len(toks) and is_cap(toks[j]) and is_word(toks[j]):
        owned = name_mention(toks, j, run_end(toks, j), page)
        if owned is None or not _surely_named(owned):
            return None
        k, j = j, run_end(toks, j)
    r, plain = j, 0
    while r < len(toks) and toks[r].text.islower() and (
        _role_word(toks[r]) or (owner and r - j < 3 and toks[r].text.isalpha()
                                and toks[r].low not in PREPOSITIONS)
        or (plain < 2 and _plain_word(toks[r]))
    ):
        plain += not _role_word(toks[r]) and not (owner and r - j < 3)
        r += 1
    if r > j and r < len(toks) and is_cap(toks[r]) and is_word(toks[r]) and (
            not plain or _role_word(toks[r - 1]) or _named_after_noun(toks, r, page)):
        k, j = r, run_end(toks, r)
    return k, j


def _named_after_noun(toks: Sequence[Tok], r: int, page: Page) -> bool:
    """The run at toks[r] is a person's name after a lower-case noun for a person that a
    capitalised word qualifies (`said the Welsh farmer Dai Jones`, `said Clinton supporter
    Ann Lee`): the noun is a person's (see person_noun), the name is surely one (two words
    or a known first name, not `said Smith later Tuesday`)."""
    if not person_noun(toks[r - 1]):
        return False
    m = name_mention(toks, r, run_end(toks, r), page)
    return m is not None and m.kind == "name" and _surely_named(m)


def _role_word(t: Tok) -> bool:
    """A lower-case word of a title or role (`adviser`, `chief`, `nutritional-supplement`)."""
    return t.low in TITLES or t.low in ROLE_NOUNS or t.low in ROLE_ADJ or "-" in t.text


def _plain_word(t: Tok) -> bool:
    """A lower-case word that may qualify a role after an organisation's name (`Oxfam policy
    adviser`, `UN climate chief`): not a preposition or determiner."""
    return t.text.isalpha() and t.low not in PREPOSITIONS and t.low not in DETERMINERS


def _second_title(toks: Sequence[Tok], j: int, page: Page, m: Mention) -> Mention:
    """A bare title m ending before `and` that another titled name follows is that person's
    (`said former Gov. and party Chairman Ed Roe`); else m."""
    if m.kind == "role" and j < len(toks) and toks[j].low == "and":
        other = subject_after(toks, j + 1, page)
        if other is not None and other.kind == "name" and other.titles:
            return other
    return m


def _name_after_description(toks: Sequence[Tok], i: int, j: int, page: Page) -> Mention | None:
    """`said Republican party boss Jane Roe`: a description that starts with capitalised
    words and a role or organisation noun (toks[i:j+1]) and ends in a full name.

    Edge cases: up to three lower-case words after the noun; the name may be set off by
    commas (`said Albrecht-Lowry’s campaign manager, Colton Briggs-Hayward.`) and must have
    two words or more (`said the party chairman Tuesday` is no name).
    """
    n = j + 1
    while n < len(toks) and n - j <= 3 and _describing(toks[n]):
        n += 1
    set_off = n + 1 < len(toks) and toks[n].text == "," and is_cap(toks[n + 1])
    n += set_off
    if n >= len(toks) or not (is_cap(toks[n]) and is_word(toks[n])):
        return None
    e = run_end(toks, n)
    if set_off and e < len(toks) and toks[e].text not in (",", ".", ";", "!", "?"):
        return None
    m = name_mention(toks, n, e, page, [t for t in toks[i:n] if t.text != ","])
    return m if m is not None and m.kind == "name" and len(m.name) > 1 else None


_NP_STOP = word_set(
    """who whom whose which that close familiar with in on at of from for to by as who's and
    or but said says told added asked wrote speaking asking according when while if after
    before because near named called"""
)
_OWNERS_OF_MANY = word_set("her his their the its our")
"""The owner in `one of her aides` (see indefinite_np)."""


_QUALIFIER_OPENERS = word_set(
    "close familiar with from in at to for near behind outside inside beside among")
_SPEAKING = word_set("voice tone whisper undertone manner")
"""How a person speaks (`another gentleman in a gruff voice`): no part of who they are."""


def indefinite_np(toks: Sequence[Tok], i: int, page: Page) -> Mention | None:
    """`a spokesman`, `one Trump confidant`, `another New Hampshire Democrat`, `a person close
    to the Clintons`: somebody the article does not name (definite=False), with the words
    that describe them.

    Edge cases: the phrase ends at a comma, a relative pronoun, an adverb (`A Clinton
    campaign official later walked back…`) or a verb; a qualifier after
    the head (`close to the Clintons`, `familiar with the talks`, `speaking to Fox News`) is
    kept in the words, up to ten in all, and ends at a verb, a modal or an adverb (`a
    spokesman for Sanders could only quip`, `a spokesman for Platte River declined`), but how
    the person speaks is no qualifier (`another gentleman in a gruff voice`); the head must be
    a person noun, not a thing (`a statement` gives None).
    """
    if i + 3 < len(toks) and toks[i].low == "one" and toks[i + 1].low == "of" and toks[
            i + 2].low in _OWNERS_OF_MANY:
        some = indefinite_np(toks, i + 2, page)  # `one of her aides said`: one aide
        if some is None or not some.titles:
            return None
        one = (*some.titles[1:-1], some.titles[-1].removesuffix("s"))
        return replace(some, text=page.text[toks[i].start : some.end], start=toks[i].start,
                       titles=("one", *one))
    k = i + 1
    head = -1
    while k < len(toks) and k - i <= 6 and is_word(toks[k]) and toks[k].low not in _NP_STOP and (
            head < 0 or not (toks[k].text.endswith("ing") or is_adverb(toks[k]))):
        head = k
        k += 1
    doc = next((n for n in range(i + 1, head + 1) if toks[n].low in DOCUMENTS), -1)
    if doc >= 0:
        return _document_from(toks, doc, page)
    if head < 0 or not (person_noun(toks[head]) or page.role_word(toks[head].low) or (
            toks[i].low in _OWNERS_OF_MANY and (
            toks[head].text.endswith("s") and person_noun(toks[head]._replace(
                text=toks[head].text[:-1]))))):
        return None
    end = head + 1
    called = _called_name(toks, end, page)
    if called is not None:
        return called  # `said a driver named Kofi Mensah`: Kofi Mensah
    manner = end < len(toks) and toks[end].low == "in" and any(
        t.low in _SPEAKING for t in toks[end + 1 : end + 4])  # `… in a gruff voice`
    if not manner and end < len(toks) and (
            toks[end].low in _QUALIFIER_OPENERS or toks[end].text.endswith("ing")):
        end += 1
        while end < len(toks) and end - i <= 10 and is_word(toks[end]) and toks[end].low not in (
                "who", "which", "that", "and", "before", "after", "when", "while", "as",
                "because", "until") and not _verb_or_adverb(toks[end]) and not (
                _past_verb_at(toks, end)) and not _strong_past_at(toks, end):
            end += 1
    words = toks[i:end]
    gender = titles_gender(t.low for t in words)
    return Mention("role", page.text[words[0].start : words[-1].end], words[0].start,
                   words[-1].end, (), tuple(t.low for t in toks[i : head + 1]), gender, False)


def _called_name(toks: Sequence[Tok], k: int, page: Page) -> Mention | None:
    """The name after `named` or `called` at toks[k], which ends a description of somebody
    (`a driver named Kofi Mensah`, `a young man called Ashraf who…`)."""
    if k + 1 >= len(toks) or toks[k].low not in ("named", "called") or not (
            is_cap(toks[k + 1]) and is_word(toks[k + 1])):
        return None
    m = name_mention(toks, k + 1, run_end(toks, k + 1), page, ())
    return m if m is not None and m.kind == "name" and not m.weak else None


def _called_in_aside(toks: Sequence[Tok], lo: int, hi: int, page: Page) -> Mention | None:
    """The name an aside toks[lo:hi] gives somebody it describes (`The clerk, a young man
    called Ashraf who was tired of the question, told me`; see _called_name)."""
    if hi - lo < 4 or toks[lo].low not in ("a", "an"):
        return None
    k = next((k for k in range(lo + 2, hi - 1) if toks[k].low in ("named", "called")), None)
    if k is None or not person_noun(toks[k - 1]) or not all(is_word(t) for t in toks[lo:k]):
        return None
    return _called_name(toks, k, page)


def _document_from(toks: Sequence[Tok], k: int, page: Page) -> Mention | None:
    """`a letter from the American Legion`, `a letter to the board from Jo Roe`, `a court
    document filed by Jo Roe`: the author named after the document noun at toks[k] (see
    _issued_passive); a bare `from` counts here, where the document is someone's words, with
    at most three words between."""
    f = next((n for n in range(k + 1, min(len(toks), k + 5)) if not is_word(toks[n])
              or toks[n].low == "from"), -1)
    if f >= 0 and toks[f].low == "from":
        return _issuer_after(toks, f + 1, page)
    return _issued_passive(toks, k, page)


def person_noun(t: Tok) -> bool:
    """A noun naming a person: a role word, a party member, or a word for someone (`-er`,
    `-ist`, `-ant`, `-ian`: `strategist`, `confidant`, `veteran`, `insider`), but not a
    thing that ends the same way (`a statement`, `a document`, `a poster`)."""
    w = t.low
    if w in ROLE_NOUNS or w in ("democrat", "republican", "person", "insider", "staffer"):
        return True
    return t.text.islower() and _person_shaped(w)


def _person_shaped(w: str) -> bool:
    """The word ends as words for people do (`-er`, `-or`, `-ist`, `-ant`, `-ian`, `-ent`,
    `-ee`), and is no `-ment` and no document (`a statement`, `a poster`)."""
    return w.endswith(("er", "or", "ist", "ant", "ian", "ent", "ee")) and not w.endswith(
        "ment") and w not in DOCUMENTS


_MODALS = word_set("could would will can may might should must has have had is was are were did")


def _past_verb_at(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] is a lower-case `-ed` word used as a verb: right after a capitalised word (`a
    spokesman for Platte River declined`, not a name's word: `the House Armed Services
    Committee`), or after a lower-case noun with an object after it (`a spokeswoman for the
    ministry issued a statement`, `a clerk from the bank handed Tom a letter`, `a soldier at
    the door knocked loudly`) or nothing after it in its clause (`a servant from the mill
    smiled:`), not a word that describes the next one (`a lawyer for two unnamed officers`,
    `the agency’s disputed report`, `close to the embattled mayor`, `for embattled Acme`)."""
    w, before = toks[k].text, toks[k - 1]
    if not (w.islower() and w.endswith("ed")):
        return False
    if is_cap(before):
        return True
    after = toks[k + 1] if k + 1 < len(toks) else None
    return before.text.islower() and before.low not in DETERMINERS | PREPOSITIONS and (
        after is None or not is_word(after) or after.low in DETERMINERS or (
            after.low in PREPOSITIONS) or is_cap(after) or is_adverb(after))
    # `A servant from the mill smiled:`, `handed Tom a letter`, `knocked loudly`


def _strong_past_at(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] is a past tense without `-ed` that ends a person phrase's qualifier (`a worker
    from the mill came out`, `a man in a grey coat stood up`); one that is also a
    participle only before its object (`a servant from the mill brought the note`, but `a
    lawyer for families of men held at the base`, `a lawyer for the paid staff`)."""
    w = toks[k].text
    if w in _SIMPLE_PAST:
        return True
    return w in _PAST_OR_PARTICIPLE and k + 1 < len(toks) and (
        toks[k + 1].low in DETERMINERS | _OBJECTS)


_SIMPLE_PAST = word_set("came went gave took saw knew ran began spoke sat stood got became "
                        "thought")
_PAST_OR_PARTICIPLE = word_set("brought made found held sent kept met paid")
_OBJECTS = word_set("him her them me us it his their its my our your")


def _verb_or_adverb(t: Tok) -> bool:
    """A word that ends a person phrase's qualifier: a speech verb, a modal or an adverb (`a
    spokesman for Bernie Sanders could only quip`)."""
    return t.low in SPEECH_VERBS or t.low in _MODALS or is_adverb(t)


def _opening_participle(m: Mention, toks: Sequence[Tok], k: int, j: int) -> bool:
    """A capitalised word opening a clause that is no name: an `-ing` form (`Weighing in,
    Smith said`) or a common word before a time adverb or a comma (`Hours later, Smith…`)."""
    if not m.weak or j != k + 1 or not (k == 0 or not is_word(toks[k - 1])):
        return False
    return toks[k].low.endswith("ing") or (j < len(toks) and toks[j].low in _OPENER_NEXT)


_OPENER_NEXT = word_set(", later earlier ago before after")


_TIME_AFTER = word_set("later earlier ago after before into")
"""Words after a common capitalised word that make it a time phrase (`Hours later, …`)."""


_SUBORDINATORS = word_set(
    "while when whenever although though if because since after before unless whereas once")
_NOT_OPENING_NAME = PREPOSITIONS | _SUBORDINATORS | word_set("unlike despite besides")
"""Capitalised words that open a phrase before a name, not the name (`Like Paul Smith,`)."""


_CLAUSE_ADVERBS = word_set("even just only long shortly soon right")
"""Words that may stand before an opening clause's subordinator (`Even before…`, `Just
after…`)."""


def opening_subordinator(words: str) -> bool:
    """The words are just what opens a subordinate clause (`Even before `, `When `), so the
    name after them is that clause's subject."""
    low = words.lower().split()
    if low[:1] and low[0] in _CLAUSE_ADVERBS:
        low = low[1:]
    return len(low) == 1 and low[0] in _SUBORDINATORS


def opening_clause_end(toks: Sequence[Tok], lo: int, hi: int, page: Page) -> int:
    """Where the main clause starts after an opening subordinate clause from toks[lo] up to
    its comma (`While Clinton has condemned the proposal, the groups say…`, `Even before
    Sanders took the stage, his campaign…`, `Asked about it, he demurred:`, `Dumb with
    amazement, Mr. Gradgrind…`, `Having greeted Mrs. Mingott, a large lady, he sat`), else
    lo.

    Edge cases: the comma may close a quote (`When Maddow called it “Medicare for all,”
    Clinton…`); a he/she after a plain word before any comma means the main clause began
    without one (`When Trump held rallies all over the southwest he was received…`); a
    `which`/`who` aside after the comma belongs to the clause (`Asked about the plan, which
    Vark wrote, he demurred:`), and so does an `a`/`an` one (`…, a large blonde lady in
    creaking satin, he sat down`)."""
    first = next((k for k in range(lo, hi) if is_word(toks[k])), None)
    if first is not None and first + 1 < hi and toks[first].low in _CLAUSE_ADVERBS:
        first += 1  # `Even before Sanders took the stage, his campaign…`
    if first is None or not (toks[first].low in _CLAUSE_OPENERS or _state_with(
            toks, first, hi) or (toks[first].low == "back" and first + 1 < hi and (
                toks[first + 1].low in PREPOSITIONS))):  # `Back in Tokyo, Tanabe struck…`
        return lo
    comma = _clause_comma(toks, first + 1, hi, page)
    if comma is None or any(_main_clause_pronoun(toks, k) for k in range(first + 2, comma)):
        return lo
    if comma + 1 < hi and toks[comma + 1].low in ("which", "who", "whom", "whose", "a", "an"):
        # `Asked about the plan, which Sen. Ann Vark wrote, he demurred:`, `Having greeted
        # Mrs. Mingott, a large blonde lady in creaking satin, he sat down`
        comma = _clause_comma(toks, comma + 2, hi, page) or comma
    return comma + 1


def _state_with(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """toks[k] opens a phrase of how somebody was (`Dumb with amazement, Mr. Gradgrind…`,
    `Pale with anger, she…`): an adjective of state then `with`. Only words from a list: a
    word the page also writes in lower case may be a name (`Rose with tears in her eyes
    looked at the nests` is Rose)."""
    return k + 1 < hi and toks[k + 1].low == "with" and toks[k].low in _STATES


_STATES = word_set(
    """dumb mute speechless breathless pale white red crimson scarlet flushed faint sick mad
    wild weak hoarse livid stiff rigid frantic furious sullen silent""")
"""Adjectives of how somebody is that open a sentence before `with` (see _state_with)."""


def _clause_comma(toks: Sequence[Tok], k: int, hi: int, page: Page) -> int | None:
    """The first comma in the 24 tokens from toks[k], also one that closes a quote (`When
    Maddow called it “Medicare for all,” Clinton…`)."""
    return next((c for c in range(k, min(hi, k + 24)) if toks[c].text == "," or (
        toks[c].text == QUOTE_TOKEN and page.text[toks[c].end - 2] == ",")), None)


_ASKED = word_set("asked pressed questioned")
"""Participles that open a clause about the question put to the subject (`Asked about it,
he demurred:`): what they name is not the main clause's subject."""
_CLAUSE_OPENERS = _SUBORDINATORS | _ASKED | word_set("having")
"""Words that open a clause before the main one (`When …,`, `Asked about …,`, `Having
greeted …,`)."""


_CLAUSE_LINKS = _SUBORDINATORS | word_set("that whether and or but as what how why where who than")


def _main_clause_pronoun(toks: Sequence[Tok], k: int) -> bool:
    """A he/she/they at toks[k] after a plain word: the main clause has begun with no comma
    (`When Trump held rallies all over the southwest he was received…`)."""
    return toks[k].low in ("he", "she", "they") and is_word(toks[k - 1]) and (
        toks[k - 1].low not in _CLAUSE_LINKS and toks[k - 1].low not in SPEECH_VERBS)


def dateline_end(toks: Sequence[Tok], hi: int) -> int:
    """Where the text starts after a news dateline (`WASHINGTON, Dec. 8 (UPI) —`, `NEW YORK
    (AP) —`, `HELSINKI (Reuters) -`): a place in capitals, a comma or bracket, then up to a
    dozen tokens to a dash, or a dash right after it (`OSLO — Energy Minister…`), or a colon
    before a reported sentence (`CHENNAI: Government school teachers on Monday protested…`);
    else 0."""
    i = 0
    while i < min(hi, 4) and toks[i].text.isupper() and toks[i].text.isalpha():
        i += 1
    if i > 0 and i + 1 < hi and toks[i].text == ":" and len(toks[0].text) >= 3 and is_cap(
            toks[i + 1]) and not toks[i + 1].text.isupper() and _sentence_follows(toks, i + 1, hi):
        return i + 1  # `CHENNAI: Government school teachers on Monday protested…`
    if i > 0 and i + 1 < hi and toks[i].text in _DATELINE_DASHES and len(toks[0].text) >= 3 and (
            is_cap(toks[i + 1])):
        return i + 1  # `OSLO — Energy Minister Helga Strand declined…`
    if i == 0 or i >= hi or toks[i].text not in (",", "(") or len(toks[0].text) < 3:
        return 0  # `FBI Director James Comey — …` is no dateline
    dash = next((k for k in range(i, min(hi, 14)) if toks[k].text in _DATELINE_DASHES), None)
    return dash + 1 if dash is not None else 0


def time_stamp_end(toks: Sequence[Tok], dash: bool = True) -> int:
    """Where a sentence's words start after a live blog's time (`9:20 a.m. — The governor…`;
    with dash False, no dash needed: `22:05 Statement from the Met Office:`), else 0."""
    k = 0
    while k < min(len(toks), 5) and (toks[k].text[:1].isdigit() or toks[k].text in (":", ".") or (
            toks[k].low in ("a.m", "p.m", "am", "pm", "gmt", "bst", "et", "pt"))):
        k += 1
    if not (0 < k < len(toks) and toks[0].text[:1].isdigit()):
        return 0
    if not dash:
        return k if k > 1 else 0  # `22:05`, not a bare number opening the sentence
    return k + 1 if toks[k].text in _DATELINE_DASHES else 0


_DATELINE_DASHES = ("—", "–", "-")
"""Dashes that end a dateline: wires type a spaced hyphen too (`HELSINKI (Reuters) - …`)."""


def _sentence_follows(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """toks[k:hi] reads as a report's sentence with its own verb in the past tense (`Government
    school teachers on Monday protested…`), not a speaker's words after a label (`SANDERS:
    We will win.`)."""
    return any(t.low.endswith("ed") and t.text.islower() for t in toks[k + 1 : hi]) and not any(
        t.text in ("I", "we", "We", "you", "You") for t in toks[k:hi])


def _first_name_after(toks: Sequence[Tok], j: int) -> bool:
    """The capitalised word after the lower-case role words from toks[j] on is a known first
    name (`World Athletics president Sebastian Coe`: the run before only qualifies him)."""
    k = j
    while k < len(toks) and toks[k].text.islower():
        k += 1
    return k < len(toks) and first_name_gender(toks[k].low) != "unknown"


def modifier_run(toks: Sequence[Tok], j: int) -> bool:
    """The run ending before toks[j] only qualifies the name after it (`Sanford police
    officer Timothy Smith`, `Fox News host Sean Hannity`, and with any word shaped like a
    person's: `Fianna Fáil backbencher Cathal Ó Ceallaigh-Murphy`, see _personish)."""
    k = j
    while k < len(toks) and toks[k].text.islower() and (
        toks[k].low in ROLE_NOUNS or toks[k].low in TITLES or toks[k].low in ROLE_ADJ
        or _personish(toks[k].low)  # `Fianna Fáil backbencher Cathal Ó Ceallaigh-Murphy`
    ):
        k += 1
    return k > j and k < len(toks) and is_cap(toks[k]) and is_word(toks[k]) and (
        toks[j].low != "of")  # `Sergeant Paul Wickens of Lincolnshire Police’s unit`


def _opening_phrase_skip(toks: Sequence[Tok], k: int, j: int, lo: int, hi: int) -> int:
    """Where main_subject's search goes on past a capitalised run toks[k:j] that opens a
    phrase up to its comma, naming a place or a medium, not a subject (`In Washington,
    President Obama…`, `On CBS‘ Face the Nation, she…`, `Writing for the arts site
    Footlight, Hana Obi…`, `Back at the camp, a youth leader, …`); 0 when it opens none."""
    t = toks[k]
    if not (t.low in PREPOSITIONS or (k == lo and (participle(t) or t.low == "back") and (
            k + 1 < hi) and (toks[k + 1].low in PREPOSITIONS or toks[k + 1].low in (
                DETERMINERS)) and t.low != "according")):
        return 0
    comma = next((c for c in range(k + 1, min(hi, k + 15)) if toks[c].text == ","), None)
    return comma + 1 if comma is not None and not any(
        is_word(x) for x in toks[lo:k]) else max(j, k + 1)


def _party_label_end(toks: Sequence[Tok], j: int) -> int:
    """The index after a party's label whose capitals end at toks[j] with a letter in
    brackets written onto them (`JD(S)`, `CPI(M)`), before a lower-case word (`JD(S)
    member`); 0 when none."""
    if j + 3 < len(toks) and toks[j].text == "(" and toks[j].start == toks[j - 1].end and (
            toks[j + 1].text.isupper() and len(toks[j + 1].text) <= 2) and toks[j + 2].text == (
                ")") and toks[j + 3].text.islower():
        return j + 3
    return 0


def _run_subject(toks: Sequence[Tok], k: int, j: int, hi: int, page: Page
                 ) -> tuple[bool, Mention | None]:
    """What the capitalised run toks[k:j] makes of main_subject's search: (True, the
    subject) when it ends there, (True, None) when it ends with nobody (`The first taste
    the Mexican audience gets of Trump is…`), (False, None) when it goes on."""
    m = name_mention(toks, k, j, page, role_words_back(toks, k, page.own_roles))
    holder = office_holder(toks, m, page) if m is not None else None
    if holder is not None:
        return True, holder  # `The Chancellor of the University of Ghana, Prof. Nana
        # Appiah,`, `The President of Kenya, William Ruto,`
    if m is None:
        return _nation_before_thing(toks, k, j), None
    if m.kind == "org" and _place_before_role(toks, k, j, page):
        return False, None  # `the former Wales hooker was more cautious`: the hooker
    if m.kind == "name" and k > 0 and toks[k - 1].low == "the" and j < len(toks) and (
            toks[j].low in FAMILY_HEADS):
        return True, Mention("org", page.text[toks[k].start : toks[j].end], toks[k].start,
                             toks[j].end, (*m.name, toks[j].text), (), "unknown", True)
        # `the Ellison family said`: the family speaks, not Mrs Ellison
    qualifies = (m.kind == "org" or (m.kind == "name" and not m.titles and (
        len(m.name) == 1 or _first_name_after(toks, j)))) and modifier_run(toks, j)
    # `Pentagon spokesman Dan Ferraro`, `Trump adviser Kellyanne Conway`, `Opposition leader
    # Imran Jatoi`, `World Athletics president Sebastian Coe`: the name after
    if m.kind in ("name", "org") and not _opening_participle(m, toks, k, j) and not (
            m.weak and j < hi and toks[j].low in _TIME_AFTER) and not qualifies:
        return True, m
    return False, None


def _own_subject(toks: Sequence[Tok], k: int, m: Mention) -> bool:
    """The role m ending at toks[k] is the writer's own person right before a lower-case
    word, its verb (`my wife shook me awake`; not `My uncle Mako paddled`, nor `My manager,
    a kind man named Desmond Pryce,`: the name after it is the subject)."""
    return m.titles[:1] in (("my",), ("our",)) and k + 1 < len(toks) and (
        toks[k + 1].text.islower() and is_word(toks[k + 1]))


def joined_to_object(toks: Sequence[Tok], k: int) -> bool:
    """The run at toks[k] follows `and`/`or` after a one-word name that a preposition or an
    `of` governs (`An image circulating on X and WhatsApp shows…`, `The foreign ministers of
    Moravenia and Kesh agreed…`): it is governed too."""
    return k >= 3 and toks[k - 1].low in ("and", "or") and is_cap(toks[k - 2]) and (
        after_preposition(toks, k - 2) or toks[k - 3].low == "of")


def _in_relative(toks: Sequence[Tok], lo: int, k: int) -> bool:
    """toks[k] is inside a relative clause on a noun with no comma before it (`One of her
    allies who now backs Gomez, …`, `A voter who supports Trump`): the clause's object, not
    the sentence's subject."""
    for i in range(k - 1, max(lo, k - 6), -1):
        t = toks[i]
        if t.low in ("who", "whom"):
            return is_word(toks[i - 1]) and toks[i - 1].low not in PREPOSITIONS
        if not (t.text.islower() and is_word(t)) or t.low in _RELATIVE_ENDS:
            return False
    return False


_RELATIVE_ENDS = frozenset({"that", "which", "when", "whether", "if", "because", "as"})
"""Words that open another clause between a `who` and a name (see _in_relative)."""


def main_subject(toks: Sequence[Tok], hi: int, page: Page) -> Mention | None:
    """The first person or organisation named in toks[:hi] that is not the object of a
    preposition or a possessive: the sentence's subject, roughly.

    Edge cases: `In a statement, the ministry said` finds `the ministry`; `In response to
    Trump, Clinton said` skips `Trump`; an opening phrase that starts with a preposition is
    skipped up to its comma (`In Washington, President Obama`, `On CBS‘ Face the Nation,
    she`); `Speaking in Ohio, Smith said` skips `Speaking`; `Hours later, Smith said` skips
    the time phrase; a news dateline is skipped (`WASHINGTON, Dec. 8 (UPI) —`); a name right
    after `a`/`an` only qualifies (`A Chinese official`, `A
    Plus reporter Isaac Saul`), and so does an organisation's before role words and a name
    (`Pentagon spokesman Dan Ferraro declined to comment but said`: Ferraro, see
    modifier_run); a quote token ends the search; an opening adverbial is
    skipped (`Very soon the Rabbit`, see opening_adverbial); after a semicolon the last
    clause's own subject is the one (`Sato cheered; Kulkarni wrote something and said`), or
    the first clause's when it has none (`Sato cheered; then she said`… is hers either way).
    """
    semi = next((k for k in range(min(hi, len(toks)) - 1, -1, -1) if toks[k].text == ";"), -1)
    if semi >= 0:
        m = main_subject(toks[semi + 1 :], hi - semi - 1, page)
        if m is not None:
            return m
        hi = semi
    return _clause_subject(toks, hi, page)


def _clause_subject(toks: Sequence[Tok], hi: int, page: Page) -> Mention | None:
    """main_subject of a clause with no semicolon."""
    lo = opening_adverbial(toks, dateline_end(toks, hi))
    k = opening_clause_end(toks, lo, hi, page)
    while lo < k < hi and toks[k].low in _SUBORDINATORS:
        lo, k = k, opening_clause_end(toks, k, hi, page)  # `Once in my twenties, when my
        # mother mentioned it, I laughed`: a second opening clause
    while k < hi:
        t = toks[k]
        if t.text == QUOTE_TOKEN:
            return None
        if not is_word(t):
            k += 1
            continue
        p = pronoun_mention(t)
        if p is not None and not reporting_aside(toks, k, len(toks)) and not (
                p.gender == "unknown" and k > 0 and toks[k - 1].low in PREPOSITIONS):
            return p if p.gender != "unknown" else None  # (`One, she recalled,`; `At the end
            # of it he brought it to me and said`: an object's it is no subject)
        if t.low in ("a", "an", "one", "another") and (k == 0 or not is_word(toks[k - 1])):
            m = indefinite_np(toks, k, page)
            if m is not None:
                return _role_then_name(toks, m, page) if m.kind == "role" else m  # `A
                # spokesperson for the Red Cross, Sophie Marchetti-Oyelaran, said`: she
        if is_cap(t) and t.low not in RUN_BREAK:
            j = run_end(toks, k)
            skip = _party_label_end(toks, j) or _opening_phrase_skip(toks, k, j, lo, hi)
            if skip:
                k = skip  # `JD(S) member N. Chandrashekar interrupted`: a party's label;
                continue  # `In Washington, President Obama…`: an opening phrase
            if not possessive_at(toks, j - 1) and not after_preposition(toks, k) and not (
                    k > 0 and toks[k - 1].low in ("a", "an")) and not (  # `A Chinese official`
                    _qualifies(toks, k)) and not joined_to_object(toks, k) and not (
                    _in_relative(toks, lo, k)):
                done, m = _run_subject(toks, k, j, hi, page)
                if done:
                    return m
            k = max(j, k + 1)
            continue
        if (t.low in ROLE_NOUNS | ORG_HEADS or t.low.endswith("-year-old") or (
                _service_district(toks, k)) or t.low in page.story_roles) and not (
                after_preposition(toks, k)):  # `the 54-year-old was blunt`
            if k + 1 < hi and (_phrase_goes_on(toks, k + 1) or _named_after_kind(toks, k)):
                k += 1  # `the hospital group’s chief executive`, `the school district`, `The
                continue  # charity Age UK Salford said`
            m = role_back(toks, k, page)
            if m is not None and (m.definite or _own_subject(toks, k, m)) and (
                    k + 1 >= hi or not is_possessive(t)):
                return _role_then_name(toks, m, page)  # `the senator`, `my wife shook me
                # awake`; `Her husband, Alasdair, was more cautious`: Alasdair
        k += 1
    return None


# --------------------------------------------------------------------------------------------
# People: one entity per person, whatever the article calls them
# --------------------------------------------------------------------------------------------


JUST_BEFORE = 400
"""How far back (in characters) a whole name still decides whom `Mrs X` means (see
People._named_just_before)."""


@dataclass
class Entity:
    """A person or organisation the article names (a builder, local to one attribution)."""

    key: int
    first: str
    last: str
    organisation: bool
    forms: list[str] = field(default_factory=list)
    """Names used for it (`Jen Psaki`, `Psaki`); the longest is the canonical one."""
    titles: set[str] = field(default_factory=set)
    said_as: list[str] = field(default_factory=list)
    """Other words that named it as a speaker (`Ms. Psaki`, `the press secretary`)."""
    female: int = 0
    male: int = 0
    honorific: str = ""
    """`mrs` for a person the article names `Mrs. Vale` and never by a first name."""
    titled_first: bool = False
    """The honorific was also written before the first name alone (`Sir Walter`, `Lord
    Henry`; not `Lord Cameron`): a title of rank then stays in the label (see canonical)."""
    teller: bool = False
    """The first-person narrator of a story (`said I`): an `I`, never a he or a she."""
    wife: bool = False
    """Named only as `Mrs. John Dashwood`, her husband's whole name (see People._wife)."""
    implied: bool = False
    """A husband brought in by his wife's name (`Mrs. Henry Grant`): a title or his first
    name finds him (`said Dr. Grant`, `Her husband, Henry,`), a bare surname does not (`“I
    wrote it,” Kirby said` after `signed Mrs. Noel Kirby` is she) before the text names him
    itself (own_from)."""
    own_from: int = -1
    """Where an implied husband is first named in his own right (a whole name or a title)."""
    kin: str = ""
    """The family word a one-word name was first given with (`mother` of `Mother Rabbit`):
    `Grandfather Rabbit` is somebody else (see People.find)."""
    initials: set[str] = field(default_factory=set)
    """Initials of its titles (`dci` for `Detective Chief Inspector`: see People.describe)."""
    past: set[str] = field(default_factory=set)
    """Titles only ever said after `former` (`the former chancellor Lord Pemberton`): a
    role they no longer hold (see People.describe)."""

    @property
    def gender(self) -> Gender:
        """The gender most of the evidence points to."""
        if self.organisation or self.female == self.male:
            return "unknown"
        return "female" if self.female > self.male else "male"

    def vote(self, g: Gender, weight: int = 1) -> None:
        """Count one piece of evidence for a gender."""
        if g == "female":
            self.female += weight
        elif g == "male":
            self.male += weight


def _a_people(e: Entity) -> bool:
    """A one-word name that can be a plural (`Hindus` after `some`): no first name, title,
    honorific or known gender (`few Thomas`, a man's first name, is no people)."""
    return (not e.first and not e.titles and not e.honorific and not e.organisation
            and e.gender == "unknown" and e.last.endswith("s"))


def _plural_looking(e: Entity) -> bool:
    """One capitalised word that reads like a plural noun (`Demonstrators`, `Analysts`) with
    nothing else to say so: a possible people (see _a_people) whose ending is not common in
    names and rare in plurals (`Ross`, `Cyrus`, `Harris`, `Thomas` do not count)."""
    return _a_people(e) and not e.last.endswith(("ss", "us", "is", "as"))


def _kin_title(m: Mention) -> str:
    """The family word a name mention is given with as a title, capitalised right before
    the name (`mother` in `Mother Rabbit`, `uncle` in `Uncle Ray`; not `Pip’s brother
    Bramble`), or ""."""
    kin = next((t for t in m.titles if t in _KIN_TITLES), "")
    return kin if kin and f"{kin.capitalize()} {m.name[-1] if m.name else ''}" in m.text else ""


_KIN_TITLES = word_set(
    """mother father grandmother grandfather grandma grandpa granny gran grandad nan nana
    aunt auntie aunty uncle brother sister cousin""")


def _honorific(m: Mention) -> str:
    """The gendered honorific a name mention carries (`mrs` in `Mrs. Vale`), or ""."""
    return next((t for t in reversed(m.titles) if t in _PERSONAL_HONORIFICS), "")


_PERSONAL_HONORIFICS = word_set(
    "mr mrs ms miss sir lady lord dame madam madame mme mlle mistress master")
_NOBLE = frozenset(("sir", "lord", "lady", "dame"))
"""Honorifics of rank, kept before a whole name (see People.canonical)."""
_UNLIKE = {"mrs": frozenset({"miss"}), "miss": frozenset({"mrs", "lady"}),
           "lady": frozenset({"miss"})}
"""Honorifics one woman is never called by both (see People._with_honorific): Miss is
unmarried, Mrs. and Lady (a peer's or a knight's wife) are not."""

_MISSES = frozenset(("miss", "mrs", "ms"))
"""Honorifics that name a woman by her surname (`Miss Bingley`), which a bare surname never
means when a man shares it."""
_RANKED_TITLES = word_set("""dr doctor prof professor rev reverend gen general col colonel
    capt captain maj major lt lieutenant sgt sergeant judge justice sen senator rep gov governor
    dame sir lord lady rabbi imam father bishop""")
"""Titles that tell apart people who share a surname (`Dr. Ames` of Dr. Walter Ames and his
son Erik Ames; see People.find)."""
_MARRIED_OR_NOT = {"miss": "mrs", "mrs": "miss"}
"""A woman's honorific and the one that never names the same woman in one text (`Miss Alice
Fenwick` and `Mrs. Fenwick` are daughter and mother; see People.find)."""
LESSER_TITLES = word_set("vice deputy assistant")
"""Words that make a title a lesser one than its noun (`the deputy minister` is not the
minister; see resolve._lesser_title, attribute._LESSER)."""
_SERVICE_RANKS = word_set("""general colonel major captain brigadier admiral commander
    lieutenant commodore""")
"""Ranks a story's officer goes by before the surname (`the Colonel`, `Major Kilbride`)."""
HONORIFIC_FORM = {"mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "mme": "Mme", "mlle": "Mlle"}


SPEAKER_RANK = 2
"""Mention rank of a speaker (`Smith said`), the best antecedent for he/she."""
SUBJECT_RANK = 1
"""Mention rank of a sentence's subject."""


class Mentioned(NamedTuple):
    """Where an entity is named: offset, entity, sentence start, and rank (0: object,
    SUBJECT_RANK, SPEAKER_RANK)."""

    pos: int
    key: int
    sentence: int
    rank: int


def _nameword_set(m: Mention) -> list[str]:
    """The words that identify a name: no suffix (`Jr.`), and a surname particle that opens
    a two-word name is no first name (`De Blasio` is Bill de Blasio, not a Mr. Blasio called
    De)."""
    words = [w for w in m.name if w.lower().rstrip(".") not in NAME_SUFFIXES] or list(m.name)
    if len(words) == 2 and words[0].lower() in _PARTICLES and m.kind == "name":
        return words[1:]
    return words


_PARTICLES = word_set("de da di del della du des le la von dos das")
"""Surname particles (`de Blasio`, `Le Pen`, `von der Leyen`); not `Van` or `Al`, which are
also first names (Van Jones, Al Gore)."""


def _man_of_the_name(e: Entity, honorific: str, his: int) -> bool:
    """`Mrs. Archer` (or Miss or Ms.) is not `Newland Archer`, a man the narration calls his
    (his > 0: see People.his) and whose first name is not a woman's we know: she is his mother
    or sister. A woman named in full whose first name we do not know (`Ngozi Okafor`, then
    `Mrs. Okafor`) is still found: nothing called her his."""
    return honorific in _MISSES and bool(e.first) and his > 0 and (
        first_name_gender(e.first) != "female")


def _first_agrees(a: str, b: str) -> bool:
    """First names agree when equal, when one is missing, or one is the other's initial or
    its pet form (`Dot` and `Dorothy`, `Bill` and `William`, `Gwen` and `Gwendolyn`, see
    _pet_form)."""
    if not a or not b or a == b:
        return True
    a, b = a.rstrip("."), b.rstrip(".")
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)) or (
        _pet_form(a, b) or _pet_form(b, a))


def short_form(short: str, full: str) -> bool:
    """short, lower-cased, is a short or pet form of the first name full (`theo` of
    `theodore`, `kit` of `katherine`; see _pet_form and _diminutive)."""
    return short != full and (_pet_form(short, full) or _diminutive(short, full))


def surname_pet(short: str, surname: str) -> bool:
    """short, lower-cased, is a pet form made from the surname surname (`sully` of Sullivan,
    `fitzy` of Fitzgerald; see _diminutive), and no first name the tables know."""
    return first_name_gender(short) == "unknown" and _diminutive(short, surname)


def _pet_form(short: str, full: str) -> bool:
    """short is a pet form of the first name full: one the table gives (`dot` for `dorothy`),
    a Yoruba name's end after an opening it drops (`bisi` for `olubisi`, see
    _YORUBA_OPENINGS), or its first three letters or more with nothing the genders the tables
    know set apart (`gwen` for `gwendolyn`; not `dan` for `danielle`)."""
    if full in PET_FORMS.get(short, ()) or (
            len(short) >= 4 and full[: -len(short)] in _YORUBA_OPENINGS and full.endswith(short)):
        return True
    genders = {first_name_gender(short), first_name_gender(full)} - {"unknown"}
    return _begins_name(short, full) and len(genders) < 2


_YORUBA_OPENINGS = word_set("olu oluwa ade ayo ola fola")
"""Openings of Yoruba first names that the short form drops (`Bisi` of Olubisi, `Seun` of
Oluwaseun, `Bayo` of Adebayo, `Sade` of Folasade; see _pet_form)."""


def _diminutive(short: str, full: str) -> bool:
    """short is the opening of the first name full, three letters or more, with `-ie` or `-y`
    added (`lewie` for Lewis, `freddie` for Frederick, a doubled letter undone; see
    People._short_for)."""
    if len(short) < 4 or not short.endswith(("ie", "y")):
        return False
    stem = short[:-2] if short.endswith("ie") else short[:-1]
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]
    return len(stem) >= 3 and len(full) > len(stem) and full.startswith(stem)


def _begins_name(short: str, full: str) -> bool:
    """short is the first three letters or more of the longer first name full (`Win` of
    Winifred, `Gwen` of Gwendolyn): a short form (see People._short_for, _pet_form)."""
    return 3 <= len(short) < len(full) and full.startswith(short)


def _pet_table(table: str) -> dict[str, tuple[str, ...]]:
    """`pet:full/full` pairs, apart by white space, as a table."""
    pairs = (item.split(":") for item in table.split())
    return {pet: tuple(fulls.split("/")) for pet, fulls in pairs}


PET_FORMS = _pet_table(
    """dot:dorothy dottie:dorothy dolly:dorothy
        peggy:margaret peg:margaret meg:margaret maggie:margaret madge:margaret
        daisy:margaret bill:william billy:william will:william willie:william bob:robert
        bobby:robert rob:robert robbie:robert dick:richard rick:richard ricky:richard
        jack:john johnny:john ted:edward/theodore teddy:edward/theodore ned:edward
        eddie:edward harry:henry hal:harold/henry hank:henry polly:mary molly:mary mamie:mary
        sally:sarah
        sadie:sarah betty:elizabeth bess:elizabeth bessie:elizabeth beth:elizabeth
        liz:elizabeth lizzie:elizabeth libby:elizabeth eliza:elizabeth
        kate:katherine/catherine/kathleen katie:katherine/catherine/kathleen
        roz:rosalind/rosamund/rosalyn bridie:bridget biddy:bridget
        kitty:katherine/catherine kit:christopher/katherine/catherine
        nell:eleanor/helen/ellen nellie:eleanor/helen/ellen jim:james jimmy:james jamie:james
        chuck:charles charlie:charles/charlotte tony:anthony/antonia sandy:alexander/alexandra
        aggie:agnes gus:augustus/angus/august/augusto/gustavo/gustav patsy:patricia
        trish:patricia sue:susan susie:susan
        bert:albert/herbert/bertram bertie:albert/herbert/bertram fred:frederick
        freddie:frederick alf:alfred ernie:ernest archie:archibald andy:andrew drew:andrew
        mike:michael mick:michael/mihai mickey:michael/mihai nick:nicholas steve:stephen/steven
        dave:david davy:david joe:joseph joey:joseph ben:benjamin danny:daniel greg:gregory
        jerry:gerald/jerome gerry:gerald len:leonard lenny:leonard ray:raymond ron:ronald
        ronnie:ronald/veronica don:donald doug:douglas frank:francis fanny:frances eve:evangeline
        evie:evangeline/evelyn winnie:winifred millie:mildred/millicent tilly:matilda
        vicky:victoria bea:beatrice trixie:beatrix/beatrice cissy:cecily abby:abigail
        annie:ann/anne/anna nancy:ann/anne jo:josephine/joanna josie:josephine
        lottie:charlotte hattie:harriet hetty:harriet/henrietta connie:constance
        ginny:virginia jill:gillian penny:penelope becky:rebecca debbie:deborah
        cathy:catherine kathy:kathleen/katherine tommy:thomas/tomasz tom:thomas/tomasz
        sasha:alexander/alexandra/aleksandr misha:mikhail gaz:gareth/gary baz:barry
        daz:darren shaz:sharon kobby:kwabena vinny:lavinia/vincent prue:prudence
        pip:philip/philippa dilly:dilys
        neto:ernesto chuy:jesús/jesus lupe:guadalupe lupita:guadalupe pepe:josé/jose
        paco:francisco pancho:francisco nacho:ignacio memo:guillermo beto:roberto/alberto
        toño:antonio tere:teresa chayo:rosario lalo:eduardo quique:enrique chela:graciela
        chente:vicente toby:tobias
        grisha:grigory petya:pyotr petrusha:pyotr alyosha:alexei/aleksei lyosha:alexei/aleksei
        kolya:nikolai vanya:ivan volodya:vladimir dima:dmitri/dmitry seryozha:sergei
        kostya:konstantin natasha:natalya/natalia masha:maria/mariya katya:ekaterina/yekaterina
        tanya:tatiana/tatyana olya:olga sonya:sofia/sofya dunya:avdotya dunyasha:avdotya
        varya:varvara varenka:varvara liza:lizaveta/elizaveta lizanka:lizaveta/elizaveta
        nastya:anastasia zhenya:evgeny/yevgeny/evgenia pasha:pavel tolya:anatoly styopa:stepan
        fedya:fyodor lyova:lev mishenka:mikhail arkasha:arkady
        nobby:norman wally:walter walt:walter tommo:thomas/tomasz bisi:abisola/olubisi
        ollie:oliver/olivia bernie:bernadette/bernard nate:nathan/nathaniel
        gia:giovanna lu:lucius/lucinda/lucille percy:percival sy:seymour
        bex:rebecca becks:rebecca becca:rebecca rafe:rafael/raphael tash:natasha
        tasha:natasha mags:margaret/marguerite jude:judith
        frankie:frances/francis/francesca franny:frances immy:imogen
        paddy:patrick/pádraig/padraig jules:julian/julia/juliet/julius
        anna:anneliese/annelise/annaliese""")
"""First names' pet forms that are not their first letters (see _pet_form)."""


_SURNAMES_FIRST = word_set(
    """xi li wang zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo gao luo zheng
    liang xie tang feng deng cao peng zeng xiao tian pan yuan cai jiang du cheng wei
    ding shen yao zhong qin tsai lai park choi jung jeong kang cho yoon jang lim seo
    shin kwon hwang ahn yoo hong jeon baek heo nguyen tran pham hoang phan vu vo dang
    bui ngo duong"""
)
"""Chinese, Korean and Vietnamese family names, which come first (`Xi Jinping`, `Nguyen Phu
Trong`); see _FIRST_NAMES_TOO."""
_FIRST_NAMES_TOO = word_set("kim lee lin moon ho")
"""Family names that are also Western first names: first only before a hyphenated given name
or two given words (`Kim Jong Un`, `Moon Jae-in`, `Lee Jae-myung`; not Kim Reynolds, Lee
Zeldin)."""


def _surname_first(words: Sequence[str]) -> bool:
    """A person's name of two words or more that puts the family name first (see
    _SURNAMES_FIRST)."""
    first = words[0].lower()
    return first in _SURNAMES_FIRST or (first in _FIRST_NAMES_TOO and (
        "-" in words[1] or len(words) > 2))


_EPITHET = re.compile(rf"(?:[a-z]+-the-|(?:{_ARTICLES})-)([a-z]+)")
"""A name with its epithet joined by hyphens (`Winnie-the-Pooh`, lower-cased), or with an
Arabic article (`al-Assad`): its last word alone (`Pooh`, `Assad`) names the same person."""


class People:
    """Every entity of one article, and where each is mentioned (for pronouns)."""

    def __init__(self, story: bool = False, common: frozenset[str] = frozenset()) -> None:
        self.story = story
        """The text is written as dialogue (a story): an honorific may go with a first name
        (`Mrs. Rachel`, see find)."""
        self.entities: list[Entity] = []
        self.by_last: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}
        self.by_full: dict[str, int] = {}
        self.by_unaccented: dict[str, list[int]] = {}  # `erdogan` for Erdoğan (see find)
        self.wives: dict[str, int] = {}
        """`Mrs. John Dashwood` by her husband's full name, lower case (see _wife)."""
        self.mentions: list[Mentioned] = []
        self.named_at: dict[int, list[int]] = {}
        self.added_at: dict[int, list[int]] = {}
        """Where each entity was added under a whole name (see _named_just_before)."""
        """Offsets of each entity's mentions, sorted (how often it was named before a point)."""
        self.merged: dict[int, int] = {}
        """Entities found to be another (see merge)."""
        self.mid_sentence: set[int] = set()
        """Entities named somewhere other than a sentence's first word: proper names for sure
        (a common plural, `Demonstrators said`, is capitalised only there)."""
        self.things: set[int] = set()
        """A story's one-word subjects written once, at a sentence's opening (`Cold came in
        like a fist.`): no he or she (see attribute._things_once)."""
        self.counted: set[int] = set()
        """One-word names a counting word comes before (`some Hindus`, see
        attribute._COUNTED): a people, not a person, unless a first name, title or honorific
        says otherwise (see compatible)."""
        self.plural: set[int] = set()
        """One-word names a plural verb follows (`City, who have now taken…`): a team or a
        body, never a he or she (see attribute._plural_subject, compatible)."""
        self.couples: set[str] = set()
        """Surnames a sentence of a story gives both bare and with Mrs., Miss or Ms. (see
        note_couples)."""
        self.his: dict[str, int] = {}
        """For a full name (`newland archer`, lower case): the sentences whose subject it is
        and whose next pronoun is he, his or him, less those where it is she or her. Above
        0, the narration calls that person his (see note_his, _man_of_the_name)."""
        self.relatives: set[int] = set()
        """People brought in as somebody's relative (`whose husband, Ty Woods,`, `Eric Trump,
        son of…`): a bare surname they share is the other person's (see most_named)."""
        self.alone: frozenset[str] = frozenset()
        """The words the text writes alone as a name (`Anjali had taught herself`), lower
        case: of a family, the one called by a first name alone is not `Ms. Raman`."""
        self.common = common
        """The words the text writes in lower case (Page.common): a story's `Cat` is no short
        form of the Caterpillar (see _short_for)."""
        self.leaning: dict[int, Gender] = {}
        """The gender of people whose gestures with their own head or hat say it (`Aziz
        lifted his hat.`, see attribute._gesture_gender): while nothing else tells their
        gender, never the other pronoun's person (see compatible)."""
        self.first_name_at: dict[int, list[int]] = {}
        """Offsets where an entity is named by its first name alone (`her husband, Tom`), in
        order."""
        self.children: frozenset[str] = frozenset()
        """A story's people named in full with no honorific whose parents the narration
        brings in right after (`Jada Okonkwo-Reyes was halfway through her potatoes when… her
        mother put down her fork`), first and last name lower-cased: its `Mrs.
        Okonkwo-Reyes` is the mother, not Jada (see _with_honorific)."""
        self.kinds: dict[str, int] = {}
        """A story's kinds of being given to one named character (`Haskett the bear`:
        `bear`), each to its entity (see attribute._kinds_given)."""
        self.name_words: dict[int, int] = {}
        """For a mention that opens with role words (`retired teacher Ffion Hughes`): where
        its name words begin (see name_start)."""

    def mention(self, pos: int, key: int, sentence: int, rank: int) -> None:
        """Record that an entity is named at pos (a later record at the same offset with a
        higher rank replaces it)."""
        k = self._before(pos)
        if k < len(self.mentions) and self.mentions[k].pos == pos:
            if self.mentions[k].rank >= rank:
                return
            old = self.named_at[self.mentions[k].key]
            old.remove(pos)
            if not old:  # named nowhere else: as if never named (see first_named)
                del self.named_at[self.mentions[k].key]
            del self.mentions[k]
        self.mentions.insert(k, Mentioned(pos, key, sentence, rank))
        bisect.insort(self.named_at.setdefault(key, []), pos)

    def name_start(self, pos: int) -> int:
        """Where the name words of the mention at pos begin: past role words that open it
        (`Local farmer Jo Hale`: at Jo), else pos."""
        return self.name_words.get(pos, pos)

    def _before(self, pos: int) -> int:
        return bisect.bisect_left(self.mentions, (pos, -1, -1, -1))

    def before(self, pos: int) -> Iterator[Mentioned]:
        """Mentions before pos, nearest first (no copy: callers usually stop early)."""
        for k in range(self._before(pos) - 1, -1, -1):
            yield self.mentions[k]

    def _new(self, words: list[str], org: bool) -> Entity:
        first = words[0].lower() if len(words) > 1 else ""
        e = Entity(len(self.entities), first, words[-1].lower(), org)
        self.entities.append(e)
        self.by_last.setdefault(e.last, []).append(e.key)
        epithet = _EPITHET.fullmatch(e.last)
        if epithet and not org:
            self.by_last.setdefault(epithet.group(1), []).append(e.key)
        if first and not org and _surname_first(words):
            self.by_last.setdefault(first, []).append(e.key)  # `Xi Jinping` is `Mr. Xi`
        if first:
            self.by_first.setdefault(first, []).append(e.key)
        self.by_full[" ".join(w.lower() for w in words)] = e.key
        if not org:
            self._note_name_parts(words, e.key)
        plain = unaccented(e.last)
        if plain != e.last:  # `Erdoğan`, also written `Erdogan` (see find)
            self.by_unaccented.setdefault(plain, []).append(e.key)
        return e

    def _note_name_parts(self, words: list[str], key: int) -> None:
        """The shorter names a person's full name gives: the given names before `bin` or
        `binti` (`Ahmad Faizal` of `Ahmad Faizal bin Rahman`), and the father's surname of a
        double surname (`Gómez` of `Jairo Gómez Restrepo`: three words whose middle one is
        no first name, nor the last an honorific or a verb: `Salma Hayek Described Her…`, a
        heading in capitals; not when somebody known shares the last: `Dena Minning
        Grayson`, Rep. Alan Grayson's wife, is no `Minning` he may be confused with)."""
        low = [w.lower() for w in words]
        child = next((k for k, w in enumerate(low) if w in _CHILD_OF), 0)
        if child > 1:
            self.by_full.setdefault(" ".join(low[:child]), key)
        elif not child and len(low) == 3 and len(low[1]) > 2 and low[1].isalpha() and not (
                _surname_first(words)) and low[1] not in FEMALE_NAMES and (
                low[1] not in MALE_NAMES) and low[2] not in HONORIFIC_GENDER and (
                low[2] not in SPEECH_VERBS) and low[2] not in FRAGMENT_VERBS and not any(
                k != key for k in self.by_last.get(low[2], [])):
            self.by_last.setdefault(low[1], []).append(key)

    def _wife(self, words: list[str], honorific: str, text: str) -> bool:
        """`Mrs. John Dashwood`: Mrs. before a man's whole name names his wife, the old
        style of fiction (and of formal news), not him. The whole name must be that of a man
        the text already names (known as a man, or a subject the narration calls his at least
        twice: `Newland Archer`; once may be somebody else's his, `Indira Gandhi met Nixon at
        his ranch`), or, when nobody has it yet, open with a man's first name in our tables
        (`Stevie Hale`, already named and not known as a man, is the woman)."""
        if honorific != "mrs" or len(words) < 2 or "Mrs." not in text:
            return False  # `Mrs Terry Quinlan`: the British style gives her own name
        key = self.by_full.get(" ".join(w.lower() for w in words))
        if key is not None:  # `Stevie Hale runs the bakery. … said Mrs. Stevie Hale`: her
            return self.entities[key].gender == "male" or self._his(self.entities[key]) >= 2
        return first_name_gender(words[0].lower()) == "male"

    def _new_wife(self, words: list[str]) -> Entity:
        """The entity of `Mrs. John Dashwood` (see _wife): found by that whole form and, as
        any Mrs. is, by her surname (`Mrs. Dashwood`, when she is the only one), never by his
        first name or his full name. Her husband comes in with her when the text has not named
        him (see Entity.implied)."""
        name = " ".join(words)
        if name.lower() not in self.by_full:  # her husband: `said Dr. Grant` is he
            husband = self._new(words, False)
            husband.forms.append(name)
            husband.vote("male", 2)
            husband.implied = True
        e = Entity(len(self.entities), "", words[-1].lower(), False, [f"Mrs. {name}"],
                   honorific="mrs", wife=True)
        e.vote("female", 2)
        self.entities.append(e)
        self.wives[name.lower()] = e.key
        self.by_last.setdefault(e.last, []).append(e.key)  # `Mrs. Dashwood`, `Dashwood said`
        return e

    def last_mentioned(self, keys: Sequence[int], pos: int) -> int | None:
        """Of several entities, the one mentioned last before pos (else the first one)."""
        for m in self.before(pos):
            if m.key in keys:
                return m.key
        return keys[0] if keys else None

    def most_named(self, keys: Sequence[int], pos: int) -> int | None:
        """Of several people who share a surname, the one the article has named most often
        before pos (`Clinton` in a story about Hillary Clinton that mentions Bill once), not
        counting one brought in as somebody's relative while another is not (`Dorothy Woods,
        whose husband, Navy SEAL Ty Woods, …`; `Eric Trump, son of the front-runner,` named
        in full four times, then `Trump tweeted` is his father).

        On a tie: not one the article has called by the first name alone, which is how a
        writer tells the other one apart (`Ebeling and her husband, Tom`: Ebeling is not Tom),
        unless that first name was the last of them named and as a subject (`Then Bernie took
        the stage. “…,” Sanders said.`); then the last named. Only on a tie: `Bernie` does not
        stop `Sanders` being Bernie Sanders when Jane Sanders is named once (measured: four
        wrong voices in the news training split when the first name always decided). Still
        tied: the one named as a speaker (see _cued_speakers), then the last named.
        """
        keys = [k for k in keys if k not in self.relatives] or keys
        counts = {k: bisect.bisect_left(self.named_at.get(k, []), pos) for k in keys}
        best = max(counts.values())
        top = [k for k in keys if counts[k] == best]
        if len(top) > 1:
            last = next((m for m in self.before(pos) if m.key in top), None)
            top = [k for k in top if not self._told_apart(k, pos, last)] or top
        if len(top) > 1:
            top = self._cued_speakers(top, pos) or top
        return top[0] if len(top) == 1 else self.last_mentioned(top, pos)

    def _cued_speakers(self, keys: list[int], pos: int) -> list[int]:
        """Of people tied for a bare surname (see most_named), those named as a cue's speaker
        before pos (`said Anthony Ferraro, 52,` / `She met Salvatore Ferraro, a Navy cook` /
        `Ferraro went into the back office`: the son, who speaks, not his late father)."""
        return [k for k in keys if any(self._spoke_at(at) for at in self.named_at.get(k, [])[
            : bisect.bisect_left(self.named_at.get(k, []), pos)])]

    def _spoke_at(self, at: int) -> bool:
        """The mention recorded at offset at names a cue's speaker (see _cued_speakers)."""
        k = self._before(at)
        return k < len(self.mentions) and self.mentions[k].pos == at and (
            self.mentions[k].rank >= SPEAKER_RANK)

    def _told_apart(self, key: int, pos: int, last: Mentioned | None) -> bool:
        """The article has called the entity by its first name alone before pos, and that was
        not the last mention, as a subject, of those compared (see most_named)."""
        at = self.first_name_at.get(key, [])
        if not at or at[0] >= pos:
            return False
        return not (last is not None and last.key == key and last.pos in at
                    and last.rank >= SUBJECT_RANK)

    def note_his(self, m: Mention, gender: Gender) -> None:
        """Count the pronoun that follows a full name that is its sentence's subject (see
        his)."""
        words = _nameword_set(m)
        if len(words) > 1 and gender != "unknown":
            full = f"{words[0].lower()} {words[-1].lower()}"
            self.his[full] = self.his.get(full, 0) + (1 if gender == "male" else -1)

    def _his(self, e: Entity) -> int:
        """The his count of an entity's full name (see his)."""
        return self.his.get(f"{e.first} {e.last}", 0)

    def note_first_name(self, key: int, m: Mention, pos: int) -> None:
        """Record that m names the entity by its first name alone (see most_named)."""
        words = _nameword_set(m)
        e = self.entities[key]
        if len(words) == 1 and e.first and words[0].lower() == e.first != e.last:
            self.first_name_at.setdefault(key, []).append(pos)

    def _find_full(self, words: list[str], full: str, cands: list[int], kin: bool,
                   said: Gender = "unknown") -> Entity | None:
        """find for a name of two words or more (`full`, lower-cased), given the entities of
        its surname; `kin` when the name is brought in as somebody's relative, `said` the
        gender its own words give (`his sister Rosamond Vincy`) when the first name tells
        none. In a story, a
        woman only ever called `Lady Bertram` is never found by a whole name: `Julia Bertram`
        is her daughter, and `Lady Julia Bertram` an earl's daughter (a report's `Lady Hale`
        is the `Brenda Hale` it names)."""
        first = words[0].lower()
        ok = [k for k in cands if _first_agrees(self.entities[k].first, first)
              and not (self.story and self.entities[k].honorific == "lady"
                       and not self.entities[k].first)
              and not self.entities[k].wife]  # `John Dashwood` is not Mrs. John Dashwood
        gender = first_name_gender(first)
        fitting = gender if gender != "unknown" else said
        if ok and fitting != "unknown":
            # `Daisy Miller` is Miss Miller, never Mr. Miller (`Michelle Obama` is not the
            # Mr. Obama of the same story, nor `his sister Rosamond Vincy` Mr. Vincy); when a
            # Mr. shares the name, not Mrs. Miller either, who may be her mother (`Elizabeth
            # Bennet` is not Mrs. Bennet; but `Mary Cavendish` is the only Mrs. Cavendish)
            fits = [k for k in ok if self.entities[k].gender in ("unknown", fitting)]
            ok = [k for k in fits if self.entities[k].honorific != "mrs"] if len(
                ok) > 1 else fits
        if not ok and (gender != "unknown" or self.story):
            # `Frances`, then `Frances Clyne`: the person known by that first name alone (and
            # `her husband, Nick,` then `Nick Petrakis`, though Gloria Petrakis has the name;
            # a story's `his sister Wren`, then `Wren Cobb`, whatever the first name)
            ok = [k for k in self.by_last.get(first, []) if not self.entities[k].first
                  and not self.entities[k].honorific and not self.entities[k].organisation
                  and (gender != "unknown" or self.entities[k].titles <= KIN_WORDS)]
            # (but not `Inspector Morgan`, a surname, for `Morgan Hale`)
        if not ok and self.story and not kin:
            ok = self.called_by_pet(first)
        if not ok and self.story and first == "doc" and len(words) == 2:
            ok = [k for k in cands if self.entities[k].honorific in ("dr", "doctor") or (
                self.entities[k].titles & {"dr", "doctor"})]  # `Doc Lomax` after `His name
            # was Dr Patrick Lomax`: the doctor, called so
        if not ok and (gender == "unknown" or not kin):
            ok = self._ending_with(full)  # not `His father, Lionel Dahmer,` for Jeffrey L.
        return self.entities[ok[0]] if len(ok) == 1 else None

    def _unlike(self, cands: list[int], honorific: str) -> list[int]:
        """The candidates a whole name with that honorific may be: `Miss Alice Fenwick` is
        not Mrs. Fenwick (her mother), nor the reverse; in a story, `Mrs Enid Prideaux` is
        nobody known only by a rank (see _ranked_surname)."""
        if honorific in _MARRIED_OR_NOT:
            cands = [k for k in cands if self.entities[k].honorific
                     != _MARRIED_OR_NOT[honorific]]
        if self.story and honorific in _MISSES:
            cands = [k for k in cands if not self._ranked_surname(k)]
        return cands

    def _ranked_surname(self, key: int) -> bool:
        """key is known so far only by a rank and a surname (`Colonel Prideaux`): in a story,
        a `Mrs Enid Prideaux` is his wife, not he (see find)."""
        e = self.entities[key]
        return not (e.first or e.honorific) and bool(e.titles & _SERVICE_RANKS)

    def called_by_pet(self, first: str) -> list[int]:
        """The people a story calls by one word only, a pet form of the first name `first`
        (`Uncle Pete` for a line's `Peter`, `Fran` and then `Francesca Lowe, older by four
        years`, `Aunty Bisi` and then `Olubisi Adeyemi`; see _pet_form), never a word it
        writes in lower case."""
        return [e.key for e in self.entities if e.last != first and not (
            e.first or e.honorific or e.organisation or e.wife or e.implied)
            and _pet_form(e.last, first) and e.last not in self.common]

    def by_surname(self, last: str) -> list[int]:
        """The entities of a lower-cased surname as written, else of the surname with its
        accents dropped (`Erdoğan` finds Recep Tayyip Erdogan, `Erdogan` finds Erdoğan; but
        `Perez` is Luis Perez, not Maria Pérez, when both are known)."""
        if last in self.by_last:
            return self.by_last[last]
        plain = unaccented(last)
        return self.by_last.get(plain, []) + self.by_unaccented.get(plain, [])

    def _ending_with(self, full: str) -> list[int]:
        """The known names that end with these two words or more: a surname of two words
        (`López Obrador` is Andrés Manuel López Obrador, `Bonham Carter` is Helena Bonham
        Carter), an organisation's short name (`Daily News`)."""
        return [k for name, k in self.by_full.items() if name.endswith(" " + full)]

    def find(self, m: Mention, pos: int, kin: bool = False) -> Entity | None:
        """The known entity a name mention refers to, or None.

        Edge cases: a full name matches the same full name, or a known surname whose first
        name agrees (`Donald J. Trump` = `Donald Trump`; of several, the one the first name's
        gender fits and no Mrs.: `Daisy Miller` is the Miss Miller, not Mr. or Mrs. Miller);
        with no such surname, a person known by the first name alone (`Frances`, then
        `Frances Clyne`); a single word matches a surname (the one named most often so far
        when two people share it, see most_named), else a first name (fiction: `Alice`; of two
        people with that first name, the one named most often so far); a bare surname shared
        by a man and a woman only ever called `Miss`/`Mrs.` is the man's; with an honorific
        only a person it fits (`Mrs. Vale` is never `Mr. Vale`, nor a man called Vale), and
        of those the one named with that honorific, and with no such surname, for a woman's
        honorific in a story or a title of rank, the one person named in full with that
        honorific whose first name it is (`Mrs. Rachel` after `Mrs. Rachel Lynde`, `Sir Keir`
        after `Sir Keir Starmer`; a report's `Mr Grant` is not `Mr Grant Hall`, nor is a
        story's `Mr. Owen` Owen Price, for Owen is a surname too); a bare surname that a
        sentence of a story
        also gave with Mrs., Miss or Ms. is never her (see note_couples);
        `Winnie-the-Pooh` is also `Pooh` (see _EPITHET); `Mrs. John Dashwood` is only
        ever herself, John Dashwood's wife (see _wife); two words or more that no first name
        agrees with are the known name they end (`López Obrador`, `Duncan Smith`, see
        _ending_with), unless they open with a first name and are brought in as a relative
        (`kin`: `His father, Lionel Dahmer,` is not Jeffrey Lionel Dahmer); a relative's
        bare surname is nobody known by a first name (`Mrs. Lane, Mary's mother,` is not
        Mary Lane).
        """
        words = _nameword_set(m)
        full = " ".join(w.lower() for w in words)
        honorific = _honorific(m)
        if self._wife(words, honorific, m.text):
            key = self.wives.get(full)
            return self.entities[key] if key is not None else None
        kin_word = _kin_title(m) if len(words) == 1 else ""
        if full in self.by_full and (len(words) > 1 or not honorific) and not (
                len(words) == 1 and self.entities[self.by_full[full]].honorific in _MISSES) and (
                self.entities[self.by_full[full]].kin in ("", kin_word) or not kin_word):
            return self.entities[self.by_full[full]]
        last = words[-1].lower()
        epithet = _EPITHET.fullmatch(last)
        if epithet and last not in self.by_last:
            last = epithet.group(1)  # `Winnie-the-Pooh` after `Pooh`
        cands = [k for k in self.by_surname(last)
                 if self.entities[k].organisation == (m.kind == "org" and not _place_surname(m))
                 and not (self.entities[k].implied and len(words) == 1 and not m.titles
                          and not 0 <= self.entities[k].own_from < pos)]
        if len(words) > 1:
            return self._find_full(words, full, self._unlike(cands, honorific), kin, m.gender)
        kept = self._kin_kept(cands, kin, kin_word)
        if kept is None:
            return None if cands or not self.story else self._kin_short_for(last, kin_word)
        cands = kept
        if honorific and len(words) == 1:
            found = self._with_honorific(cands, honorific, last)
            if not isinstance(found, list):
                return found
            cands = found
        if len(cands) > 1 and not honorific:
            # `cried Bingley`: a bare surname is never the one only ever called `Miss Bingley`
            cands = [k for k in cands if self.entities[k].honorific not in _MISSES] or cands
        if not honorific and last in self.couples:
            # `Braddocks asked`, after a sentence named Braddocks and Mrs. Braddocks
            cands = [k for k in cands if self.entities[k].honorific not in _MISSES]
            if not cands:
                return None
        if len(cands) > 1:
            k = self._one_of(cands, m, pos, honorific)
            return self.entities[k] if k is not None else None
        if cands:
            return self.entities[cands[0]]
        titled = self._kin_titled(m, last)
        if titled is not None:
            return titled
        return self._by_first_name(last, pos, not honorific and m.kind == "name")

    def _kin_titled(self, m: Mention, word: str) -> Entity | None:
        """A family word used as a name (`Grandpa set the mugs down`) after the one person
        named with it before a first name (`Grandpa Ike came out onto the porch`): him, one
        voice (see attribute._family_word_name)."""
        if m.titles != (word,) or word not in _KIN_TITLES:
            return None
        found = [e for e in self.entities if e.kin == word and e.first == "" and not (
            e.organisation) and word not in self.by_last]
        return found[0] if len(found) == 1 else None

    def _kin_short_for(self, word: str, kin_word: str) -> Entity | None:
        """A story's family word before a pet form of a first name named in full before
        (`Grandma Dot` after `Dorothy Kessler knocked on her turkey`): that person (see
        _short_for), unless another family word goes with them."""
        e = self._short_for(word)
        return e if e is not None and e.first and e.kin in ("", kin_word) else None

    def _kin_kept(self, cands: list[int], kin: bool, kin_word: str) -> list[int] | None:
        """The candidates for a one-word name a relative may be (see find): `Mrs. Lane,
        Mary's mother,` is not Mary Lane, only one called so before (`kin`); `Grandfather
        Rabbit` is not `Mother Rabbit` (`kin_word`, None when nobody fits it)."""
        if kin:
            cands = [k for k in cands if not self.entities[k].first]
        if kin_word:
            cands = [k for k in cands if self.entities[k].kin in ("", kin_word)]
            return cands or None
        return cands

    def _one_of(self, cands: list[int], m: Mention, pos: int, honorific: str) -> int | None:
        """Of several people a one-word name may mean (see find): the one holding its title
        (see _titled), else for an honorific the one named in full just before (see
        _named_just_before), else the one named most (see most_named)."""
        k = self._titled(cands, m.titles)
        if k is None and honorific:
            k = self._named_just_before(cands, pos)
        return k if k is not None else self.most_named(cands, pos)

    def _named_just_before(self, cands: list[int], pos: int) -> int | None:
        """Of several people an honorific and a surname may mean, the one named in full
        within JUST_BEFORE characters before pos (`Her mother, Anne Corrigan, remembers the
        call. “…,” Mrs Corrigan said.`: the mother, though the daughter is named more)."""
        near = [(at, k) for k in cands for at in self.added_at.get(k, ()) if
                0 < pos - at <= JUST_BEFORE]
        return max(near)[1] if near else None

    def _titled(self, cands: list[int], titles: tuple[str, ...]) -> int | None:
        """Of several people who share a surname, the one who holds the mention's title
        (`Dr. Ames` is Dr. Walter Ames, not his son Erik Ames named since), when only one
        does."""
        held = set(titles) & _RANKED_TITLES
        titled = [k for k in cands if held & self.entities[k].titles]
        return titled[0] if len(titled) == 1 else None

    def _by_first_name(self, word: str, pos: int, short: bool) -> Entity | None:
        """find for one word no surname matches: the person of that first name (of two,
        the one named most so far: `Robert` when Robert Cohn has been named and Robert
        Prentiss not yet), else with `short` the one it is a short form of (see _short_for)."""
        firsts = self.by_first.get(word, [])
        if len(firsts) > 1:
            k = self.most_named(firsts, pos)
            if k is None or bisect.bisect_left(self.named_at.get(k, []), pos) == 0:
                return None  # nobody of that first name named yet
            return self.entities[k]
        if firsts:
            return self.entities[firsts[0]]
        return self._short_for(word) if short else None

    def _short_for(self, word: str) -> Entity | None:
        """The one person whose first name the word begins (`Win` for Winifred Ashworth, `Des`
        for Desmond Pyle): a short form, three letters or more; in a story, also a pet form
        the tables give (`Maggie` for Margaret Ashby-Cole, see PET_FORMS)."""
        found = [e for e in self.entities if _begins_name(word, e.first) and not (
            e.organisation) and not e.wife]
        if not found and self.story:  # a story's `Maggie` for Margaret Ashby-Cole, `Lewie`
            found = [e for e in self.entities if short_form(word, e.first) and not (  # for
                e.organisation or e.wife)]  # Lewis Bain, `Sade` for Folasade Adeyemi
        if not found and self.story:  # a story's `Roz` for the Rosalind it calls so alone
            found = [e for e in self.entities if not (e.first or e.organisation or e.kin)
                     and "." not in e.last and _pet_form(word, e.last)
                     and word not in self.common  # not Alice's `Cat` for the Caterpillar
                     and word.lower() not in OWN_NOUNS]  # nor `Gran` for Grandad
        return found[0] if len(found) == 1 else None

    def _with_honorific(self, cands: list[int], honorific: str, last: str
                        ) -> list[int] | Entity | None:
        """find for `Mrs. Vale`, `Sir Keir` (an honorific and one word), given the entities
        of the surname: the candidates left (a list), or the answer itself (see find)."""
        # `Mrs. Vale` is not `Mr. Vale`: an honorific keeps people of one surname apart
        g = HONORIFIC_GENDER[honorific]
        unlike = _UNLIKE.get(honorific, frozenset())  # `Mrs. Hale` is never Miss Honoria
        # Hale, nor `Lady Vane` Miss Harriet Vane
        cands = [k for k in cands if not (unlike & self.entities[k].titles
                                          and honorific not in self.entities[k].titles)]
        cands = [k for k in cands if self.entities[k].gender in ("unknown", g)
                 and self.entities[k].honorific in ("", honorific)
                 and not _man_of_the_name(self.entities[k], honorific,
                                          self._his(self.entities[k]))]
        if self.story and honorific in ("mr", "mrs"):  # a child's `Mrs. Bello` is the mother
            cands = [k for k in cands if self.entities[k].honorific or (
                f"{self.entities[k].first} {self.entities[k].last}" not in self.children)]
        if g != "unknown":  # `Mr Park` after `Hee-jin Park, 67, and her grandson, Daniel
            # Park,`: of one surname, those whose gender is known to fit come first
            cands = [k for k in cands if self.entities[k].gender == g] or cands
        if len(cands) > 1 and not self.story:  # a report's `Ms. Raman` is not the Anjali it
            # calls by her first name (a novel calls its grown men so: `Thomas` Gradgrind)
            cands = [k for k in cands if self.entities[k].first not in self.alone] or cands
        cands = [k for k in cands if self.entities[k].honorific == honorific] or cands
        wives = [k for k in cands if self.entities[k].wife]
        if wives and (len(wives) > 1 or len(wives) < len(cands)):
            # `Mrs. Dashwood` after Mrs. Henry and Mrs. John Dashwood is neither for sure,
            # and one named `Mrs. Dashwood` before is she
            cands = [k for k in cands if not self.entities[k].wife]
            if not cands:
                return None
        if cands:
            return cands
        if not ((self.story and honorific in _MISSES) or honorific in _NOBLE):
            return self._family_first(honorific, last)  # a report's `Mr Grant` is not Mr
            # Grant Hall, nor a story's `the new minister, Mr. Owen` Owen Price
        # `Mrs. Rachel` after `Mrs. Rachel Lynde`, `Sir Keir`: an honorific before a first
        # name
        firsts = [k for k in self.by_first.get(last, []) if honorific in self.entities[k].titles]
        return self.entities[firsts[0]] if len(firsts) == 1 else None

    def _family_first(self, honorific: str, word: str) -> Entity | None:
        """For an honorific and one word that is nobody's surname nor a first name anybody
        knows: the one person whose name opens with it, as names with the family name first
        do (`Mr Tan` after `Tan Ah Kow`, `Mr Lam` after `Lam Wai-keung`; a Thai report's `Mr
        Anutin` after `Anutin Charnvirakul` too), whom the honorific fits."""
        if first_name_gender(word) != "unknown":
            return None
        g = HONORIFIC_GENDER[honorific]
        found = [k for k in self.by_first.get(word, []) if not self.entities[k].organisation
                 and self.entities[k].gender in ("unknown", g)]
        return self.entities[found[0]] if len(found) == 1 else None

    def add(self, m: Mention, pos: int, kin: bool = False) -> Entity:
        """The entity of a name or organisation mention, created when new; records the form.
        `kin`: the name is brought in as somebody's relative (see find)."""
        e = self.find(m, pos, kin)
        words = _nameword_set(m)
        if e is None and self._wife(words, _honorific(m), m.text):
            e = self._new_wife(words)
        elif e is None:
            e = self._new(words, m.kind == "org")
        elif e.wife:
            pass  # her husband's names are not hers
        elif e.implied and (len(words) > 1 or m.titles) and e.own_from < 0 and not (
                self._wife(words, _honorific(m), m.text)):
            e.own_from = pos  # named in his own right (`Harold Pike, a retired mailman,`)
        elif len(words) > 1 and not e.first and (e.last == words[0].lower() or (
                self.story and _pet_form(e.last, words[0].lower()))):
            e.first, e.last = words[0].lower(), words[-1].lower()  # `Frances` (or `Fran`)
            # was a first name (and by_last keeps it, so that `Frances` alone still finds her)
            self.by_last.setdefault(e.last, []).append(e.key)
            self.by_first.setdefault(e.first, []).append(e.key)
            self.by_full[" ".join(w.lower() for w in words)] = e.key
        elif len(words) > 1 and not e.first:
            e.first = words[0].lower()
            self.by_first.setdefault(e.first, []).append(e.key)
            self.by_full[" ".join(w.lower() for w in words)] = e.key
        form = " ".join(m.name)
        if form not in e.forms and not e.wife:
            e.forms.append(form)
        if len(words) > 1:
            self.added_at.setdefault(e.key, []).append(pos)
        honorific = _honorific(m)
        if honorific and not e.honorific and len(words) == 1 and not e.organisation:
            e.honorific = honorific
        if honorific and len(words) == 1 and words[0].lower() == e.first:
            e.titled_first = True
        if len(words) == 1 and not e.kin and not e.organisation:
            e.kin = _kin_title(m)
        self.describe(e.key, m.titles)
        e.vote(m.gender, 2)
        if len(words) == 1 and not e.first and not e.organisation and m.gender == "unknown":
            # fiction names people by a first name alone (`Charlotte came in`): a weak vote,
            # outweighed by any pronoun or honorific
            e.vote(_one_word_gender(words[0].lower()), 1)
        return e

    def note_couples(self, named: Iterable[tuple[Mention, int]]) -> None:
        """Surnames one sentence of a story names both bare and with Mrs., Miss or Ms. (`There
        was Braddocks at a table with a party: Cohn, Mrs. Braddocks, …`): two people, so that
        the bare name never finds the Mrs. (see find). Takes (mention, sentence) pairs; the
        caller passes only stories' (a report may write `call her Mrs. Smith, Smith said` of
        one woman)."""
        seen: dict[tuple[int, str], set[bool]] = {}
        for m, sentence in named:
            if m.kind == "name" and len(m.name) == 1:
                seen.setdefault((sentence, m.name[0].lower()), set()).add(
                    _honorific(m) in _MISSES)
        self.couples |= {last for (_s, last), kinds in seen.items() if len(kinds) == 2}

    def anonymous(self, m: Mention) -> Entity:
        """A new entity for `a spokesman`: never merged with anyone, named as written (a
        voice's owner without its ’s: `a different voice, a man’s,` is `a man`)."""
        text = re.sub(r"(?<=\w)[’']s$", "", m.text) if m.kind == "role" else m.text
        e = Entity(len(self.entities), "", "", m.kind == "org", [text])
        self.entities.append(e)
        self.describe(e.key, m.titles)
        e.vote(m.gender, 2)
        return e

    def merge(self, src: int, dst: int) -> None:
        """src and dst turn out to be one person (`the child` who is then named Randolph):
        src's mentions, role words and name become dst's."""
        for pos in self.named_at.get(src, []):
            k = self._before(pos)
            while k < len(self.mentions) and self.mentions[k].pos == pos:
                if self.mentions[k].key == src:
                    self.mentions[k] = self.mentions[k]._replace(key=dst)
                k += 1
        self.named_at[dst] = sorted(self.named_at.get(dst, []) + self.named_at.pop(src, []))
        s, d = self.entities[src], self.entities[dst]
        d.titles |= s.titles
        s.titles = set()
        d.female, d.male = d.female + s.female, d.male + s.male
        for words in [*s.forms, *s.said_as]:
            self.note_alias(dst, words)
        self.merged[src] = dst

    def nickname(self, key: int, word: str) -> None:
        """The entity is also called by the one word `word` (`Marcus Watts, whom everybody
        called Ace`, `“Everyone calls me Harry.”`): that word finds it from now on, and a
        person known only by that word so far is it (see merge), and so is one known by it
        before the surname (`Pop Amato` after `Luigi Amato… called him Pop`, or before:
        `Stan Murphy, who everybody in Skelby calls Spud,` … `Spud Murphy said`)."""
        low = word.lower()
        for other in self.by_first.get(low, []):
            e = self.entities[other]
            if self.current(other) == other != key and e.last and (
                    e.last == self.entities[key].last):
                self.merge(other, key)
        if low in (self.entities[key].first, self.entities[key].last) or any(
                self.entities[k].first or self.entities[k].organisation
                for k in self.by_last.get(low, []) + self.by_first.get(low, [])
                if self.current(k) != key):
            return  # `“They called me Trump”`: a person named in full keeps their name
        for other in self.by_last.get(low, []):
            e = self.entities[other]
            if self.current(other) != key and not e.first and not e.organisation:
                self.merge(other, key)
        self.by_last[low] = [key]
        if self.entities[key].last:
            self.by_full.setdefault(f"{low} {self.entities[key].last}", key)  # `Stan Murphy,
            # who everybody in Skelby calls Spud,` … `Spud Murphy said`
        self.note_alias(key, word)

    def acronym(self, key: int, word: str) -> None:
        """The organisation key is also called by its initials (`the National Prosecuting
        Authority (NPA)`): `the NPA said` finds it, and what was named so before is it."""
        low = word.lower()
        for other in self.by_last.get(low, []):
            e = self.entities[other]
            if self.current(other) != key and not e.first and len(e.forms) <= 1:
                self.merge(other, key)
        self.by_last[low] = [key]
        self.note_alias(key, word)

    def current(self, key: int) -> int:
        """The entity key stands for now (see merge)."""
        while key in self.merged:
            key = self.merged[key]
        return key

    def aliases(self, key: int) -> tuple[str, ...]:
        """Every other way the article names the entity, in order of use."""
        e = self.entities[key]
        name = self.canonical(key)
        out: list[str] = []
        for a in [*e.forms, *e.said_as]:
            if a != name and a not in out:
                out.append(a)
        return tuple(out)

    def note_alias(self, key: int, words: str) -> None:
        """Remember the words a cue used for the entity (`Ms. Psaki`, `the press secretary`)."""
        e = self.entities[key]
        if words not in e.said_as:
            e.said_as.append(words)

    def describe(self, key: int, words: Iterable[str]) -> None:
        """Remember role words said of an entity (`senator`, `strategist`), abbreviations
        spelled out (`sen` -> `senator`), for `the senator said`."""
        e = self.entities[key]
        words = tuple(words)
        former = False
        for w in words:
            full = TITLE_FULL.get(w, w)
            if w in NO_LONGER:
                former = True
            elif former and full not in e.titles:
                e.past.add(full)
            elif not former:
                e.past.discard(full)
            e.titles.add(w)
            e.titles.add(TITLE_FULL.get(w, w))
            if TITLE_FULL.get(w, w) == "reverend":
                e.titles |= _CLERGY  # `The Reverend Josiah Hale` is `the vicar`
            if TITLE_FULL.get(w, w) == "representative":
                e.titles |= _MEMBER_OF_CONGRESS  # `Rep. Danilo Roxas` is `the congressman`
        e.initials |= _initials(words)


    def canonical(self, key: int) -> str:
        """The longest full name the article uses for the entity; a surname the article only
        ever gives with an honorific keeps it (`Mrs. Vale`, so that she is not `Mr. Vale`),
        and a name a title of rank goes with before the first name keeps that too (`Sir Walter
        Elliot`, `Lord Henry Wotton`: `Sir Walter` is how the book calls him; but `Lord
        Cameron` is David Cameron). Two people of one name told apart by family words keep
        them (`Mother Rabbit`, `Grandfather Rabbit`). A form that is one of the entity's role
        words is no name (`Pruitt`, whom they called Preacher)."""
        e = self.entities[key]
        forms = [f for f in e.forms if not (f.endswith("s") and f[:-1] in e.forms)] or e.forms
        forms = [f for f in forms if f.lower() not in e.titles] or forms  # `Pruitt`, whom
        # they called Preacher (a role word), keeps his name
        name = " ".join(max(forms, key=lambda f: (len(f.split()), len(f))).split()) if (
            forms) else e.last  # `a\nyoung admirer` read across a line break
        form = HONORIFIC_FORM.get(e.honorific, e.honorific.capitalize())
        noble = e.honorific in _NOBLE and e.titled_first
        if e.honorific and (" " not in name or noble) and name != form:  # not `Lady Lady`
            return f"{form} {name}"
        if e.kin and " " not in name and name.lower() != e.kin and any(
                o.key != e.key and o.kin and o.last == e.last for o in self.entities):
            return f"{e.kin.capitalize()} {name}"  # `Mother Rabbit` and `Grandfather Rabbit`
        return name

    def first_named(self, key: int) -> int:
        """Where the entity is first named (-1 for one only ever met as a cue or a role)."""
        return self.named_at.get(key, [-1])[0]

    def between(self, a: int, b: int) -> list[Mentioned]:
        """Mentions in text[a:b], in order."""
        return self.mentions[self._before(a) : self._before(b)]

    def person_in(self, a: int, b: int) -> int | None:
        """The first person (not an organisation) named in text[a:b], as the entity they are
        now (see current), or None."""
        return next((self.current(m.key) for m in self.between(a, b)
                     if not self.entities[m.key].organisation), None)

    def persons_between(self, a: int, b: int, rank: int = SUBJECT_RANK) -> set[int]:
        """People (not organisations) named in text[a:b] with at least that rank."""
        lo, hi = self._before(a), self._before(b)
        return {m.key for m in self.mentions[lo:hi]
                if not self.entities[m.key].organisation and m.rank >= rank}

    def resolve_pronoun(self, pos: int, gender: Gender, sentence: int,
                        own_sentence: bool = True, floor: int = 0,
                        exclude: frozenset[int] = frozenset()) -> tuple[int | None, float]:
        """he/she at pos: the speaker or subject of the nearest sentence that names a
        compatible person.

        Edge cases: people of the other known gender and organisations are skipped; within a
        sentence a speaker wins over the subject and the subject over objects; the pronoun's
        own sentence is skipped for `“…,” he said` (own_sentence=False: `Asked about Clinton,
        she said` is not Clinton); nothing further back than four sentences or 2,000
        characters, nor before `floor` (a chapter heading), nor anyone in `exclude` (whom the
        line calls by name: `“Come, Darcy,” said he`). Confidence is high when the pick
        is the last person who spoke, or the only subject of the recent sentences (also when
        the nearest one names only them, as an object: `… a defining friendship for
        Ebeling.` / `“…,” she said`), lower when another compatible person was the subject
        of a recent sentence, or the pick's gender is unknown.
        """
        window: list[list[Mentioned]] = []
        for m in self.before(pos):
            if pos - m.pos > 2000 or m.pos < floor:
                break
            if (m.sentence == sentence and not own_sentence) or not self.compatible(
                    m.key, gender) or m.key in exclude:
                continue
            if not window or window[-1][0].sentence != m.sentence:
                if len(window) == 4:
                    break
                window.append([])
            window[-1].insert(0, m)
        if not window:
            return None, 0.0
        group = window[0]
        best = max(m.rank for m in group)
        pick = next(m for m in group if m.rank == best)
        return pick.key, self._confidence(pick, window)

    def _confidence(self, pick: Mentioned, window: list[list[Mentioned]]) -> float:
        """How sure a pronoun pick is, from what else the recent sentences name."""
        flat = [m for g in window for m in g]
        last_speaker = next((m.key for m in flat if m.rank == SPEAKER_RANK), None)
        recent = {m.key for g in window[:3] for m in g if m.rank >= SUBJECT_RANK}
        if {m.key for m in flat} == {pick.key} and self.entities[pick.key].gender != "unknown":
            return 0.85
        if pick.key == last_speaker:
            conf = 0.9 if len(recent) <= 2 else 0.8
        elif pick.rank == 0:  # an object: sure only when it is all the nearest sentence
            # names and the only subject of the recent ones
            conf = 0.8 if recent == {pick.key} == {m.key for m in window[0]} else 0.55
        else:
            conf = 0.8 if recent <= {pick.key} else 0.55
        if self.entities[pick.key].gender == "unknown":
            conf -= 0.1
        return conf

    def compatible(self, key: int, gender: Gender) -> bool:
        """A person (not an organisation, not a family) whose known gender does not contradict
        `gender`."""
        e = self.entities[key]
        if not e.first and e.last.endswith("s") and e.last[:-1] in self.by_last:
            return False  # `the Ebelings`: a family, not one person
        if key in self.counted and _a_people(e):
            return False  # `some Hindus were drumming — he knew`: never the he
        if key in self.plural and gender != "unknown":
            return False  # `City, who have now taken one point…` / `“…,” he said`
        if key in self.things and gender != "unknown":
            return False  # `Kettering slid the door open. Cold came in like a fist.` / `“…,”
            # he said`: Kettering
        if key not in self.mid_sentence and _plural_looking(e):
            return False  # `Delegates questioned how Cruz could…`: a group, not one person
        if e.teller and gender != "unknown":
            return False  # `said he` is never the one who tells the story as `I`
        if gender != "unknown" and not (e.first or e.last) and e.titles & _IT_SPEAKS:
            return False  # `said the machine`: never a she
        if e.gender == "unknown" and gender != "unknown" and self.leaning.get(
                key, gender) != gender:
            return False  # `Aziz lifted his hat.`: not the she of a later line
        return not e.organisation and not self.entities[self.current(key)].organisation and (
            gender == "unknown" or e.gender in ("unknown", gender))


_IT_SPEAKS = word_set("machine computer")
"""A story's things that speak, called so alone: an it, never the he or she of a cue (see
People.compatible; not `ship` of MACHINE_WORDS, which a story may call she)."""


def _initials(words: Sequence[str]) -> set[str]:
    """The initials of two to four title words in a row (`detective chief inspector` ->
    `dci`, `additional solicitor general` -> `asg`, `cabinet secretary` -> `cs`; words of
    four letters or more, the last a title: not `NPA spokesperson`): a report or a story
    calls the holder so (`the DCI`, `said the ASG`)."""
    words = [w for w in words if w.isalpha() and w not in DETERMINERS]
    return {"".join(w[0] for w in words[a:b]) for a in range(len(words))
            for b in range(a + 2, min(len(words), a + 4) + 1)
            if words[b - 1] in TITLES | ROLE_NOUNS and all(len(w) > 3 for w in words[a:b])}
