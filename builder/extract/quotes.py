"""Quote spans -> speakers.

For each quoted span of a paragraph (outermost curly or straight double marks):

1. attribution right after it: ``“…,” Name said`` / ``“…,” she said`` / ``“…,” said Name`` /
   ``“…,” Name, the envoy, told reporters``;
2. else the nearest speech verb before it in its sentence and that verb's subject:
   ``Name said: “…”``, ``Name told reporters that … “partial”``, ``what he called “…”``,
   ``he said, adding that … “…”`` (a participle or a coordinated verb takes the subject of
   the sentence's earlier verb);
3. else a quote that opens its sentence continues the paragraph's previous quote
   (``“A,” Name said. “B.”``).

The subject must be a person: a named one (the article's ActorMention) or he/she, which goes
to the last-named speaker (the sentence's subject, else the previous sentence's). A
subject that is anything else (``her office said``, ``officials told``) means no quote:
words of institutions and unnamed officials are not a person's quote, and neither are
quoted words with no speech verb (document text, scare quotes).

A quote with no closing mark whose next paragraph opens with a mark runs on: one quote,
parts joined by a space. The text is verbatim between the marks, minus the attribution
comma.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from builder.extract.actors import QSpan, Scan, Span, inside, scan
from builder.extract.names import JOB_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, form_gender, is_title, trie_regex
from builder.model import ActorMention, Quote

_VERBS = """
said says say told tells tell added adds wrote writes noted notes argued argues warned warns
insisted insists stated states declared declares explained explains cautioned cautions replied
replies responded responds urged urges called calls described describes accused accuses
announced announces commented comments claimed claims asserted asserts stressed stresses
emphasised emphasized emphasises emphasizes remarked acknowledged acknowledges admitted admits
conceded concedes suggested suggests predicted predicts recalled recalls concluded concludes
tweeted posted vowed vows pledged pledges promised promises answered answers complained repeated repeats
complains countered counters maintained maintains reiterated reiterates confirmed confirms denied
denies dismissed dismisses criticised criticized labelled labeled branded termed dubbed charged
alleged observed quipped joked thundered shouted continued continues went asked asks
thanked praised praises welcomed welcomes hailed hails condemned condemns estimated estimates rejected rejects
begged begs implored implores remembered remembers weighed chimed ruled rules
""".split()
_PARTICIPLES = """
adding saying telling writing noting arguing warning insisting stating declaring explaining
cautioning replying responding urging calling describing accusing announcing commenting claiming
asserting stressing emphasising emphasizing remarking acknowledging admitting conceding suggesting
predicting recalling concluding vowing pledging promising answering complaining countering
maintaining reiterating confirming denying dismissing criticising criticizing labelling labeling
branding terming dubbing charging alleging observing thanking praising welcoming hailing condemning
estimating rejecting begging imploring
""".split()
_VERB_RE = re.compile(r"\b(?=[a-z])" + trie_regex(frozenset(_VERBS + _PARTICIPLES)) + r"\b")
_PARTICIPLE_SET = frozenset(_PARTICIPLES)
_HIS_HER_RE = re.compile(r"(?:His|Her)\s")
_ACCORDING_LEAD_RE = re.compile(r"According to\s+")
_ACCORDING_BEFORE_RE = re.compile(r"\b[Aa]ccording to\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")
# a one-word name that opens its sentence with a finite verb after it is that sentence's subject, a person
# ("Korvanek has repeatedly played down ...")
_SUBJECT_VERB_RE = re.compile(
    r"\s+(?:(?:also|later|then|again|never|always|repeatedly|recently|previously|often|once|[a-z]+ly)\s+)?"
    r"(?:has|had|is|was|will|would|did|does|can|could|may|might|must|should)\b"
)
# what may follow a sentence-final attribution ("..., Name said on Monday."): a time, a place, the end
_TAIL_ATTRIBUTION_RE = re.compile(
    r"(?:\s+(?:on|in|at|late|early|last|this|yesterday|today|earlier|later|afterwards)\b[^,;:“”\"]{0,60})?\s*[.!?]?\s*"
)
# verb forms that are also plural nouns: a noun when an auxiliary or "of" follows ("member states would",
# "the claims were", "calls of"), not a speech verb
_NOUN_LIKE = frozenset("states claims calls notes comments answers replies remarks counters estimates".split())
# a determiner or a possessive before the word: a noun ("the claims", "Mr Vos’s claims", "her remarks")
_DET_BEFORE_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]hese|[Tt]hose|[Ss]uch|[Ww]hose)|\w[’']s?)\s+$"
)
_AUX_AFTER_RE = re.compile(r"\s+(?:would|will|had|have|has|were|are|can|could|should|must|may|might|did|do|of)\b")
_PRONOUN_RE = re.compile(r"[HhSs](?<![A-Za-z][HhSs])h?e\b(?<![Ss]e)")
# "the 61-year-old said": an age standing for the last-named person, like he/she
_AGE_REF_RE = re.compile(
    r"\b[Tt]he \d{1,3}-year-old\b(?![- ](?:[a-z]+ )?(?:man|woman|boy|girl|son|daughter|mother|father))"
)
# a paragraph that ends by introducing the next one's quote: "the mayor, Name, said:", "he talks for a long time:"
_COLON_LEAD_RE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|replied|replies|explained|explains|declared|declares|"
    r"warned|warns|insisted|insists|put\s+it|recalled|recalls|remembered|remembers|talked|talks|spoke|speaks)\b"
    r"[^.!?“”\"]{0,60}:$"
)
# a quote introduced by a written line ('… ended with a line she had pinned to the ticket office: “…”'): the words
# of a sign, a note or a card, not of the person whose speech verb comes before
_WRITTEN_LEAD_RE = re.compile(
    r"\b(?:a|an|the|this|that|one)\s+(?:[\w-]+\s+)?(?:line|sign|note|banner|placard|inscription|slogan|motto|"
    r"card|poster|graffito|graffiti)\b[^.!?“”\"]{0,80}:\s*$"
)
# a clause that says what a written text reads, right before its quotation ('… so that the page reads, under a
# picture of the crew: “…”', 'the plaque now reads:')
_READS_LEAD_RE = re.compile(r"\breads\b[^.!?“”\"]{0,60}:\s*$")
# ... or that the words were painted, chalked or pinned on a surface ('Name has painted the fares on a board: “…”',
# 'chalked the prices on the blackboard:'): a sign's words, nobody's quote (not 'wrote on Facebook:', a post)
_SURFACE_LEAD_RE = re.compile(
    r"\b(?:painted|chalked|scrawled|stencilled|stenciled|carved|etched|pinned|printed|hung|put\s+up)\b[^.!?“”\"]{0,50}?"
    r"\b(?:on|to|onto)\s+(?:a|an|the|his|her|their|its|our)\s+(?:[\w-]+\s+){0,2}?(?:board|blackboard|chalkboard|"
    r"whiteboard|noticeboard|wall|door|window|fence|gate|pavement|railings|sheet|bedsheet)\b[^.!?“”\"]{0,60}:\s*$"
)
# a paragraph that ends by announcing the next one's quote without a colon: "he answered with one word."
_WORDS_LEAD_RE = re.compile(
    r"\b(?:answered|replied|responded|said)\s+(?:with\s+|in\s+)?(?:one|a\s+single|two|three|four|five)\s+words?\.$"
)
_ADV = (
    r"(?:has|have|had|also|then|later|again|would|will|did|does|could|once|first|previously|repeatedly|"
    r"himself|herself|[a-z]+ly|on \w+|late \w+|early \w+|last \w+|this \w+|on \w+ \w+|in a \w+ \w+)"
)
# What may stand between a subject and its verb: an apposition, adverbs, auxiliaries.
_GAP_RE = re.compile(
    rf"\s*(?:\([^()“”\"]{{1,40}}\)\s*)?"  # (pictured)
    rf"(?:,[^,;:“”\"]{{1,140}},\s*|[—–][^—–“”\"]{{1,140}}[—–]\s*"  # an apposition in commas or dashes
    rf"|,[^,;:“”\"—–]{{1,140}}?\s[—–][^—–“”\"]{{1,140}}[—–]\s*)?"  # (one in a comma run into a dash aside)
    rf"(?:{_ADV}\s+)*"
)
# the name's institution between the name and its verb: "Name of the Eastern Institute of Hydrology said", "Name
# from Lissel University told" (capitalised words and their joiners only), then what _GAP_RE allows
_INST_GAP_RE = re.compile(
    r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|for|and|on|the|&))*?" + _GAP_RE.pattern
)
# a relative clause's subject right before its verb: "…, who told", "…, who later said"
_WHO_BEFORE_RE = re.compile(rf",\s*who\s+(?:{_ADV}\s+)*$")
# what may stand between a name and the comma of its relative 'who': nothing, the name's institution ("of the
# Carrow Institute", "at Lissel University"), an apposition in commas, or both
_APPOSITION_RE = re.compile(r"(?:\s+(?:of|at|from)\s+[^,;:“”\"«»]{1,60}?)?(?:,[^,;:“”\"«»]{1,140})?")
_NP_RE = re.compile(r"(?:(?!(?:and|but|while|as|which|who|that|because|after|before|when|if)\b)[\w.’'\-]+\s+){1,5}")
_SKIP = -2
# an unnamed agent of the person named next, who is the subject of the verb after the name: "A spokesman for
# (Prime Minister) Name said", "an aide to Name told"
_AGENT_FOR_RE = re.compile(
    r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|"
    r"attorney|assistant)\s+(?:for|of|to)\s+(?:[A-Z][\w’'.-]*\s+){0,4}$"
)
# the same agent for a person's role whose holder's name follows in commas: "A spokesperson for the foreign minister,
# Name, said" (the name is the minister's, the unnamed spokesperson speaks; the last word is checked for a role noun)
_AGENT_FOR_ROLE_RE = re.compile(
    r"(?<![\w’'])(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|"
    r"attorney|assistant)\s+(?:for|of|to)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}([a-z][\w-]*),\s+$"
)
# a relative clause closed by a comma right before the verb: "…, who spoke on condition of anonymity, said"
_CLAUSE_BEFORE_RE = re.compile(r",\s+who\s+[^,;:“”\"]{3,160},\s*$")
# a sentence about an unnamed person who speaks, set off as one by a relative 'who': "A coastguard officer at the
# scene, who asked not to be named, said the tide …" -- no name stands in it, but a 'he said' after it is that person
# ('The father, who asked not to be named, said …': after 'The' only with the clause that keeps him unnamed -- 'The
# mayor, who …, said' may be a person named before)
_UNNAMED_WHO_SAID_RE = re.compile(
    r"(?:(?:An?|One)\s+[a-z][^.;:,“”\"]{0,80},\s+who\s+[^,;:“”\"]{3,160}|"
    r"The\s+[a-z][^.;:,“”\"]{0,80},\s+who\s+[^,;:“”\"]{0,80}\b(?:not\s+to\s+be\s+(?:named|identified)|declined\s+to\s+"
    r"(?:be\s+named|be\s+identified|give\s+(?:his|her|their)\s+(?:full\s+)?name))[^,;:“”\"]{0,80}),\s*(?:[a-z]+ly\s+)?"
    r"(?:said|says|told|tells|added|adds|warned|warns|explained|explains)\b"
)
_NOBODY = -3  # the subject is a noun phrase that is not a person ("Sabanov's wife, who ..., said")
# a subject noun phrase: a determiner or a possessive, then up to four words ending in a lower-case head noun
_NP_START_RE = re.compile(r"(?:[A-Z][\w’'-]*[’']s?|His|Her|Their|Its|Our|The|A|An)(?=\s)")
_NP_WORD_RE = re.compile(r"\s+([\w’'-]+)")
# words that end a subject noun phrase: prepositions, conjunctions, auxiliaries
_NP_STOP = frozenset(
    "of for at in on to from with by and or but that who which whose was were is are be been being has had have "
    "having will would could should may might must can did does do".split()
)
# "the envoy said", "the foreign minister told": a role noun as the subject
_ROLE_NP_RE = re.compile(r"\b[Tt]he (?:[a-z\-]+ ){0,3}?([a-z\-]+)\s+(?:(?:has|had|also|later|then|[a-z]+ly)\s+)*$")
_ROLE_NP_AFTER_RE = re.compile(
    # (the minister, who …, said; the “Show” actor said)
    r"the (?:[a-z\-]+ |[“\"][A-Z][^“”\"]{0,30}[”\"] ){0,3}?([a-z\-]+)(?:,\s+who\s+[^,;:“”\"]{3,160},)?"
    r"\s+(?:(?:has|had|also|later|then|[a-z]+ly)\s+)*(?=" + trie_regex(frozenset(_VERBS)) + r"\b)"
)
# 'said the actor' / 'said the veteran coach': a role noun right after a verb that follows the quote
_ROLE_AFTER_VERB_RE = re.compile(r"\s+the (?:[a-z\-]+ ){0,3}?([a-z\-]+)(?=[.,;]|\s*$)")
_SPEAKER_NOUNS = ROLE_NOUNS | JOB_NOUNS
# 'said the former shop assistant', 'the retired nurse added': a past occupation describes a person the article has
# named (an unnamed official is never 'the former spokesman' of a quote) -- whatever the noun
_PAST_ROLE_RE = re.compile(
    r"\bthe\s+(?:former|retired|one-time|erstwhile)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+\b|\bthe\s+ex-[a-z]"
)
# a speech verb right before the opening mark ('and said, “…”', 'he said: “…”')
_VERB_LEAD_RE = re.compile(r"\b(?:said|says|told|tells|asked|asks|added|adds|wrote|writes)[,:]\s*$")
_NOSUBJ_RE = re.compile(
    r"\b(?i:if|when|as|once|unless|was|were|is|are|be|been|being|to|not|than|widely|who|which|that)\s+(?:[a-z]+ly\s+)?$"
)
_COORD_RE = re.compile(r"(?:,\s*|\s+)(?:and|but|then)\s+(?:also\s+|later\s+|then\s+)?$|,\s*$")
_BOUNDARY_RE = re.compile(r"[.!?][”\"’)»“]*(\s+)(?=[“\"‘(„«]?[A-Z0-9À-ÖØ-Þ])")
_ABBREV_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Hon|Smt|St|Gen|Col|Lt|Sen|Rep|Gov|Capt|Maj|Prof|Brig|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|"
    r"approx|est|Inc|Ltd|Co|Corp)|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])$"
)


# a possessive's reported words, then a clause up to the quote: "’s comment last week that the war could end "
_WORDS_OF_RE = re.compile(
    r"[’']s?\s+(?:[a-z]+\s+){0,2}?(?:comment|remark|claim|promise|pledge|warning|statement|assertion|boast|vow|"
    r"prediction|suggestion|insistence)s?\b(?:\s+(?:last|this|on|earlier|in)\b[^,;:“”\"]{0,30}?)?\s+that\b[^.;:“”\"]{0,160}$"
    # 'in Name’s words, it is “…”', 'in Name’s own words, “…”': the possessor's words, whatever clause follows
    r"|[’']s?\s+(?:own\s+)?words\b,?(?:\s+[^.;:“”\"]{0,80})?$"
)


def _possessor_of_words(
    text: str, s0: int, qopen: int, refs: list[_Ref | Span], verbs: list[tuple[int, int, str]]
) -> int | None:
    """The person whose comment (remark, claim, …) a 'that' clause reports, when the quote sits in that clause and
    no speech verb stands between the noun and the quote: "Name’s comment that X would end “in months”"; or whose
    words the quote is said to be: "in Name’s words, it is “…”"."""
    for r in reversed(refs):
        if r.start >= qopen or r.start < s0:
            continue
        if not r.possessive or r.person < 0:
            return None  # the nearest person before the quote is not the possessor
        m = _WORDS_OF_RE.match(text[r.end : qopen].rstrip())
        if m and not any(r.end < v[0] < qopen and v[2] != "comment" for v in verbs):
            return r.person
        return None
    return None


@dataclass(slots=True)
class _Ref:
    start: int
    end: int
    person: int  # -1 for a pronoun
    possessive: bool


@dataclass(slots=True)
class _Found:
    para: int
    q: QSpan
    speaker: int | None  # person index


@dataclass(slots=True)
class _Sentence:
    text: str
    s0: int
    refs: list[_Ref | Span]  # people and he/she in the sentence, not possessive
    resolved: dict[int, int | None]  # ref start -> person
    first: int | None  # the sentence's first person
    verbs: list[tuple[int, int, str]]  # the paragraph's speech verbs (start, end, word)
    by_role: Callable[[str, int], int | None]  # "the envoy" -> the person with that role
    opener: tuple[int, int] | None = None  # (person, end): the role phrase opening the sentence, its holder
    sure: Callable[[int], bool] | None = None  # whether a person is sure (not a provisional one-word name)

    def subject_of(self, vi: int, depth: int = 0) -> int | None:
        """The person who is the subject of verbs[vi]; None if it is not a person; _SKIP if
        the verb has no subject of its own (passive, infinitive, "if confirmed")."""
        text, s0, verbs = self.text, self.s0, self.verbs
        vs, _, word = verbs[vi]
        if (
            self.opener is not None
            and self.opener[1] <= vs
            and not any(
                self.opener[1] <= r.start < vs and (r.person < 0 or self.sure is None or self.sure(r.person))
                for r in self.refs
            )
            and not any(self.opener[1] <= v[0] < vs for v in verbs)
        ):
            return self.opener[0]  # 'The mayor of X, who …, said': the role phrase is the subject, its holder speaks
        if (clause := _CLAUSE_BEFORE_RE.search(text, max(s0, vs - 200), vs)) is not None and not any(
            s0 <= r.start
            and r.end <= clause.start()
            and (clause.start() - r.end <= 1 or _APPOSITION_RE.fullmatch(text, r.end, clause.start()))
            for r in self.refs
        ):
            return _NOBODY  # "A senior official, who spoke … because he was not authorised …, said": the clause's
            # antecedent is the subject, and it is not a name (a 'he' inside the clause is that official)
        for r in reversed(self.refs):
            if r.end > vs:
                continue
            end = _suffix_end(text, r.end)
            if vs - end < 200 and (_GAP_RE.fullmatch(text, end, vs) or _INST_GAP_RE.fullmatch(text, end, vs)):
                if _AGENT_FOR_RE.search(text, max(s0, r.start - 100), r.start):
                    return _NOBODY  # "A spokesman for Prime Minister Name said": the unnamed spokesman speaks
                return self.resolved.get(r.start)
            if _in_commas(text, r.start, r.end, vs) or (
                text.startswith(",", r.end)
                and _comma_before(text, r.start)
                and vs - r.end < 60
                and _GAP_RE.fullmatch(text, r.end + 1, vs)
            ):
                # "whose leader, Name, said", "Kaledria's negotiator, Name, on Sunday rejected": the name in commas
                # is the subject -- unless it ends the apposition of the name that opens the sentence
                ag = _AGENT_FOR_ROLE_RE.search(text, max(s0, r.start - 120), r.start)
                if ag and ag.group(1) in ROLE_NOUNS:
                    # "A spokesperson for the foreign minister, Name, said": the name is the minister's (but in "A
                    # spokesman for the navy, Name, said" it is the spokesman's: a navy holds no name)
                    return _NOBODY
                owner = self._apposition_owner(r)
                return self.resolved.get(r.start if owner is None else owner.start)
        if (who := self._relative_subject(vs)) is not None:
            return who
        if _np_subject(text, s0, vs):
            return _NOBODY
        if word in _PARTICIPLE_SET or _COORD_RE.search(text, max(s0, vs - 20), vs):
            j = vi - 1
            if depth < 3 and j >= 0 and verbs[j][0] >= s0:
                who = self.subject_of(j, depth + 1)
                return self.first if who == _SKIP else who
            return self.first
        if _NOSUBJ_RE.search(text, max(s0, vs - 30), vs):
            return _SKIP
        m = _ROLE_NP_RE.search(text, max(s0, vs - 60), vs)
        if m and m.group(1) in _SPEAKER_NOUNS:
            return self.by_role(m.group(1), vs)
        return None

    def _apposition_owner(self, r: _Ref | Span) -> _Ref | Span | None:
        """The name opening the sentence when ``r`` (a name in commas) ends that name's apposition: "Name, the
        younger brother of the heir, Other Name, has told" -> Name."""
        r0 = self.refs[0] if self.refs else None
        if r0 is None or r0 is r or r0.start != self.s0 or r0.possessive or r0.end >= r.start:
            return None
        m = _APPOSITION_OPEN_RE.match(self.text, r0.end)
        if m is None or any(r0.end < v[0] < r.start for v in self.verbs):
            return None
        return r0

    def _relative_subject(self, vs: int) -> int | None:
        """The person a relative 'who' before the verb stands for: "Name, a member of the council, who told a talk
        show that …": the name before the comma (and its apposition), when it is a person."""
        text = self.text
        m = _WHO_BEFORE_RE.search(text, max(self.s0, vs - 60), vs)
        if m is None:
            return None
        for r in reversed(self.refs):
            if r.end > m.start():
                continue
            if _APPOSITION_RE.fullmatch(text, r.end, m.start()) and not r.possessive:
                who = self.resolved.get(r.start)
                return who if who is not None and who >= 0 else None
            return None
        return None


# what stands before a quote that is a name or a term, not words: a passive naming verb ('a prison, dubbed the “…”',
# 'they were known as the “…”'), or 'the term/word/phrase “…”'
_TERM_LEAD_RE = re.compile(
    r"(?:(?:,\s+|\b(?:is|was|were|are|be|been|being)\s+)(?:(?:also|often|widely|commonly|sometimes)\s+)?"
    r"(?:dubbed|nicknamed|called|labell?ed|branded|termed|named)\s+(?:as\s+)?|\bknown\s+as\s+)(?:the\s+|an?\s+)?$"
    r"|\bthe\s+(?:term|word|phrase|nickname|label|moniker|expression|slogan|tagline|hashtag)s?\s+$"
)


# a noun for a work or a campaign right before the opening mark of its capitalised title
_WORK_NOUN_BEFORE_RE = re.compile(
    r"\b(?:campaign|slogan|motto|song|single|album|book|novel|film|movie|documentary|series|podcast|exhibition|"
    r"initiative|programme|tagline|hashtag)\s+$"
)


def _names_a_term(text: str, s0: int, qopen: int, name_ends: set[int]) -> bool:
    """The quote at ``qopen`` is a name or a term the sentence mentions ('known as the “…”', 'the term “…”'). Not
    after a name in commas ('in what the study's lead author, Name, called “…”': that person's words)."""
    m = _TERM_LEAD_RE.search(text, max(s0, qopen - 50), qopen)
    if (
        m is None
        and text[qopen + 1 : qopen + 2].isupper()
        and _WORK_NOUN_BEFORE_RE.search(text, max(s0, qopen - 20), qopen)
    ):
        return True  # 'the … Prevention campaign “Starts with one.”': a work's or a campaign's title after its noun
    return m is not None and not (text.startswith(",", m.start()) and m.start() in name_ends)


# an apposition opening after a name: "Name, the …", "Name, a …"
_APPOSITION_OPEN_RE = re.compile(r",\s+(?:the|a|an)\s+[a-z]")

_SUFFIX_DOT_RE = re.compile(r"(?<=\b[JS]r)\.")


def _suffix_end(text: str, end: int) -> int:
    """The end of a name, past the full stop of its suffix ("Name Jr." -> after the stop)."""
    return end + 1 if _SUFFIX_DOT_RE.match(text, end) else end


def _noun_use(text: str, start: int, end: int) -> bool:
    """A verb form that is also a plural noun ("claims", "remarks") used as the noun."""
    return bool(_AUX_AFTER_RE.match(text, end) or _DET_BEFORE_RE.search(text, max(0, start - 12), start))


def _next_sentence_speaker(
    text: str,
    k: int,
    refs: list[_Ref | Span],
    ref_starts: list[int],
    verbs: list[tuple[int, int, str]],
    verb_starts: list[int],
    starts: list[int],
) -> int | None:
    """The person named at the start of the sentence after a quote ('“… .” Brandt told the Courier.') when a
    speech verb of theirs follows before any other quote opens."""
    while k < len(text) and text[k] == " ":
        k += 1
    ri = bisect_left(ref_starts, k)
    if ri >= len(refs) or refs[ri].start != k or refs[ri].possessive or refs[ri].person < 0:
        return None
    r = refs[ri]
    vi = bisect_left(verb_starts, r.end)
    if vi >= len(verbs) or verbs[vi][2] in _PARTICIPLE_SET or not _GAP_RE.fullmatch(text, r.end, verbs[vi][0]):
        return None
    nq = bisect_left(starts, k)
    return r.person if nq >= len(starts) or starts[nq] > verbs[vi][0] else None


# 'That was how …', 'This is how …', 'So said …': the sentence after a quote names who said it
_HOW_RE = re.compile(r"\s*(?:That|This)(?:\s+(?:is|was)|’s|'s)\s+how\s+")
_HOW_VERB_RE = re.compile(
    r"\b(?:put\s+it|described|summed\s+(?:it\s+)?up|explained|characteri[sz]ed|framed|phrased|said|told|saw)\b"
)


# 'That was Name’s answer …', 'That was all Name would say …': the sentence after a bare quote says whose it is
_SO_SAID_RE = re.compile(
    r"\s*(?:So\s+(?:said|says|wrote|writes)|(?:Those|These|They)\s+(?:are|were)\s+the\s+words\s+of)\s+"
)
_THAT_WAS_RE = re.compile(r"\s*(?:That|This)\s+was\s+(?:(all)\s+)?")
_ANSWER_NOUN_RE = re.compile(r"(?:[’']s?)?\s+(?:[\w-]+\s+)?(?:answer|reply|response|retort|verdict|comment|message)\b")
_WOULD_SAY_RE = re.compile(r"\b(?:(?:would|could|did|had\s+to|was\s+willing\s+to)\s+(?:say|tell|offer|add)|said)\b")


def _answer_speaker(text: str, k: int, refs: Sequence[_Ref | Span]) -> int | None:
    """The person named right after 'That was' in 'That was Name’s answer' (a possessive before a noun for an
    answer) or 'That was all Name[, role,] would say' (a verb of saying in the sentence)."""
    m = _THAT_WAS_RE.match(text, k)
    if not m:
        return None
    end = text.find(". ", m.end())
    end = len(text) if end < 0 else end
    r = next((r for r in refs if r.start == m.end() and r.person >= 0), None)
    if r is None:
        return None
    if m.group(1):
        return r.person if not r.possessive and _WOULD_SAY_RE.search(text, r.end, end) else None
    return r.person if r.possessive and _ANSWER_NOUN_RE.match(text, r.end) else None


def _how_speaker(text: str, k: int, refs: Sequence[_Ref | Span]) -> int | None:
    """The person named in a 'That was how Name put it' sentence at ``text[k:]``: the first named person after
    'how', followed in the same sentence by a verb of saying or describing; or in 'That was Name’s answer' /
    'That was all Name would say' (``_answer_speaker``); or right after 'So said' ('So said Name, the jury’s
    chair, as …', the inverted attribution of the quote before) or 'Those are the words of' ('Those are the words of
    Name, 58, who …')."""
    if (so := _SO_SAID_RE.match(text, k)) and (
        r := next((r for r in refs if so.end() <= r.start and _role_gap(text, so.end(), r.start)), None)
    ):
        return r.person if r.person >= 0 and not r.possessive else None
    m = _HOW_RE.match(text, k)
    if not m:
        return _answer_speaker(text, k, refs)
    end = text.find(". ", m.end())
    end = len(text) if end < 0 else end
    r = next((r for r in refs if m.end() <= r.start < end and r.person >= 0), None)
    if r is None or r.possessive or not _HOW_VERB_RE.search(text, r.end, end):
        return None
    return r.person


# (up to five words between the verb and 'that', a hyphenated name among them: 'said after meeting al-Name that')
_THAT_CLAUSE_RE = re.compile(r"\s+(?:[\w’'-]+\s+){0,5}?that\s")
_NAMING_VERBS = frozenset(
    "call calls called dub dubs dubbed name names named term terms termed describe describes described".split()
)
# ... or with 'that' left out: the clause's subject right after the verb ('Name said the Union welcomed “…”')
_ZERO_THAT_RE = re.compile(r"\s+(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+")


# the medium of a speech verb's words when they are written: '… told the trust in a letter last week that …'
_DOCUMENT_MEDIUM_RE = re.compile(
    r"[^.!?“”\"]{0,60}?\bin\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:letter|statement|report|e-?mail|"
    r"memo|memorandum|notice|circular|filing|submission|press\s+release)\b"
)


def _reporter(
    text: str, verbs: list[tuple[int, int, str]], vi: int, s0: int, subject_of: Callable[[int], int | None]
) -> int | None:
    """A speech verb with an unnamed subject inside the 'that' clause of an earlier speech verb of the sentence
    whose subject is a person ('Kadlecek wrote that when Union envoys told him …', 'Name said the Union welcomed
    “…”' with 'that' left out): that person reports it."""
    for vj in range(vi - 1, -1, -1):
        if verbs[vj][0] < s0:
            break
        clause = _THAT_CLAUSE_RE.match(text, verbs[vj][1]) or (
            vj == vi - 1
            and verbs[vi][2] not in _NAMING_VERBS  # ('said the children called him “the captain”': a name, not words)
            and _ZERO_THAT_RE.fullmatch(text, verbs[vj][1], verbs[vi][0])
        )
        if clause and verbs[vj][2] not in _PARTICIPLE_SET:
            who = subject_of(vj)
            return who if who is not None and who >= 0 else None
    return None


def _np_subject(text: str, s0: int, vs: int) -> bool:
    """The sentence opens with a noun phrase that is the subject of the verb at ``vs`` and is not a person
    or a role ("Sabanov’s wife, who asked …, said", "The ministry said"): its words are nobody's quote."""
    m = _NP_START_RE.match(text, s0)
    if m is None or vs - m.end() > 240:
        return False
    pos = m.end()
    for _ in range(4):
        w = _NP_WORD_RE.match(text, pos)
        if w is None:
            return False
        pos, head = w.end(), w.group(1)
        if head in ROLE_NOUNS or head in _NP_STOP:
            return False  # a role ("The speaker of parliament, Name,"), or the phrase has ended ("The decision was")
        if head[:1].islower() and _GAP_RE.fullmatch(text, pos, vs):
            return True
    return False


_ROLE_WORDS = ROLE_NOUNS | ROLE_MODIFIERS

# a sentence opening with a definite role phrase and no name: 'The mayor of Brennport, who …, said', 'Brisklund’s water
# commissioner, who …, went further', 'The Palace’s foreign-policy aide told …' (the person is named later)
_OPENER_RE = re.compile(r"(?:The|[A-Z][\w-]*[’']s)(?=\s)")
_OPENER_WORD_RE = re.compile(r"\s+([\w’'-]+)(?=[,\s])")


# a capitalised apposition right after a role phrase: 'The home's owner, Ackerley Care Ltd, said …'
_CAPITAL_APPOSITION_RE = re.compile(r",\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|for)){0,5},")


def _apposition_names_nobody(text: str, end: int, refs: Sequence[_Ref | Span]) -> bool:
    """The role phrase ending at ``end`` is followed by an apposition naming its holder that is no person found in
    the article (a firm, a body: 'The home's owner, Ackerley Care Ltd, said'): the holder is named, and it is not a
    person named later in the paragraph or the next."""
    m = _CAPITAL_APPOSITION_RE.match(text, end)
    return m is not None and not any(end < r.start < m.end() for r in refs)


def _role_opener(text: str, s0: int) -> tuple[str, int] | None:
    """(role noun, end of the role phrase) when the sentence at ``s0`` opens with a definite role phrase ('The
    Brisklund defence minister', 'Brisklund’s water commissioner', 'The port authority's chief engineer'): up to
    four capitalised words or lower-case modifiers, then a lower-case role noun; no joiner ('of', 'and', 'was')
    before it."""
    m = _OPENER_RE.match(text, s0)
    if m is None:
        return None
    pos = m.end()
    for _ in range(5):
        w = _OPENER_WORD_RE.match(text, pos)
        if w is None:
            return None
        pos, word = w.end(), w.group(1)
        if word[:1].isupper():
            continue
        if word in ROLE_NOUNS or word.rsplit("-", 1)[-1] in ROLE_NOUNS:
            return word.rsplit("-", 1)[-1] if word not in ROLE_NOUNS else word, pos
        if word in _NP_STOP:
            return None
    return None


# (a relative before the name: "“…,” said his brother Name", "said her daughter Name")
_KIN_GAP_WORDS = frozenset(
    "husband wife son daughter widow widower grandson granddaughter nephew niece brother sister mother father "
    "cousin uncle aunt partner grandfather grandmother stepson stepdaughter".split()
)
_ROLE_GAP_WORDS = _ROLE_WORDS | _KIN_GAP_WORDS | frozenset("the a an of his her its their our".split())


def _bracket_speaker(
    text: str, k: int, q_open: int, refs: list[_Ref | Span], ref_starts: list[int], named_before: set[int]
) -> int | None:
    """A name right after a quote in brackets ('“…” (Name) or …') or after a dash when the quote opens the
    paragraph and the name ends it or an apposition follows ('“…” — Name, 71, who crosses twice a week'): the
    speaker's index (-1 for a ref still to resolve), else None. A name in brackets must be someone the article
    named before ('“Porta Nova” (New Gate) square' is a translation, not a speaker)."""
    j = bisect_left(ref_starts, k + 1)
    if j >= len(refs) or refs[j].possessive:
        return None
    r = refs[j]
    if text[k] == "(":
        ok = r.start == k + 1 and text.startswith(")", r.end) and r.person in named_before
    else:
        ok = q_open == 0 and r.start == k + 2 and (r.end == len(text.rstrip()) or text.startswith(",", r.end))
    return r.person if ok else None


def _named_before(sc: Scan, pi: int, pos: int) -> set[int]:
    """The people (their indexes) named before position ``pos`` of paragraph ``pi``."""
    return {sp.person for ps in sc.spans[:pi] for sp in ps} | {sp.person for sp in sc.spans[pi] if sp.start < pos}


# what stands between 'according to' and the writer of a quote: 'a statement from', 'a letter by', 'an email from'
_ACCORDING_WRITTEN_RE = re.compile(
    r"(?:an?|the)\s+(?:(?:written|short|brief|signed)\s+)?(?:statement|letter|e-?mail|note|message|post)\s+(?:from|by)\s+"
)


# 'according to the adjudicator, Sir Name' -- a role of any words, the name in apposition after its comma (with a title)
_ACCORDING_APPOSITION_RE = re.compile(
    r"(?:the|its|his|her|their|our|[A-Z][\w-]*[’']s)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w-]*,\s+(?:[A-Z][\w.’'-]*\s+){0,2}"
)
_POSSESSIVE_WORDS = frozenset("his her its their our the".split())


def _role_gap(text: str, a: int, b: int) -> bool:
    """text[a:b] is empty or a few title/role words ("Ambassador", "Orvanian envoy", "the finance minister,")."""
    if b - a > 60:
        return False
    words = text[a:b].replace(",", " ").split()
    if len(words) > 6:
        return False
    # (a lower-case possessive belongs to the role: "the ship’s former chief engineer, Name")
    words = [w for w in words if not (w[-2:] in ("’s", "'s") and w[:1].islower() and w[:-2].isalpha())]
    if all(w[:1].isupper() or w.lower() in _ROLE_GAP_WORDS for w in words):
        return True
    # a role noun with up to two plain lower-case nouns in front: "harbor pilot Name", "ferry boat captain Name",
    # "Ellesmoor season-ticket holder Name" (a hyphenated noun too); also an occupation after a possessive: "said
    # their drummer, Name"
    return (
        len(words) >= 2
        and (words[-1] in ROLE_NOUNS or (words[-1] in JOB_NOUNS and words[0].lower() in _POSSESSIVE_WORDS))
        and sum(1 for w in words[:-1] if w.lower() not in _ROLE_GAP_WORDS) <= 2
        and all(
            w[:1].isupper()
            or w.lower() in _ROLE_GAP_WORDS
            or (w.replace("-", "").isalpha() and not w.startswith("-") and w not in _ROLE_GAP_STOP)
            for w in words[:-1]
        )
    )


# a longer role phrase after an inverted verb, the name in apposition after its comma: "said the Union’s maritime
# adviser at the talks, Name, who …"
_ROLE_APPOSITION_RE = re.compile(r"\s+the\s+([^,;:“”\"«».!?]{3,90}?),\s+$")


def _role_apposition(text: str, a: int, r: _Ref | Span) -> bool:
    """text[a:r.start] is 'the <role phrase>, ' holding a role noun, and the name after it ends the apposition (a
    comma, a full stop or the paragraph's end follows): the inverted verb's subject is that name."""
    m = _ROLE_APPOSITION_RE.fullmatch(text, a, r.start)
    if m is None or r.possessive or not (r.end == len(text.rstrip()) or text[r.end : r.end + 1] in (",", ".")):
        return False
    return any(w in _SPEAKER_NOUNS for w in _ROLE_SPLIT_RE.split(m.group(1)))


# a one-word name used as an adjective: a plain noun follows it ('a senior Vessarian defence official said')
_MODIFIER_AFTER_RE = re.compile(r" (?!(?:has|had|have|is|was|were|will|would|also|then|later|again)\b)[a-z]+ ")
# the same, the noun also hyphenated ('Ellesmoor season-ticket holder Name')
_NOUN_AFTER_RE = re.compile(r" (?!(?:has|had|have|is|was|were|will|would|also|then|later|again)\b)[a-z][a-z-]* ")
# an indefinite noun phrase after an inverted verb: "“…,” said a senior official", "said one diplomat"
_UNNAMED_AFTER_RE = re.compile(r"\s+(?:a|an|one|another)\s+[a-z]")
# lower-case words that never modify a role noun ("…,” said and told pilot Name")
_ROLE_GAP_STOP = frozenset(
    "and or but then also who which that as when while if said says told tells added adds wrote asked".split()
)


# a transcript's speaker label opening a paragraph ('Vandermeulen: In January …', 'A: The minister came …'): the
# speaker of the whole line, not a person of its first sentence (a label before a quote mark is left to rule 3)
_SPEAKER_LABEL_RE = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?: (?=[^\s“”\"«„‘'])")


def _sentences(text: str, qs: list[QSpan], starts: list[int]) -> list[tuple[int, int]]:
    bounds = [0]
    if (label := _SPEAKER_LABEL_RE.match(text)) is not None:
        bounds.append(label.end())
    for m in _BOUNDARY_RE.finditer(text):
        ws = m.start(1)
        if qs and inside(qs, starts, ws):
            continue
        dot = m.start()
        if text[dot] == "." and _ABBREV_RE.search(text, max(0, dot - 8), dot):
            continue
        bounds.append(m.end(1))
    bounds.append(len(text))
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _last_stop(text: str, end: int) -> int:
    """Where the sentence holding ``text[end]`` begins: the last ". " before ``end`` that is no abbreviation or
    initial ("Name K. Surname", "Mr. Surname"); -1 if none."""
    cut = text.rfind(". ", 0, end)
    while cut > 0 and _ABBREV_RE.search(text, max(0, cut - 8), cut):
        cut = text.rfind(". ", 0, cut)
    return cut


def _says(text: str, verbs: list[tuple[int, int, str]], verb_starts: list[int], end: int) -> bool:
    """A speech verb follows the name ending at ``end`` ("Orlanov has insisted")."""
    vi = bisect_left(verb_starts, end)
    return vi < len(verbs) and verbs[vi][0] - end < 60 and bool(_GAP_RE.fullmatch(text, end, verbs[vi][0]))


def _pronoun_person(
    r: _Ref | Span,
    who: int,
    refs: list[_Ref | Span],
    history: list[int],
    gender: Callable[[int], str],
    learned: dict[int, str],
    g: str,
) -> int:
    """The person a 'he'/'she' stands for: ``who`` unless their gender says otherwise ("she" cannot be a Mr, nor a
    man an earlier 'he' stood for), then the most recent topic of that gender, else the most recent person named
    earlier in the paragraph whose gender is unknown ('Daalder and Lindqvist met. She said …'). A pronoun after a
    paragraph that names only one person teaches that person's gender."""
    before = [x.person for x in refs if x.person >= 0 and x.start < r.start]
    if gender(who) and gender(who) != g:
        alt = [x for x in reversed(history) if gender(x) == g] or [x for x in reversed(before) if not gender(x)]
        return alt[0] if alt else who
    if not gender(who) and set(before) == {who}:
        learned[who] = g
    return who


# 'asked the board for a grant', 'asked them to wait': a request, before a quote the sentence goes on to
_REQUEST_RE = re.compile(r"\s+(?:[\w’'-]+\s+){0,6}?(?:for|to)\s[^“”\"]*\b(?:but|and)\s")
# a sentence that opens with an 'Asked …,' clause up to a pronoun: the people named in the clause are what was asked
# about, the pronoun is the person of the sentence before
_ASKED = r"(?:Asked|Pressed|Questioned)\b[^.?!“”\"]*"
_ASKED_RE = re.compile(_ASKED + ", $")
# the same clause before a name ('Asked whether Name could come, Mr Other laughed.'): the sentence is about the
# person named after the clause
_ASKED_CLAUSE_RE = re.compile(_ASKED + "?, ")


# a preposition (and the title words of a name) right before a name: "a spokeswoman for Chancellor "
_PREP_END_RE = re.compile(r"\b(?:for|of|to|from|with|at|by)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+)*$")


_TITLES_BEFORE_RE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,2}$")


def _comma_before(text: str, start: int) -> bool:
    """A comma (and a space) before the name, or before its title ("The harbour master, Captain Name, said")."""
    if text.endswith(", ", 0, start):
        return True
    m = _TITLES_BEFORE_RE.search(text, max(0, start - 40), start)
    return (
        m is not None
        and text.endswith(", ", 0, m.start())
        and all(is_title(w) for w in text[m.start() : start].split())
    )


# a name's firm or institution before the comma that closes the name's apposition: "His publisher, Name of Saltgate
# Press, said" (capitalised words and their joiners only)
_INST_COMMA_RE = re.compile(
    r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|for|and|&)){0,5},\s*"
)


def _in_commas(text: str, start: int, end: int, vs: int) -> bool:
    """A name in commas right before its verb, after the role it names: "Name’s chief of staff, Other Name, told";
    also with the name's firm before the comma ("His publisher, Name of X Press, said")."""
    if not _comma_before(text, start):
        return False
    return (not text[end:vs].strip(" ,") and "," in text[end:vs]) or _INST_COMMA_RE.fullmatch(text, end, vs) is not None


def _aside_pronoun(
    text: str, r: _Ref | Span, srefs: list[_Ref | Span], verbs: list[tuple[int, int, str]], verb_starts: list[int]
) -> int | None:
    """The person named right before a 'he'/'she' that, with its speech verb, is an aside in commas ("Archbishop
    Name, he added, “means well”"): the words are about that person, and the pronoun is someone else."""
    if r.person >= 0 or not text.endswith(", ", 0, r.start):
        return None
    vi = bisect_left(verb_starts, r.end)
    if vi >= len(verbs) or text[r.end : verbs[vi][0]] != " " or not text.startswith(",", verbs[vi][1]):
        return None
    x = next((x for x in srefs if x.end == r.start - 2), None)
    return x.person if x is not None and x.person >= 0 and not x.possessive else None


def _start(r: _Ref | Span) -> int:
    return r.start


_ROLE_SPLIT_RE = re.compile(r"[\s\-’']+")
# a title before a name stands for the noun the article later calls that person by ('Justice Name' … 'the judge
# wrote', 'Prof Name' … 'the professor said')
_TITLE_NOUNS = {
    "justice": "judge", "prof": "professor", "dr": "doctor", "gen": "general", "col": "colonel", "capt": "captain",
    "sgt": "sergeant", "lt": "lieutenant", "adm": "admiral", "sen": "senator", "gov": "governor", "insp": "inspector",
    "supt": "superintendent",
}


class _RoleFinder:
    """(role noun, paragraph, offset) -> the person last mentioned before that point whose
    roles in this article contain the noun ("the envoy" -> the special envoy)."""

    def __init__(self, sc: Scan) -> None:
        self.sc = sc
        self.cache: list[tuple[list[set[str]], list[tuple[int, int, int]]]] = []  # built on first use

    def _data(self) -> tuple[list[set[str]], list[tuple[int, int, int]]]:
        if not self.cache:
            sc = self.sc
            words = [{w for r in p.roles for w in _ROLE_SPLIT_RE.split(r.lower().replace(".", ""))} for p in sc.persons]
            words = [ws | {_TITLE_NOUNS[w] for w in ws if w in _TITLE_NOUNS} for ws in words]
            self.cache.append((words, sorted((s.para, s.start, s.person) for ps in sc.spans for s in ps)))
        return self.cache[0]

    def __call__(self, noun: str, para: int, pos: int, strict: bool = False) -> int | None:
        words, mentions = self._data()
        best: int | None = None
        counts: dict[int, int] = {}  # mentions so far of each person
        near: list[int] = []  # people named in this paragraph or the two before
        for mp, ms, person in mentions:
            if (mp, ms) >= (para, pos):
                break
            counts[person] = counts.get(person, 0) + 1
            if mp >= para - 2:
                near.append(person)
            if noun in words[person]:
                best = person
        if best is None and noun in JOB_NOUNS and near and not strict:
            # 'said the actor', 'the singer and guitarist told …': an occupation nobody here holds as a role stands
            # for the person named just before (this paragraph or the two before; the most named of them)
            best = max(reversed(near), key=lambda x: counts[x])
        return best

    def last_before(self, para: int, pos: int) -> int | None:
        """The person named last before ``pos`` (this paragraph or the one before), not inside a quote: who a past
        occupation after a quote stands for ('“…,” said the former shop assistant')."""
        _, mentions = self._data()
        quotes = self.sc.quotes
        best: int | None = None
        for mp, ms, person in mentions:
            if (mp, ms) >= (para, pos):
                break
            if mp >= para - 1 and not any(q.open < ms < q.close for q in quotes[mp]):
                best = person
        return best

    def ahead(self, noun: str, para: int, pos: int) -> int | None:
        """The person a role phrase introduces before their name ('The mayor of X, who …, said “…”' … 'said the
        mayor, Name'): the first person with a full name first named after that point, in this paragraph or the
        next, when the roles the article gives them contain the noun or there are none ('The minister … called it
        “…”. “…,” said Name, who took over the ministry in January')."""
        words, mentions = self._data()
        persons = self.sc.persons
        for mp, ms, person in mentions:
            if (mp, ms) < (para, pos) or persons[person].first < (para, pos) or not persons[person].full:
                continue
            if mp > para + 1:
                return None
            return person if noun in words[person] or not persons[person].roles else None
        return None


def _at_para(find: _RoleFinder, para: int, noun: str, pos: int) -> int | None:
    return find(noun, para, pos)


def _attribute(sc: Scan) -> list[_Found]:
    found: list[_Found] = []
    by_role = _RoleFinder(sc)
    prov = [not (p.full or p.strong) for p in sc.persons]
    genders: dict[int, str] = {}
    learned: dict[int, str] = {}  # from a 'he'/'she' that can only be that person

    def gender(i: int) -> str:
        if i not in genders:
            genders[i] = form_gender(sc.persons[i].forms, sc.persons[i].roles)
        return genders[i] or learned.get(i, "")

    history: list[int] = []  # topics so far, oldest first
    topic_prev: int | None = None
    for pi, text in enumerate(sc.paragraphs):
        qs = sc.quotes[pi]
        starts = [q.open for q in qs]
        refs: list[_Ref | Span] = list(sc.spans[pi])
        pronouns = [
            _Ref(m.start(), m.end(), -1, False)
            for m in _PRONOUN_RE.finditer(text)
            if not (qs and inside(qs, starts, m.start()))
        ]
        if "year-old" in text:
            pronouns += [
                _Ref(m.start(), m.end(), -1, False)
                for m in _AGE_REF_RE.finditer(text)
                if not (qs and inside(qs, starts, m.start()))
            ]
        if pronouns:
            refs.extend(pronouns)
            refs.sort(key=_start)
        ref_starts = [r.start for r in refs]
        # speech verbs matter where there are quotes; elsewhere a sentence's topic is its
        # first person (cheaper, and what pronouns resolve to almost always anyway)
        verbs = (
            [
                (m.start(), m.end(), g)
                for m in _VERB_RE.finditer(text)
                if not inside(qs, starts, m.start())
                and not ((g := m.group()) in _NOUN_LIKE and _noun_use(text, m.start(), m.end()))
            ]
            if qs
            else []
        )
        verb_starts = [v[0] for v in verbs]
        if not qs:
            # no quotes: only the topic carried to the next sentences matters
            named = [r for r in refs if not r.possessive and not _thing_aside(text, r)]
            if not named:
                if _UNNAMED_WHO_SAID_RE.match(text):
                    topic_prev = None  # the paragraph is an unnamed person's (see below): a 'he said' next is theirs
                continue
            if all(r.person >= 0 for r in named):
                cut = _last_stop(text, named[-1].start)
                last = [r.person for r in named if r.start > cut]
                sure = [x for x in last if not prov[x]]
                if sure:
                    topic_prev = sure[0]
                    history.append(topic_prev)
                elif topic_prev is None or prov[topic_prev]:
                    topic_prev = last[0]
                    history.append(topic_prev)
                continue
        sentences = _sentences(text, qs, starts) if (qs or refs) else [(0, len(text))]
        para_found: list[_Found] = []
        para_topic: int | None = None  # the person the previous sentence of this paragraph was about
        for s0, s1 in sentences:
            lo, hi = bisect_left(ref_starts, s0), bisect_left(ref_starts, s1)
            srefs = [r for r in refs[lo:hi] if not r.possessive]
            # a definite role phrase opening the sentence, its holder named before or right after ('The mayor of X,
            # who …, said “…”' … 'said the mayor, Name'): the sentence's subject
            opener: tuple[int, int] | None = None
            if (ro := _role_opener(text, s0)) is not None and not any(
                r.start < ro[1] and r.person >= 0 and not prov[r.person] for r in srefs
            ):
                holder = by_role(ro[0], pi, s0, strict=True)
                if holder is None and not _apposition_names_nobody(text, ro[1], refs):
                    holder = by_role.ahead(ro[0], pi, s0)
                if holder is not None:
                    opener = (holder, ro[1])
            if not srefs and opener is None and not any(s0 <= q.open < s1 for q in qs):
                para_topic = None  # nobody named and no quote: all the sentence changes
                if _UNNAMED_WHO_SAID_RE.match(text, s0):
                    topic_prev = None  # 'A coastguard officer, who asked not to be named, said …': he is nobody's
                elif (
                    (rs := _ROLE_SUBJECT_RE.match(text, s0))
                    and rs.group(1) in _SPEAKER_NOUNS
                    and (holder := by_role(rs.group(1), pi, s0)) is not None
                ):
                    # 'Told of the reply, the colonel laughed.': the person with that role is the topic
                    topic_prev = para_topic = holder
                    history.append(holder)
                continue
            resolved: dict[int, int | None] = {}
            # a sentence's first person; one-word names that may be places ("in Kyiv") only
            # when there is nobody surer
            first_sure: int | None = None
            first_any: int | None = None
            asked_end = (
                m.end()
                if (m := _ASKED_CLAUSE_RE.match(text, s0)) is not None
                and any(r.person >= 0 and r.start >= m.end() for r in srefs)
                else -1
            )
            for r in srefs:
                if r.person >= 0:
                    who: int | None = r.person
                elif topic_prev is not None and _aside_pronoun(text, r, srefs, verbs, verb_starts) not in (
                    None,
                    topic_prev,
                ):
                    who = topic_prev  # "Name, he added, “…”": the aside's 'he' is not the name before it
                elif topic_prev is not None and _ASKED_RE.match(text, s0, r.start):
                    who = topic_prev  # 'Asked about Name's plan, she said:': not Name
                elif first_sure is not None:
                    who = first_sure
                else:
                    who = topic_prev if topic_prev is not None else first_any
                if r.person < 0 and who is not None and text[r.start] in "HhSs":
                    if prov[who]:
                        # a 'he'/'she' stands for a person: not for a one-word name that may be a thing ('Turnout
                        # was 31.4%. In her speech she thanked “…”') when a surer person, a topic before it, was
                        # named earlier in the paragraph
                        here = {x.person for x in refs if 0 <= x.person != who and x.start < r.start}
                        who = next((x for x in reversed(history) if x in here and not prov[x]), who)
                    who = _pronoun_person(r, who, refs, history, gender, learned, "f" if text[r.start] in "sS" else "m")
                resolved[r.start] = who
                if who is not None and not (r.person >= 0 and (_thing_aside(text, r) or r.start < asked_end)):
                    if first_any is None:
                        first_any = who
                    if first_sure is None and (
                        not prov[who]
                        or _says(text, verbs, verb_starts, r.end)
                        or (r.start == s0 and _SUBJECT_VERB_RE.match(text, r.end))
                    ):
                        first_sure = who
            first = first_sure if first_sure is not None else first_any
            subjects: list[int] = []
            unnamed = False  # a quote of the sentence is an unnamed person's ('“…,” a senior official said')
            if opener is not None and first_sure is None:
                first = first_sure = opener[0]

            sent = _Sentence(
                text,
                s0,
                srefs,
                resolved,
                first,
                verbs,
                functools.partial(_at_para, by_role, pi),
                opener,
                lambda x: not prov[x],
            )
            subject_of = sent.subject_of

            for q in qs:
                if not (s0 <= q.open < s1):
                    continue
                speaker: int | None = None
                decided = False
                reported = False  # the words of a person the sentence is not about (1c)
                if _names_a_term(text, s0, q.open, {r.end for r in refs}):
                    # 'a prison dubbed the “…” by soldiers', 'the term “…”': a name or a term, nobody's words
                    decided = True
                # 1. attribution after the closing mark
                if q.closed and not decided:
                    after = q.close + 1
                    # "?" or "!" ends the quoted sentence but not the attribution after it
                    stop = len(text) if text[q.close - 1] in "?!" else s1
                    nxt = bisect_right(starts, q.open)
                    if nxt < len(starts) and starts[nxt] < stop:
                        stop = starts[nxt]
                    k = after
                    while k < stop and text[k] in " ,\u00a0":
                        k += 1
                    ri = bisect_left(ref_starts, k)
                    vi = bisect_left(verb_starts, k)
                    if text.startswith(("(", "— ", "– "), k) and (
                        (who := _bracket_speaker(text, k, q.open, refs, ref_starts, _named_before(sc, pi, q.open)))
                        is not None
                    ):
                        # “…” (Name) / “…” — Name, 71, who …: the speaker after the quote in brackets or a dash
                        speaker = who if who >= 0 else resolved.get(refs[bisect_left(ref_starts, k)].start)
                        decided = True
                    elif text.startswith("according to ", k):
                        # “…,” according to Name; “…,” according to a statement from Name (the person's own words
                        # in writing)
                        wm = _ACCORDING_WRITTEN_RE.match(text, k + 13)
                        a = wm.end() if wm else k + 13
                        j = bisect_left(ref_starts, a)
                        if (
                            j < len(refs)
                            and refs[j].start < stop
                            and (
                                _role_gap(text, a, refs[j].start)
                                or _ACCORDING_APPOSITION_RE.fullmatch(text, a, refs[j].start) is not None
                            )
                        ):
                            r = refs[j]
                            if not r.possessive:
                                speaker = r.person if r.person >= 0 else resolved.get(r.start, first)
                        decided = True  # according to a person, or to something else
                    if decided:
                        pass
                    elif vi < len(verbs) and verbs[vi][0] < stop and verbs[vi][0] > k:
                        # “…,” [role words] Name [, apposition,] said
                        vs = verbs[vi][0]
                        j = ri
                        while j < len(refs) and refs[j].start < vs:
                            r = refs[j]
                            j += 1
                            if r.possessive or not _role_gap(text, k, r.start):
                                continue
                            # (a name set off by commas after its role: “…,” his lawyer, Name, told)
                            # ('“…,” Name Jr. said': the suffix's dot is no sentence end)
                            e = _suffix_end(text, r.end)
                            if vs - r.end < 200 and (
                                _GAP_RE.fullmatch(text, e, vs) or _in_commas(text, r.start, r.end, vs)
                            ):
                                if r.start in resolved:
                                    speaker = resolved[r.start]
                                else:  # past a "?"/"!" sentence end
                                    speaker = (
                                        r.person if r.person >= 0 else (first if first is not None else topic_prev)
                                    )
                                decided = True
                                break
                    if decided:
                        pass
                    elif (
                        (rm := _ROLE_NP_AFTER_RE.match(text, k))
                        and (rm.group(1) in _SPEAKER_NOUNS or _PAST_ROLE_RE.match(rm.group()))
                        and (vj := bisect_left(verb_starts, rm.end())) < len(verbs)
                        and verbs[vj][0] == rm.end()
                    ):
                        # (also past a relative clause: “…,” the minister, who has faced calls to resign, said)
                        speaker, decided = by_role(rm.group(1), pi, k), True
                        if speaker is None and _PAST_ROLE_RE.match(rm.group()):
                            speaker = by_role.last_before(pi, q.open)  # “…,” the former nurse added.
                        unnamed = speaker is None
                    elif vi < len(verbs) and verbs[vi][0] == k:
                        # “…,” said [role words] Name
                        ve = verbs[vi][1]
                        j = bisect_left(ref_starts, ve)
                        while (
                            j + 1 < len(refs)
                            and refs[j + 1].start < stop
                            and refs[j].person >= 0
                            and prov[refs[j].person]
                            and _NOUN_AFTER_RE.match(text, refs[j].end)
                            and _role_gap(text, ve, refs[j + 1].start)
                        ):
                            j += 1  # “…,” said Ellesmoor season-ticket holder Name: the one-word name is the club's
                        if j < len(refs) and refs[j].start < stop and (
                            _role_gap(text, ve, refs[j].start) or _role_apposition(text, ve, refs[j])
                        ):
                            r = refs[j]
                            speaker = r.person if r.person >= 0 else resolved.get(r.start, first)
                            decided = True
                        elif _UNNAMED_AFTER_RE.match(text, ve):
                            decided = unnamed = True  # “…,” said a senior civil servant who …: somebody unnamed
                        elif (rm := _ROLE_AFTER_VERB_RE.match(text, ve)) and rm.group(1) in _SPEAKER_NOUNS:
                            speaker, decided = by_role(rm.group(1), pi, k), True  # “…,” said the actor.
                            if speaker is None and _PAST_ROLE_RE.search(rm.group()):
                                speaker = by_role.last_before(pi, q.open)  # “…,” said the former nurse.
                        elif (rm := _ROLE_AFTER_VERB_RE.match(text, ve)) and _PAST_ROLE_RE.search(rm.group()):
                            speaker = by_role(rm.group(1), pi, k) or by_role.last_before(pi, q.open)
                            decided = True  # “…,” said the former shop assistant.
                    if (
                        not decided
                        and vi < len(verbs)
                        and verbs[vi][0] < stop
                        and text[q.close - 1] in ",?!"
                        and verbs[vi][2] not in _PARTICIPLE_SET
                        and _NP_RE.fullmatch(text, k, verbs[vi][0])
                        and not (
                            ri < len(refs)
                            and refs[ri].start < verbs[vi][0]
                            and not refs[ri].possessive
                            and not _PREP_END_RE.search(text, k, refs[ri].start)
                            and not (
                                prov[refs[ri].person]
                                and _MODIFIER_AFTER_RE.match(text, refs[ri].end)
                                and not _VERB_RE.match(text, refs[ri].end + 1)
                            )
                        )
                    ):
                        # "…,” two officials told AFP: not a person ('“…,” an answer Name called' names one: the
                        # words are not that person's, and the quote's speaker is found before it; but in '“…,” a
                        # spokeswoman for Name said' or '“…,” Name’s spokeswoman said' the name is not the subject)
                        decided = unnamed = True
                if decided and speaker is None and _VERB_LEAD_RE.search(text, max(s0, q.open - 12), q.open):
                    # 'he said, “…,” the prosecutor’s office said': the office reports his words; the verb right
                    # before the mark names the speaker
                    decided = unnamed = False
                # 1b. “… .” Name told the Courier. -- the next sentence opens with the named speaker and the verb
                whole = q.closed and text[q.close - 1] == "." and s1 <= q.close + 2 and not text[s0 : q.open].strip()
                if not decided and whole:
                    who = _next_sentence_speaker(text, q.close + 1, refs, ref_starts, verbs, verb_starts, starts)
                    if who is not None:
                        speaker, decided = who, True
                # 1d. “… .” That was how Name put it. -- the speaker named in the next sentence, or at the start of
                # the next paragraph after a paragraph that is nothing but the quote (a forward reference)
                if not decided and whole:
                    who = _how_speaker(text, q.close + 1, refs)
                    if who is None and q.open == 0 and not text[q.close + 1 :].strip() and pi + 1 < len(sc.paragraphs):
                        who = _how_speaker(sc.paragraphs[pi + 1], 0, sc.spans[pi + 1])
                    if who is not None:
                        speaker, decided = who, True
                # 1c. "Name’s comment last week that the war could end “in months”": the words of the person
                # whose comment, remark or claim the clause reports
                if not decided and (who := _possessor_of_words(text, s0, q.open, refs[lo:hi], verbs)) is not None:
                    speaker, decided, reported = who, True, True
                # 2. the nearest speech verb before the quote in its sentence
                if not decided:
                    vi = bisect_left(verb_starts, q.open) - 1
                    while vi >= 0 and verbs[vi][0] >= s0:
                        prev = para_found[-1] if para_found else None
                        if prev and prev.q.closed and not text[prev.q.close + 1 : verbs[vi][0]].strip(" ,\u00a0"):
                            # “A,” said Name, “B.”: the verb attributes the previous quote
                            speaker, decided = prev.speaker, True
                            break
                        if _WRITTEN_LEAD_RE.search(text, verbs[vi][1], q.open):
                            # 'One, she said, ended with a line she had pinned to the door: “…”': the written
                            # words the clause after the verb introduces, not the speaker's
                            decided = True
                            break
                        if verbs[vi][2] in ("asked", "asks") and _REQUEST_RE.match(text, verbs[vi][1], q.open):
                            # 'Name said the town had asked the board for a grant but had “…”': a request, not the
                            # verb the quote hangs on; the speech verb before it is
                            vi -= 1
                            continue
                        who = subject_of(vi)
                        if who in (None, _NOBODY) and _DOCUMENT_MEDIUM_RE.match(text, verbs[vi][1], q.open):
                            # 'Name said the fund had told the trust in a letter that … its “revised priorities”':
                            # an unnamed body's written words (document text), not the reporter's quote
                            decided = True
                            break
                        if who in (None, _NOBODY) and (rep := _reporter(text, verbs, vi, s0, subject_of)) is not None:
                            # 'Name wrote that when envoys told him … “next month”': the reporter's words
                            speaker, decided, reported = rep, True, True
                            break
                        if who != _SKIP:
                            speaker, decided = (None if who == _NOBODY else who), True
                            break
                        vi -= 1
                # 3. "Name disagreed: “…”" -- a colon after a clause whose subject is a person (not when the
                # clause says what a text reads: 'Name kept the habit, so that the page reads, under a picture:
                # “…”' -- a page's, a sign's or a caption's words, document text)
                # ('Her answer came at once — “…”': after a dash only the sentence's possessor of the words)
                dash = text[s0 : q.open].rstrip().endswith(("—", "–"))
                if not decided and (dash or text[s0 : q.open].rstrip().endswith(":")):
                    before = [resolved[r.start] for r in srefs if r.start < q.open and resolved[r.start] is not None]
                    sure = [x for x in before if x is not None and not prov[x]]
                    if _READS_LEAD_RE.search(text, s0, q.open) or _SURFACE_LEAD_RE.search(text, s0, q.open):
                        decided = True  # nobody's words
                    elif sure and not dash:
                        speaker, decided = sure[0], True
                    elif not before and _HIS_HER_RE.match(text, s0) and (para_topic or topic_prev) is not None:
                        # "Her answer was short: “…”": the person the text is about
                        speaker, decided = para_topic if para_topic is not None else topic_prev, True
                    elif not before and (r0 := next((r for r in refs[lo:hi] if r.start == s0), None)) and r0.possessive:
                        # "Brandt’s answer was clear: “…”": the person whose answer it is
                        speaker, decided = r0.person if r0.person >= 0 else None, r0.person >= 0
                # 3b. “…” inside a sentence whose speech verb comes at its end: "... “partial” ..., Name said."
                if not decided and q.closed:
                    vi = bisect_left(verb_starts, q.close)
                    if (
                        vi < len(verbs)
                        and verbs[vi][0] < s1
                        and verbs[vi][2] not in _PARTICIPLE_SET
                        and _tail_reaches(text, qs, q, verbs[vi][0])
                        and _TAIL_ATTRIBUTION_RE.fullmatch(text, verbs[vi][1], s1)
                    ):
                        who = subject_of(vi)
                        if who is not None and who >= 0 and not prov[who]:
                            speaker, decided = who, True
                # 3c. "According to Name, ... “…”": the sentence reports that person's words (also when a
                # noun phrase with a verb follows the quote: '“…,” a claim Harwick denied')
                if speaker is None and (am := _ACCORDING_LEAD_RE.match(text, s0)):
                    r0 = next((r for r in srefs if am.end() <= r.start < q.open), None)
                    if r0 is not None and not r0.possessive and _role_gap(text, am.end(), r0.start):
                        who = resolved.get(r0.start)
                        if who is not None:
                            speaker, decided = who, True
                opens_sentence = not text[s0 : q.open].strip()
                # 4. a quote opening its sentence continues the previous quote
                if not decided and opens_sentence and para_found:
                    speaker, decided = para_found[-1].speaker, True
                # 5. "Name was blunt. “…”": a whole-sentence quote after a sentence about a person (also one
                # that runs on to the paragraph's end and into the next paragraph)
                if (
                    not decided
                    and opens_sentence
                    and (not text[q.close + 1 : s1].strip() if q.closed else q.close >= len(text.rstrip()))
                    and para_topic is not None
                ):
                    speaker, decided = para_topic, True
                # 6. a paragraph that is nothing but a quote goes on with the previous
                # paragraph's last speaker
                if (
                    not decided
                    and q.open == 0
                    and len(qs) == 1
                    and not text[q.close + 1 :].strip()
                    and found
                    and found[-1].para == pi - 1
                ):
                    speaker = found[-1].speaker
                # 7. a paragraph that is nothing but a quote, after a paragraph that ends in 'Name said:' (the
                # quote introduced by a colon on the previous line)
                if (
                    not decided
                    and speaker is None
                    and q.open == 0
                    and pi
                    and topic_prev is not None
                    and not prov[topic_prev]
                    and (
                        (sc.paragraphs[pi - 1].endswith(":") and _COLON_LEAD_RE.search(sc.paragraphs[pi - 1][-80:]))
                        or _WORDS_LEAD_RE.search(sc.paragraphs[pi - 1][-80:])
                    )
                ):
                    # (also after 'he answered with one word.': the answer is the next paragraph)
                    speaker = topic_prev
                # 8. a paragraph that is nothing but a quote, after a paragraph with no quote whose last sentence
                # reports what a named person said ('Name said it was only the latest move …')
                if (
                    not decided
                    and speaker is None
                    and q.open == 0
                    and len(qs) == 1
                    and (not text[q.close + 1 :].strip() if q.closed else True)
                    and topic_prev is not None
                    and not prov[topic_prev]
                    and _reported_speech_lead(sc, pi - 1) == topic_prev
                ):
                    speaker = topic_prev
                para_found.append(_Found(pi, q, speaker))
                if speaker is not None and not reported:
                    subjects.append(speaker)
            para_topic = None
            if subjects:
                topic_prev = subjects[-1]
                history.extend(subjects)
            elif unnamed:
                # the sentence's speaker is unnamed: a 'he added' after it is that person, not an earlier speaker
                topic_prev = None
            elif first is not None:
                # the person the sentence is "according to" is its topic; else a speech verb's subject;
                # else its first person
                topic = None
                if "ccording to" in text:
                    for r in srefs:
                        who = resolved.get(r.start)
                        if who is not None and _ACCORDING_BEFORE_RE.search(text, max(s0, r.start - 30), r.start):
                            topic = who
                            break
                nobody = False
                for vi in range(bisect_left(verb_starts, s0), bisect_left(verb_starts, s1)):
                    if topic is not None:
                        break
                    subj = subject_of(vi)
                    if subj == _NOBODY:
                        nobody = True
                        break
                    if subj is not None and subj != _SKIP:
                        topic = subj
                        break
                if nobody:
                    topic = topic_prev = para_topic = None  # the sentence is about someone unnamed
                elif topic is None and (first_sure is not None or topic_prev is None or prov[topic_prev]):
                    topic = first
                if topic is not None:
                    topic_prev = topic
                    history.append(topic)
                    para_topic = topic if not prov[topic] else None
        found.extend(para_found)
    _exchange_answers(sc, found)
    return found


# a name in the participial aside of a subject that is not a person: "The delegation, led by Deputy Minister Name,
# had wanted …" -- the sentence is about the delegation, not about that name (a year may stand in the aside: 'a small
# museum, opened in 2011 by Sheikha Name,')
_THING_ASIDE_RE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:The|A|An|Its|Their|His|Her|Our)\s+[^,;:“”\"«»]{1,60},\s+(?:(?:[a-z]+|\d{4})\s+){1,3}"
    r"(?:by|with|under)\s+(?:[A-Z][\w’'.-]*\s+)*$"
)


def _thing_aside(text: str, r: _Ref | Span) -> bool:
    """The name at ``r`` stands in the aside of a sentence whose subject is a thing (``_THING_ASIDE_RE``)."""
    return text.startswith(",", r.end) and _THING_ASIDE_RE.search(text, max(0, r.start - 140), r.start) is not None


# a sentence with no name whose subject is a role ('Told of the reply, the colonel laughed.', 'A: The minister came
# in April.'): an opening clause or a transcript's speaker label may come first
_ROLE_SUBJECT_RE = re.compile(
    r"(?:[A-Z][A-Za-z]{0,20}:\s+)?(?:[A-Z][^,;:“”\"«».!?]{0,60},\s+)?[Tt]he\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+"
    r"(?!(?:of|for|in|at|on|to|and|or|who|which|that|with|from|by)\b)[a-z]+"
)


def _tail_reaches(text: str, qs: list[QSpan], q: QSpan, vs: int) -> bool:
    """The speech verb at ``vs``, at the end of the sentence, attributes the quote ``q`` before it: no other quote
    stands between, or only the one the verb attributes ('… “partial” and …, “B,” Name said.': B closes with a
    comma and the subject follows it)."""
    xs = [x for x in qs if q.close < x.open < vs]
    if not xs:
        return True
    last = xs[-1]
    return last.closed and text[last.close - 1] == "," and vs - last.close < 60


def _reported_speech_lead(sc: Scan, pi: int) -> int | None:
    """The named person whose words the last sentence of paragraph ``pi`` reports, when that paragraph has no
    quote and its last sentence opens with the name and a speech verb ('Name said it was …', 'Name, the envoy,
    told reporters that …')."""
    if pi < 0 or sc.quotes[pi] or not sc.spans[pi]:
        return None
    text = sc.paragraphs[pi]
    cut = _last_stop(text, len(text.rstrip()) - 1)
    s0 = cut + 2 if cut >= 0 else 0
    r = next((r for r in sc.spans[pi] if r.start >= s0), None)
    if r is None or r.start != s0 or r.possessive or r.person < 0:
        return None
    end = _suffix_end(text, r.end)
    gap = _GAP_RE.match(text, end)
    v = _VERB_RE.match(text, gap.end()) if gap else None
    return r.person if v is not None and v.group() not in _PARTICIPLE_SET else None


def _bare_quote(sc: Scan, pi: int) -> QSpan | None:
    """The quote of a paragraph that is nothing but that quote."""
    if not 0 <= pi < len(sc.paragraphs) or len(sc.quotes[pi]) != 1:
        return None
    q = sc.quotes[pi][0]
    return q if q.open == 0 and q.closed and not sc.paragraphs[pi][q.close + 1 :].strip() else None


def _exchange_answers(sc: Scan, found: list[_Found]) -> None:
    """An exchange set out as bare quote paragraphs, questions and answers in turn ('“Will the ministers
    resign?”' / '“They have not asked to.”' / '“Will you?”' / '“Not this week,” Name said.'): an answer with no
    speaker, between two bare questions, is the speaker of the attributed answer after the second question.
    The questions are the unnamed interviewers' and stay unattributed."""
    at = {(f.para, f.q.open): f for f in found}
    for f in found:
        pi = f.para
        if f.speaker is not None or _bare_quote(sc, pi) is not f.q:
            continue
        if _ends_question(sc, pi, f.q):
            continue
        if not all(_is_question(sc, j) for j in (pi - 1, pi + 1)):
            continue
        nxt = at.get((pi + 2, 0))
        if nxt is not None and nxt.speaker is not None and nxt.q.closed and not _ends_question(sc, pi + 2, nxt.q):
            f.speaker = nxt.speaker


def _ends_question(sc: Scan, pi: int, q: QSpan) -> bool:
    return sc.paragraphs[pi][q.close - 1] == "?"


def _is_question(sc: Scan, pi: int) -> bool:
    """A paragraph that is nothing but a quoted question."""
    q = _bare_quote(sc, pi)
    return q is not None and _ends_question(sc, pi, q)


def _text(paragraph: str, q: QSpan) -> str:
    t = paragraph[q.content_start : q.close].strip()
    if t.endswith(","):
        t = t[:-1].rstrip()
    return t


_TITLE_SMALL = frozenset("a an the and or of to in on at for by from with as but nor vs".split())


def _title_text(text: str) -> bool:
    """Words in marks that are a title, not speech: title case ('Down By the Water', two or more capitalised
    words, the rest small words) or one word in capitals ('TMSO.') -- a song, a show, a slogan."""
    words = text.rstrip(",.!?").split()
    if len(words) == 1:
        w = words[0].strip("’'")
        return len(w) >= 2 and w.isalpha() and w.isupper()
    caps = 0
    for w in words:
        if w[:1].isupper() or w[:1].isdigit():
            caps += 1
        elif w not in _TITLE_SMALL or w[-1:] in ",.;:!?":
            return False
    return caps >= 2


def find_quotes(paragraphs: list[str], actors: list[ActorMention]) -> list[Quote]:
    """Direct quotes attributed to the article's actors, in order."""
    sc = scan(paragraphs)
    if not any(sc.quotes):
        return []
    form_to_name: dict[str, str] = {}
    for a in actors:
        for m in a.mentions:
            form_to_name.setdefault(m, a.name)
        form_to_name.setdefault(a.name, a.name)
    person_name: dict[int, str] = {}
    for i, p in enumerate(sc.persons):
        for form in [*p.forms, p.name]:
            if form in form_to_name:
                person_name[i] = form_to_name[form]
                break
    found = _attribute(sc)
    at = {(f.para, f.q.open): f for f in found}
    out: list[Quote] = []
    skip: set[tuple[int, int]] = set()
    for f in found:
        if (f.para, f.q.open) in skip:
            continue
        text = _text(sc.paragraphs[f.para], f.q)
        # a quote running into the next paragraph(s): no closing mark, reopened
        q, pi = f.q, f.para
        speaker = f.speaker
        while not q.closed and pi + 1 < len(sc.paragraphs):
            nq = sc.quotes[pi + 1]
            if not nq or nq[0].open != 0:
                break
            pi, q = pi + 1, nq[0]
            skip.add((pi, q.open))
            text = f"{text} {_text(sc.paragraphs[pi], q)}".strip()
            # (an opening paragraph with no speaker takes the attribution after the closing mark: '“…' / '“…,” he
            # said.' after a paragraph that names him without a quote)
            if speaker is None and q.closed and (part := at.get((pi, q.open))) is not None:
                speaker = part.speaker
        if speaker is None or not text or _title_text(text):
            continue
        name = person_name.get(speaker)
        if name is None:
            continue
        out.append(Quote(speaker=name, text=text, paragraph=f.para))
    return out
