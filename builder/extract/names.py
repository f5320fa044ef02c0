"""Name spans and normal forms: the shape of a person's name, with no list of names.

Only general English resources live here: honorifics and titles, role words, words that
are capitalised for reasons other than being a name (function words at a sentence start,
days, months), words that make a capitalised phrase an organisation or a place, and name
particles (van, der, de, von ...). Whether a capitalised phrase is a person is decided by
its shape and its context, never by knowing the name.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# --- character classes ---------------------------------------------------------------

_UPPER = "".join(
    chr(c)
    for rng in ((0x41, 0x5B), (0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00))
    for c in range(*rng)
    if chr(c).isupper()
)
UPPER = "[" + re.escape(_UPPER) + "]"
LETTER = r"[^\W\d_]"
APOS = "’'"

# --- lexicons (general English; no person names) --------------------------------------

HONORIFICS = frozenset(
    "Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Madam Madame Monsieur Herr Frau Prof Professor "
    # the short forms of French and Spanish courtesy titles ('Mme Lemaire', 'Mlle Roux', 'Sra. Ortiz')
    "Mme Mlle Sra Srta "
    # honorifics of other regions: West Africa ('Alhaji Danjuma', 'Mallam Yakasai'), South Asia ('Shri', 'Smt'),
    # Malaysia ('Datuk', 'Dato’'), the Commonwealth's 'Hon.' and a councillor's 'Cllr'
    "Alhaji Alhaja Hajiya Mallam Malam Shri Smt Datuk Dato Datin Hon Cllr "
    # Persian 'Seyed' / Arabic 'Sayyid' (a descendant of the Prophet), Amharic 'Ato' / 'Weizero' (Mr / Mrs: 'Ato Yared',
    # before the given name, as Ethiopian names are referred to)
    "Seyed Seyyed Sayyid Sayed Ato Weizero Woizero".split()
)

# Titles and role words that may stand in front of a name inside one capitalised phrase.
TITLE_WORDS = (
    frozenset(
        """
    President Vice Prime Minister Secretary Chancellor Premier King Queen Prince Princess Crown
    Emperor Empress Sultan Emir Sheikh Pope Cardinal Archbishop Bishop Patriarch Metropolitan Rabbi
    Imam Ayatollah Reverend Father General Colonel Lieutenant Major Captain Admiral Commander Marshal
    Sergeant Brigadier Corporal Senator Representative Congressman Congresswoman Governor Mayor
    Ambassador Envoy Special Deputy Chief Foreign Defence Defense Interior Finance Justice Health Trade
    Home Attorney Chairman Chairwoman Chairperson Chair Director Spokesman Spokeswoman Spokesperson
    Adviser Advisor Aide Commissioner Judge Speaker Leader Head Executive Officer Editor Correspondent
    Analyst Doctor Baron Baroness Count Countess Duke Duchess High Senior Assistant Acting Former First
    Opposition Delegate Negotiator Mediator Coordinator Administrator Presidential Ministerial Secretary-General
    Vice-President Deputy-Minister Lawmaker Legislator Councillor Councilor Superintendent Inspector Agent
    Detective Officer Commissar Hetman Chieftain Minister-President Economy Economic Culture Education
    Environment Transport Agriculture Labour Labor Security Intelligence Military State Cabinet Lt Col Gen
    Adm Sgt Capt Maj Cmdr Gov Sen Rep Amb Pres Supt Insp Det Supreme Grand Mufti Abbot Deacon Pastor
    Elder Chancellor-designate Prime-Minister Field Lance Rear Air Vice-Admiral Lieutenant-General
    Major-General Lieutenant-Colonel Colonel-General Brigadier-General MP MEP CEO CFO COO Sister Rev Revd Fr
    Kaumātua Kuia Rangatira Ariki Brig
    Canon Archdeacon Prebendary Coroner Sheikha
    Hojatoleslam Hojjatoleslam Commodore Advocate Adv Kgosi Inkosi Principal CS PS MK
    Infrastructure Industry Ecology Emergencies Emergency Tourism Sport Sports Youth Communications
    Information Science Digital Social Housing Veterans Reintegration Innovation Technology Regional Transformation
    Harbourmaster Harbormaster
    Lifeguard Firefighter Coxswain Paramedic
    """.split()
    )
    | HONORIFICS
)

# Lower-case words that may form a role phrase in front of a name ("foreign policy adviser").
ROLE_NOUNS = frozenset(
    """
    president minister secretary chancellor premier king queen prince princess emperor sultan emir
    sheikh sheikha coroner pope cardinal archbishop bishop patriarch rabbi imam ayatollah general colonel lieutenant
    major captain admiral commander marshal sergeant brigadier senator representative congressman
    congresswoman governor mayor ambassador envoy deputy chief director spokesman spokeswoman
    spokesperson adviser advisor aide commissioner judge speaker leader head executive officer editor
    correspondent analyst professor researcher fellow expert economist historian chairman chairwoman
    chair negotiator mediator coordinator administrator delegate lawmaker legislator diplomat official
    emissary representative commentator columnist journalist reporter writer author strategist lawyer
    attorney prosecutor activist campaigner founder owner ceo president-elect presenter host anchor
    producer scientist researcher counsellor counselor councillor councilor consul attaché attache
    general-secretary secretary-general vice-president vice-chair rapporteur observer monitor
    businessman businesswoman tycoon oligarch billionaire blogger politician candidate nominee
    premier-designate chancellor-designate son-in-law daughter-in-law minister-designate
    fisherman fisherwoman farmer teacher nurse doctor surgeon paramedic medic pensioner retiree student
    shopkeeper trader vendor driver volunteer soldier veteran refugee worker miner engineer baker
    mechanic labourer laborer firefighter rescuer villager priest pastor nun pilot skipper sailor
    harbourmaster harbormaster inspector
    holder fan supporter star
    """.split()
)
# Occupations and positions (sport, entertainment, work) that stand capitalised in front of a full name at a sentence
# start ('Defenseman Name Surname', 'Employee Name Surname'): with ROLE_NOUNS, a phrase's first word that is not a name
# word (see role_lead). Kept apart from ROLE_NOUNS, which also decides apposition roles and quote speakers.
JOB_NOUNS = frozenset(
    """
    defenseman defenceman defender forward winger goalie goaltender goalkeeper keeper quarterback striker midfielder
    coach manager employee player singer guitarist drummer bassist actor actress musician rapper comedian artist
    designer architect chef photographer filmmaker pitcher linebacker receiver rookie
    angler objector protester protestor commuter passenger tenant homeowner householder stallholder hiker cyclist
    coxswain helmsman lifeguard ferryman boatman florist butcher grocer publican gardener
    """.split()
)
# kinship nouns: a role only in an apposition ('Her husband, Andriy, works …'), never a title or a quote's
# speaker by itself ('Sabanov’s wife … she said' is another person, not Sabanov)
KIN_NOUNS = frozenset(
    "husband wife son daughter widow widower grandson granddaughter nephew niece fiancé fiancée".split()
)
ROLE_MODIFIERS = frozenset(
    """
    foreign defence defense interior finance justice health trade home economy economic security
    intelligence military policy special senior top chief deputy acting former first vice prime
    assistant principal lead leading head presidential ministerial national regional state federal
    international political press communications deputy-head new outgoing incoming interim longtime
    long-time veteran retired rival opposition ruling government governmental peace climate energy
    environment labour labor culture education transport agriculture veterans affairs relations
    army navy naval air armed forces staff public private executive managing general
    ministry office council party union bank institute foundation agency commission committee
    bloc alliance league embassy mission delegation presidential cabinet parliamentary
    """.split()
)

# Capitalised words that make a phrase an organisation, a place or an event.
ORG_WORDS = frozenset(
    """
    Union Federation Republic Kingdom Empire Emirates States State Confederation Commonwealth Alliance
    Coalition Bloc Council Commission Committee Assembly Parliament Congress Senate Duma Cabinet
    Government Ministry Department Office Agency Bureau Authority Administration Service Services
    Institute Institution Foundation Fund Forum Centre Center Society Association Organisation
    Organization League Party Movement Front Initiative Network Group Holdings Company Corporation
    Corp Inc Ltd LLC Bank Trust Partners Capital Energy Oil Gas Petroleum Airlines Airways
    Motors Systems Industries Shipping Logistics Technologies Telecom Steel Mining Media Press News
    Rail Railway Railways Water Waterworks Utilities Freight
    Times Post Herald Gazette Journal Tribune Telegraph Daily Weekly Monitor Observer Independent
    Review Today Television TV Radio Broadcasting Channel Wire Info Online Magazine Chronicle Courier
    Express Mail Standard Guardian Mirror Record Ledger Dispatch Bulletin Report Reports
    University College School Academy Hospital Clinic Museum Library Court Tribunal Police Army Navy
    Forces Force Guard Corps Fleet Brigade Battalion Division Regiment Command Mission Embassy
    Consulate Church Cathedral Mosque Temple Palace Castle Tower Hall House Square Street Avenue Road
    Bridge Station Airport Port Harbour Harbor Terminal Dam Plant Stadium Arena Citadel Kremlin
    River Lake Sea Ocean Bay Gulf Strait Canal Island Islands Isle Peninsula Coast Beach Mountain
    Mountains Mount Hill Hills Valley Desert Forest Plain Plains Plateau Basin Delta Cape Heights
    Highlands Lowlands Region Province Oblast District County Territory Territories City Town Village
    Quarter Park Zone Corridor Line Accord Agreement Treaty Plan Protocol Declaration Charter
    Convention Pact Act Doctrine Process Format Talks Summit Conference War Revolution Crisis Day Week
    Cup Games Prize Award Festival Programme Program Project Operation Strategy Council Club
    Exchange Market Markets Stock Index Fair Expo Olympics Championship Tournament Order Medal
    Hotel Residence Resources Studies Dialogue Briefing Almanac Affairs Community Nations Research
    Digest Relations Stability Development Cooperation Partnership Watch Solutions Consulting Ventures
    Airport Motorway Highway Railway Pipeline Stream Field Fields Sector Front Council Secretariat
    Board Persons Sentinel Beacon Clarion Echo Advertiser Register Examiner Inquirer Enquirer Despatch
    Chamber Chambers Clearing Clearinghouse Depository Registry Directorate Inspectorate Ombudsman
    List Homes Estates Properties Developments
    Ngāti Ngati Ngāi Ngai Iwi Hapū Khor Wadi Jabal Jebel
    Securities Investments Investment Insurance Assets Brokers Brokerage Financial Equities Lending
    Engineering Construction Consultants Pharmaceuticals Electric Electronics Foods Textiles Labs Laboratories
    Mill Mills Crossing Wharf Pier Quay
    Amateur Amateurs Rovers Wanderers Harriers Athletics Rowing Sailing Yachting
    Platinum Minerals Metals Diamonds Coal Copper Cement Breweries Brewery Distillery Distilleries
    Dairies Dairy Creamery Creameries Bakeries Orchards Vineyards
    Pulau Kuala Kampung Kampong Bukit Tanjung Tanjong Sungai Teluk Kota Bandar Gunung Selat Jalan Lorong Barangay
    Eilean Loch Beinn Sgurr Rubha Ynys Llyn Afon Cwm Mynydd
    """.split()
) | frozenset(
    # nouns for things, venues, events, firms and works that end a product's, a show's or a firm's name ('the Auto
    # Show', 'Space Telescope', 'Marvel Studios', 'All Rights Reserved'), a treaty bloc ('the Trade Compact'), a trade's
    # people in plural ('the Paddy Growers' Union'), a continent ('the Southeast Asia editor'), a school ('Mill Lane
    # Primary'), a transport service ('Island Link'), a chapel or a headland ('Sennen Chapel', 'Carrack Point'), a team
    # or a grid operator ('the Mountain Rescue Team', 'Vale Networks'), a street ('Quay Parade'), a ferry company or a
    # pool ('Wray Crossings', 'the Friends of Porthlenn Lido'), a band, a choir or a colliery ('Kettlewick Silver Band',
    # 'Harnside Colliery'), a quarry or a sawmill company ('Brackmoor Aggregates', 'Cragside Sawmills'), a tram or bus
    # operator ('Vale Metrolink', 'Northgate Tramways'), a journal ('Annals of …'), a lane, a crossroads hamlet or a
    # harbour's steps ('Fallowfield Lane', 'Brindle Cross', 'Mackerel Steps'), a river crossing's village ('Holcombe
    # Ferry'), a rock off a coast or a rescue service ('Gull Rock', 'Sandrow Marine Rescue'); none is a person's
    # surname in practice but 'Lane', 'Cross', 'Ferry' and 'Rock' (SURNAME_PLACE_WORDS: a name when it speaks)
    """
    Show Shows Telescope Observatory Studios Animation Entertainment Productions Pictures Records Awards Suites Inn
    Auditorium Amphitheatre Amphitheater Pavilion Theatre Theater Casino Robotics Aerospace Machines Series Concept
    Timeline Edition Collection Tour Vote Rights Co Depot Falls Springs Prosecution Prosecutions Notices Proceedings
    Disease Syndrome Virus Encephalitis System Average Treasury
    Pro Ultra Premium Unlimited Arcade Interactive Works Dolls Factory Stage Drive Shelter Unit Protection Checker
    Compact Ferries Growers Farmers Exporters Importers Producers Traders Fishermen Fishers Dockers
    Workers Miners Nurses Teachers Employees Pilots
    Asia Africa Europe Oceania Americas
    Tech Place Use Closure Gaming
    Primary Secondary Link Links
    Chapel Priory Point
    Team Teams Networks Parade Promenade Esplanade Fell Pike
    Crossings Lido Lidos Baths
    Band Bands Choir Choirs Orchestra Chorus Ensemble Colliery
    Aggregates Quarries Quarrying Haulage Sawmill Sawmills
    Arboriculture Horticulture Landscaping Joinery Plumbing Roofing Scaffolding Removals Demolition
    Metro Metrolink Tram Trams Tramway Tramways Transit Buses Coaches
    Annals Archives Transactions
    Lane Cross Steps Ferry
    Moor Gill Ghyll Rigg Beck Room Rooms
    Rock Rocks Rescue
    Bottom Bottoms Hollow Scar
    """.split()
)

# Continental and group demonyms: the last word of a group of people ('African Americans', 'Regular European
# pricing'), never a person's surname.
DEMONYM_LAST = frozenset(
    """
    American Americans European Europeans African Africans Asian Asians Hispanic Hispanics Latino Latinos Latina
    Latinas Arab Arabs Caribbean Caribbeans
    """.split()
)

# A ministry's portfolio words: the last word of a phrase is never a surname when it is one of these ('Rural Economy and
# Fisheries Cabinet Secretary …': 'Rural Economy' is the first half of the portfolio, not a person). Portfolio
# words that are also surnames (Justice, Home) are left out.
PORTFOLIO_WORDS = frozenset(
    """
    Economy Economic Culture Education Environment Transport Agriculture Labour Labor Security Intelligence
    Infrastructure Industry Ecology Emergencies Emergency Tourism Sport Sports Youth Communications Information
    Science Digital Social Housing Veterans Reintegration Innovation Technology Transformation Health Trade Finance
    Defence Defense Interior Fisheries Irrigation Forestry Lands Planning Telecommunications Aviation
    """.split()
)
# A Persian place name's ezafe ('Dasht-e Sorkh', 'Kuh-e X', 'Darya-ye …'): a place, never a person's name.
EZAFE_RE = re.compile(r"^[A-Z][^\W\d_]*-(?:e|ye)$")

# Words capitalised at a sentence start (or in headlines) that are not names.
COMMON_WORDS = frozenset(
    """
    A An The This That These Those There Here It Its He She His Her Him They Them Their We Our Us
    You Your I Me My Mine Who Whom Whose What Which When Where Why How Whether If Unless Although
    Though While Whilst As Because Since Until Till After Before During Despite Without With Within
    Among Amid Amidst Between Beyond By For From In Into On Onto Of Off Out Over Under Up Down Upon
    At To Toward Towards Through Throughout Across Along Around About Above Below Behind Beside
    Besides Near Past Per Via Against And But Or Nor So Yet Also Still Even Just Only Then Thus
    Whatever Whichever Whenever Wherever Whoever Topics Tags Categories
    Hence However Meanwhile Moreover Furthermore Nevertheless Nonetheless Otherwise Instead Indeed
    Perhaps Maybe Already Again Earlier Later Now Today Tomorrow Yesterday Tonight Soon Once Twice
    Never Always Often Sometimes Usually Both Either Neither Each Every Some Any All Most Many Much
    More Less Few Several Such Other Another No Not None Nothing Something Everything Anything
    Everyone Someone Anyone Nobody Somebody Everybody One Two Three Four Five Six Seven Eight Nine
    Ten First Second Third Last Next Asked Speaking Pressed Told Said Says Asking Writing Responding
    Addressing Following According Citing Referring Commenting Explaining Noting Adding Answering
    Talking Replying Reacting Defending Describing Arguing Insisting Warning Urging Calling
    Predictably Notably Separately Similarly Additionally Ultimately Finally Initially Overall
    Elsewhere Nearly Almost Roughly About Around Analysts Officials Diplomats Sources Critics
    Experts Observers Residents Reporters Journalists Lawmakers Leaders Republicans Democrats Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April June July August September
    October November December Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed
    Thu Thurs Fri Sat Sun Yes Well Oh Please Thank Thanks Dear Hello Live Update Updated
    Breaking Exclusive Analysis Opinion Comment Editorial Photo Video Watch Read Listen Share
    Subscribe Sign Log Click See North South East West Northern Southern Eastern Western Central
    Upper Lower Greater Little Great New Old Saint St San Santa Los Las Fort Middle Far Near
    Multiple Various Certain Other Mid Late Early Unlike Like Given Based Under Regarding Concerning
    God Allah Christmas Easter Ramadan Eid Internet Web Covid Brexit Hey Enter Real Athletic
    Men Women Boys Girls Juniors Seniors Veterans
    Get Buy Shop Save Try Download Is Are Was Were Does Did Been Summary Sold Bought
    """.split()
)

# Place words of ORG_WORDS that are also surnames ('Aurelio Lake', 'Park', 'Hill'; a hill's 'Fell' and 'Pike' in the
# north of England, its moor, a ravine's 'Gill', a ridge's 'Rigg', a stream's 'Beck'; a river crossing's 'Ferry'): a
# name when it speaks.
SURNAME_PLACE_WORDS = frozenset(
    "Lake Hill Field Fields Park Forest Mill Mills Fell Pike Lane Cross Moor Gill Rigg Beck Ferry Rock "
    # a valley floor, a hollow, a cliff that is also a family name ('Name Hollow said', round 79)
    "Bottom Hollow Scar "
    # a Gaelic place word that is also a family name ('Fiona Loch'; a place puts it first: 'Loch Tosk')
    "Loch".split()
)

# Gaelic and Welsh place words that open a place's name ('Loch Drumbeg', 'Eilean Tosk', 'Cwm Rhondda'): the name
# after one is the place's, not a person's
PLACE_FIRST_WORDS = frozenset("Eilean Loch Beinn Sgurr Rubha Ynys Llyn Afon Cwm Mynydd".split())

# Month abbreviations that are also given names ('Jan Vos'): a name word unless a day number or a dot follows ('Jan 5').
MONTH_GIVEN_NAMES = frozenset({"Jan"})
MONTH_USE_RE = re.compile(r"\.|\s+\d")
# Month names that are also names ('Corinne May'): the month when a day or a year follows ('May 5', 'May 2025') or
# a word of time comes before ('since May', 'in May', 'until May', 'early May', 'mid-May').
MONTH_NAMES = frozenset({"May"})
MONTH_DAY_RE = re.compile(r"\s+\d")
MONTH_TIME_RE = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|"
    r"[Nn]ext|[Tt]his|[Ee]very)[\s-]+$"
)

# Spelled numbers ("Forty-one Orvanian children") and the adjective endings of hyphenated modifiers
# ("Harwick-based", "Kremlin-backed", "Orvanian-held"): capitalised at a sentence start, never a name word.
NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
    """.split()
)
MODIFIER_ENDINGS = frozenset(
    """
    based born bred led backed owned run made funded linked allied controlled held occupied annexed style
    speaking friendly aligned bound era wide
    """.split()
)


@lru_cache(maxsize=65536)
def is_common(tok: str) -> bool:
    """A capitalised word that is not a name word: COMMON_WORDS, a spelled number ("Forty-one"), or a
    hyphenated modifier ending in a lower-case adjective ("Harwick-based")."""
    if tok in COMMON_WORDS:
        return True
    if "-" not in tok:
        return False
    parts = tok.split("-")
    last = parts[-1]
    return (
        all(p.lower() in NUMBER_WORDS for p in parts)
        or last in MODIFIER_ENDINGS
        # any past participle or -ing form of five letters or more ('Council-sponsored', 'Ministry-appointed',
        # 'Court-ordered'); a hyphenated given name's lower-case part is a syllable ('Seo-jun', 'Min-ah')
        or (len(parts) > 1 and len(last) >= 5 and last.islower() and last.endswith(("ed", "ing")))
    )


_LEAD_NOUNS = JOB_NOUNS | ROLE_NOUNS
_LEAD_ROLES = _LEAD_NOUNS | ROLE_MODIFIERS


@lru_cache(maxsize=65536)
def role_lead(tok: str, before: int) -> bool:
    """A capitalised first word that is a role, not a given name, with ``before`` name words after it: a role noun or
    an occupation ('Defenseman', 'Singer-guitarists') before a full name (two or more words), or a role modifier
    ('Veteran', 'Leading') before one word. A role noun before one word may be a given name; a modifier before two
    is part of a body's name ('the International Red Cross')."""
    parts = [p[:-1] if p.endswith("s") and p[:-1] in _LEAD_ROLES else p for p in tok.lower().split("-")]
    if before >= 2:
        # a compound in lower case after its hyphen ('Centre-back', 'Match-winner', 'Long-serving') is a role or a
        # description, not a name word: a double-barrelled name capitalises each part ('Tebbutt-Mayo')
        tails = tok.split("-")[1:]
        if len(parts) >= 2 and tok[:1].isupper() and all(p[:1].isalpha() and p[:1].islower() for p in tails):
            return True
        return all(p in _LEAD_NOUNS for p in parts)
    return all(p in ROLE_MODIFIERS for p in parts)


# A letters page's signature line, 'Name Name, Town': two to four capitalised name words, a comma, one to three
# capitalised place words (the cleaner keeps it with its letter; the actor finder names nobody in it).
_SIG_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
SIGNATURE_LINE_RE = re.compile(rf"^{_SIG_CAP}(?:\s+{_SIG_CAP}){{1,3}},\s+{_SIG_CAP}(?:\s+{_SIG_CAP}){{0,2}}\s*$")

# Name particles: inside a name (Ilse von der Brugge) or leading a bare surname (van der Meerlo).
PARTICLES = frozenset(
    "van von der den de da di du del della dos das la le ter ten op bin ibn zu af av 't ’t "
    # a Filipino surname's 'dela'/'delos' ('Dela Cruz'); a Malay patronymic's 'binti' ('Siti Hajar binti Yusof')
    "dela delos binti bint".split()
)
# Two-word honorifics whose words are not titles alone: Malaysia's 'Tan Sri', 'Puan Sri', 'Datuk Seri', 'Toh Puan'
# ('Tan' is also a surname, 'Sri' a given name)
HONORIFIC_PAIRS = frozenset(
    (a, b) for a in ("Tan", "Puan", "Datuk", "Dato", "Dato’", "Dato'", "Toh") for b in ("Sri", "Seri", "Puan")
)

NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})

SUBJECT_PRONOUNS = frozenset({"he", "she", "He", "She"})

# --- tokenising ------------------------------------------------------------------------

PARTICLE = (  # a name's particle in lower case: van ’t Hooft (also actors' nickname pattern)
    r"(?:van|von|der|den|de|dela|delos|da|di|du|del|della|dos|das|la|le|ter|ten|op|bin|binti|bint|ibn|zu|['’]t)"
)
# A capitalised phrase: tokens separated by one space, particles allowed between them.
# (Written to start with a plain upper-case class, guarded by a look-behind after it, which
# is several times faster in Python's engine than a leading look-behind.) Particles in
# front of the phrase ("van der Meerlo") are picked up by LEAD_PARTICLES_RE.
_REST = (
    rf"(?:(?:(?<=M)(?:rs|s|r|aj)|(?<=D)r|(?<=G)(?:en|ov)|(?<=S)(?:en|gt|upt)|(?<=C)(?:ol|apt|mdr)|(?<=L)t"
    rf"|(?<=R)ep|(?<=P)rof|(?<=A)(?:dm|mb)|(?<=H)on|(?<=S)mt|(?<=B)rig(?:\.-Gen)?)\.(?= )"  # Mr. Gen. Brig.-Gen. ...
    rf"|\.(?:-?{UPPER}\.)*(?!{LETTER})"  # initials: J. / U.S.
    # O'Brien, Hadad-Ostrander, Vyrlan-O'Keefe
    rf"|{LETTER}*(?:[{APOS}]{UPPER}{LETTER}+)*(?:-{LETTER}+(?:[{APOS}]{UPPER}{LETTER}+)?)*)"
)
# Arabic article particles joined to the surname by a hyphen: "Samira al-Haddad", "el-Sayed", "Al-Haddad".
_HPART = r"(?:al|el|ad|an|ar|as|ash|at|az|ad|ud|ul|ibn|bin|abu|abd|ben)"
_TAIL = rf"(?: (?:{PARTICLE} )*{UPPER}{_REST})*(?!\w)"
SEQ_RE = re.compile(rf"{UPPER}(?<![\w\-{APOS}.].){_REST}{_TAIL}")
LEAD_PARTICLES_RE = re.compile(rf"(?<![\w\-{APOS}])(?:{PARTICLE} ){{1,3}}$")
# a bare surname that starts with a lower-case hyphen particle ("al-Haddad said"): SEQ_RE starts with a
# capital, so these are found apart
HYPHEN_LEAD_RE = re.compile(rf"(?<![\w\-{APOS}.])(?:{_HPART}-|d[{APOS}])(?={UPPER}{LETTER})")
SEQ_AFTER_HYPHEN_RE = re.compile(rf"{UPPER}{_REST}{_TAIL}")


def hyphen_particle_phrases(text: str) -> list[tuple[int, str]]:
    """(start, phrase) of the capitalised phrases that start with a lower-case hyphen particle ("al-Haddad
    said"), or that go on with one ("Samira al-Haddad": SEQ_RE stops at "Samira"), in order. Every other
    phrase SEQ_RE finds is left as it is."""
    out: list[tuple[int, str]] = []
    seqs = [(m.start(), m.end()) for m in SEQ_RE.finditer(text)]
    ends = {e: i for i, (_, e) in enumerate(seqs)}
    for m in HYPHEN_LEAD_RE.finditer(text):
        seq = SEQ_AFTER_HYPHEN_RE.match(text, m.end())
        if not seq:
            continue
        k = ends.get(m.start() - 1)
        if k is not None and text[m.start() - 1] == " ":
            out.append((seqs[k][0], text[seqs[k][0] : seq.end()]))  # the given names before it
        else:
            out.append((m.start(), text[m.start() : seq.end()]))
    return out
POSSESSIVE_RE = re.compile(rf"[{APOS}]s?(?![\w])")

_ALLCAPS_RE = re.compile(rf"^{UPPER}[{re.escape(_UPPER)}\-{APOS}]+$")


# A word with a capital inside after three or more letters is a brand or a product ('AirPods', 'YouTube',
# 'PolitiFact', 'SpaceX'), never a name word; a name's capital comes after a two-letter prefix ('McBride', 'LeBron',
# 'DeBose', 'LaJoie', 'DiBenedetto') or after one of these.
_BRAND_WORD_RE = re.compile(r"[A-Z][a-z]{2,}[A-Z]")
_NAME_PREFIXES = ("Mac", "Van", "Von", "Vander", "Fitz", "Della", "Dela", "Del", "Des", "Ver")


def is_brand_word(tok: str) -> bool:
    if not _BRAND_WORD_RE.match(tok):
        return False
    return not any(tok.startswith(p) and tok[len(p) : len(p) + 1].isupper() for p in _NAME_PREFIXES)


def is_allcaps(tok: str) -> bool:
    return len(tok) > 1 and bool(_ALLCAPS_RE.match(tok))


def is_initial(tok: str) -> bool:
    return tok.endswith(".") and tok not in _ABBR_TITLE_SET


_ABBR_TITLE_SET = frozenset(
    t + "."
    for t in (
        "Mr Mrs Ms Dr Prof Gen Col Lt Sen Rep Gov Capt Maj Adm Sgt St Amb Pres Supt Cmdr Hon Smt Brig Brig.-Gen "
        "Mme Mlle Sra Srta"
    ).split()
)


def bare_title(tok: str) -> str:
    """'Mr.' -> 'Mr'."""
    return tok[:-1] if tok in _ABBR_TITLE_SET else tok


def is_title(tok: str) -> bool:
    t = bare_title(tok)
    return t in TITLE_WORDS or ("-" in t and t.rsplit("-", 1)[1] in TITLE_WORDS)  # Then-President


def is_honorific(tok: str) -> bool:
    return bare_title(tok) in HONORIFICS


def is_particle(tok: str) -> bool:
    return tok.lower() in PARTICLES


def split_surname(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split a name into (given names, surname): the surname is the last word with the
    particles in front of it (Ilse | von der Brugge; Wim | De Lautre). At least one given
    name stays when there is one that is not a particle."""
    while len(tokens) > 2 and tokens[-1].rstrip(".") in NAME_SUFFIXES:  # Jr, Sr, III: not the surname
        tokens = tokens[:-1]
    i = len(tokens) - 1
    while i > 0 and is_particle(tokens[i - 1]):
        i -= 1
    if i == 0 and len(tokens) > 1 and not is_particle(tokens[0]):
        i = 1
    return tokens[:i], tokens[i:]


# an honorific or a gendered role word: 'Mr Name' is a man, 'Ms Name' a woman, 'the spokeswoman' a woman
MALE_RE = re.compile(
    r"^(?:Mr|Sir|Lord|King|Prince|Herr|Monsieur|Signor|Señor)\b|\b(?:spokes|chair|congress|business)man\b"
)
FEMALE_RE = re.compile(
    r"^(?:Ms|Mrs|Miss|Madam|Madame|Mme|Mlle|Dame|Lady|Queen|Princess|Frau|Signora|Señora|Sra|Srta)\b"
    r"|\b(?:spokes|chair|congress|business)woman\b"
)


def form_gender(forms: Iterable[str], roles: Iterable[str] = ()) -> str:
    """'m'/'f' when an honorific or a gendered role word says so, else ''."""
    xs = [*forms, *roles]
    m = any(MALE_RE.search(x) for x in xs)
    f = any(FEMALE_RE.search(x) for x in xs)
    return "m" if m and not f else "f" if f and not m else ""


# --- normal forms -----------------------------------------------------------------------


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower case, no accents, curly apostrophes straight."""
    if s.isascii():
        return s.lower()  # (no decomposition, no accent, no curly apostrophe to change)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("’", "'").lower()


_TRANSLIT = [
    (re.compile(r"^ye(?=[^aeiouy])"), "e"),  # Yevgeny/Evgeny, Yelena/Elena, Yekaterina/Ekaterina
    (re.compile(r"(?:iy|yy|ii|ij|yi|y)$"), "i"),  # Yuriy/Yury/Yurii -> yuri; Andriy/Andrii -> andri
    (re.compile(r"ey$"), "ei"),  # Sergey -> sergei
    (re.compile(r"(?:iya|ija)$"), "ia"),  # Yuliya -> yulia
    (re.compile(r"ks"), "x"),  # Aleksei -> alexei
    (re.compile(r"^ole(?=x)"), "ale"),  # Ukrainian Oleksandr/Oleksii -> alexandr/alexi (Russian Aleksandr/Aleksei)
    (re.compile(r"(?<=x)ander$"), "andr"),  # Alexander -> alexandr
    (re.compile(r"^(?:[ji](?=u)|i(?=a..))"), "y"),  # Juri/Iuri -> yuri, Iakov -> yakov (not Ian/Jan)
    (re.compile(r"kh"), "h"),
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), "i"),  # Andreyev-ish inner y
    (re.compile(r"ij"), "i"),
    (re.compile(r"(?<=[aeou])j$"), "i"),  # Matej/Matei, Andrej/Andrei, Nikolaj/Nikolai
    (re.compile(r"ph"), "f"),
    (re.compile(r"tch"), "ch"),  # French and German spellings: Baranovitch/Baranovich, Tchernov/Chernov
    (re.compile(r"(?<=[eo])ff?$"), "v"),  # French and older English -off/-eff: Romanoff/Romanov, Hof/Hoff
    (re.compile(r"(.)\1"), r"\1"),  # double letters
]


_PART_SPLIT_RE = re.compile(r"[\s\-]+")


_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
# the case ending of an East Slavic name word ('Игоря', 'Сольцевой', 'Веденського', 'Дарьи'): its trailing
# vowels, soft and short signs, or a vowel run before -го/-му. The instrumental's -м is left on: it would
# also cut the nominative's own -им/-ем ('Максим', 'Рустем').
_SLAVIC_TAIL_RE = re.compile("(?:[аяыиеуюйьоёіїє]*(?:го|му)|[аяыиеуюйьоёіїє]+)$")
_FLEETING_RE = re.compile("[ео]([лкцнр])$")  # 'Павел' / 'Павла', 'Кравец' / 'Кравца'


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC_RE.search(word))


def slavic_stem(part: str) -> str:
    """A folded Cyrillic name word without its case ending, so that the nominative and the oblique cases of a
    name ('Марина Сольцева' / 'Марины Сольцевой', 'Игорь Веденеев' / 'Игоря Веденеева') share one key."""
    stem = _SLAVIC_TAIL_RE.sub("", part)
    if len(stem) < 2:
        return part
    short = _FLEETING_RE.sub(r"\1", stem)
    return short if len(short) >= 2 else stem


# how far a Cyrillic name word's ending (past what its case forms share) is from the nominative: none, -й, -ь,
# -ий and -ый end a man's name, -а/-я a woman's; any other ending is an oblique case ('-ы', '-ой', '-ого', '-е')
_NOMINATIVE_TAILS = {"": 0, "й": 0, "ь": 0, "ий": 0, "ый": 0, "а": 1, "я": 1, "ая": 1, "ия": 1, "ья": 1}


def case_rank(name: str, group: Iterable[str]) -> int:
    """How unlike a nominative a Cyrillic name is beside the other case forms of it in ``group`` (0: each word
    ends as a nominative does past the part the forms share); the lowest is the name to show."""
    toks = name.split()
    others = [words for g in group if len(words := g.split()) == len(toks)]
    rank = 0
    for i, tok in enumerate(toks):
        shared = os.path.commonprefix([tok, *(o[i] for o in others)])
        rank += _NOMINATIVE_TAILS.get(tok[len(shared):], 2)
    return rank


@lru_cache(maxsize=65536)
def variant_key(word: str) -> str:
    """A key equal for transliteration variants of one name: Yury/Yuri/Yuriy, Arkady/Arkadiy,
    Dmitry/Dmitri, Andrii/Andriy, Sergey/Sergei, Aleksei/Alexei, Ostrovsky/Ostrovskyy, Oleksandr/Aleksandr/Alexander,
    Smirnoff/Smirnov; and, for a word in Cyrillic, equal for its grammatical cases (``slavic_stem``)."""
    parts = []
    for part in _PART_SPLIT_RE.split(fold(word)):
        part = part.replace("'", "")
        if is_cyrillic(part):
            parts.append(slavic_stem(part))
            continue
        for rx, rep in _TRANSLIT:
            part = rx.sub(rep, part)
        parts.append(part)
    return " ".join(p for p in parts if p)


# an East Slavic patronymic between the given name and the surname ('Nadira Rustamovna Yusupova')
_PATRONYMIC_RE = re.compile(r"^[A-Z][a-z]+(?:[eo]vich|[eo]vna|yevich|yevna)$")


def name_key(tokens: list[str]) -> tuple[str, str]:
    """(surname key, given-names key) of a full name, both transliteration-folded; a patronymic after the given name
    is left out of the key, so 'Nadira Rustamovna Yusupova' and 'Nadira Yusupova' are one person."""
    given, surname = split_surname(tokens)
    if len(given) >= 2:
        given = [given[0], *(t for t in given[1:] if not _PATRONYMIC_RE.match(t))]
    # 'Sr', 'II', 'III' name another person than the same name without them (the father beside 'Name Jr'); a 'Jr'
    # is often dropped, so it stays the same person
    sfx = tokens[-1].rstrip(".") if len(tokens) > 2 else ""
    if sfx in NAME_SUFFIXES and sfx != "Jr":
        given = [*given, sfx]
    return variant_key(" ".join(surname)), variant_key(" ".join(given))


def trie_regex(words: list[str] | frozenset[str]) -> str:
    """A regex alternation of ``words`` factored by prefix (much faster than a flat one)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)
