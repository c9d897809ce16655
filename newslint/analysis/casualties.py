"""Find casualty figures: counts of people tied to a casualty predicate.

"32 people were killed", "killed at least 12", "200 others wounded", "the death toll rose
to 58", "the bodies of 27 migrants", "left 40 dead". A bare number near a casualty word is
not enough: on clean copy that naive test flags obituaries, history and idioms. The count
must be about people ("40 cattle died", "killed 3 hours" and "two injured players" are not
casualty figures).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newslint import lazy_re
from newslint.analysis.literals import VOCABULARY, hits
from newslint.analysis.numbers import (
    COUNT,
    HEDGE,
    NUMBER,
    Count,
    normal_hedge,
    parse_number,
)
from newslint.analysis.prefilter import Literals

# Plural nouns that are not people: a count of these is no casualty figure.
NOT_PEOPLE = (
    r"cattle|cows|sheep|horses|dogs|cats|birds|animals|pigs|chickens|goats|fish|whales|dolphins|"
    r"elephants|deer|livestock|camels|bees|hours|minutes|days|weeks|months|years|seconds|times|"
    r"buildings|homes|houses|cars|vehicles|trees|acres|hectares|miles|kilometres|kilometers|"
    r"points|goals|runs|games|matches|seats|votes|jobs|shares|dollars|pounds|euros|percent|"
    r"batteries|cells|projects|plans|bills|proposals|cases|charges|counts|pages|episodes|"
    r"planes|ships|boats|trains|flights|companies|firms|stores|shops|branches|sites|species|"
    r"penalties|chances|shots|wickets|overs|innings|sets|rounds|laps|holes|saves|attempts|"
    r"opportunities|ideas|rumou?rs|deals|stories|calls|emails|messages|lines|streets|roads|"
    r"plays|motions|[a-z]{1,40}ments"
)
_NOT_NOUNS = (
    r"across|was|is|has|this|its|his|hers|yours|ours|theirs|always|perhaps|less|unless|towards|"
    r"afterwards|besides|as|us|thus|plus|yes|news|does|goes|whereas|sometimes|nevertheless"
)
# A noun is a word of at most 46 letters: searched for from every letter of one long word,
# an unbounded one was read to the word's end each time (quadratic).
_PERSON_NOUN = (  # lower case even inside IGNORECASE: "kills 14 in Andes" has no people
    rf"(?-i:(?!(?:{NOT_PEOPLE}|{_NOT_NOUNS})\b)[a-z]{{2,40}}(?:s|men|people|ren)\b|"
    r"people|police|staff|crew|personnel|person|man|woman|child|boy|girl|baby|teenager|"
    r"driver|passenger|worker|officer|soldier|civilian|pedestrian|cyclist|motorist|resident|"
    r"student|firefighter|miner|patient|tourist|migrant|pilot|guard|inmate)"
)
_PREPOSITIONS = r"in|on|at|of|for|from|by|with|after|as|to|near|into|across|during"
_MORE = r"(?:\s+(?:more|other|others|further|additional|new|also))?"  # "200 others", "dozens more"
_WHO = (
    r"(?:\s+of(?:\s+(?:the|them|those|their))?)?"  # "dozens of fans"
    rf"(?:\s+(?-i:[A-Z][a-z]+)){{0,2}}(?:\s+(?!(?:{_PREPOSITIONS})\b)(?-i:[a-z]+))?\s+{_PERSON_NOUN}"  # "Nepali guides", "dock workers"
    rf"(?:\s+and\s+{_PERSON_NOUN})?"  # "passengers and crew"
    r"(?:\s+(?:on[ ]board|aboard|inside))?"
)
_KILLED = (
    r"killed|dead|die|died|dies|dying|deaths|fatalities|perished|drowned|slain|"
    r"(?:crushed|burned|burnt|stabbed|beaten|trampled|shot|hacked|frozen|starved)[ ]to[ ]death|"
    r"(?:charred|electrocuted|buried[ ]alive)(?:[ ]to[ ]death)?|"
    r"shot[ ]dead|lives[ ](?:were[ ]|have[ ]been[ ])?lost|lost[ ](?:their|his|her)[ ]li(?:ves|fe)|bodies|"
    r"pronounced[ ]dead|succumbed(?:[ ]to[ ](?:their|his|her)[ ](?:injuries|wounds))?"
)
_INJURED = (
    r"wounded|injured|hurt|shot|hospitali[sz]ed|undergoing[ ]treatment|"
    r"(?:taken|rushed|airlifted|flown)[ ]to[ ](?:a[ ]|the[ ])?(?:[A-Z][\w'’]*[ ]){0,4}[Hh]ospitals?|"
    r"(?:treated|hospitali[sz]ed)[ ](?:in[ ]hospital[ ])?for[ ](?:minor[ ]|serious[ ]|severe[ ])?"
    r"(?:injuries|burns|smoke[ ]inhalation|cuts|fractures|wounds)"
)
_PREDICATE = (
    rf"(?P<pred>{_KILLED}|{_INJURED}|missing|unaccounted[ ]for|casualties|"
    r"among[ ]the[ ](?:dead|casualties|injured|wounded|victims|missing))"
)
_AUX = (
    r"(?:\s+(?:were|was|have[ ]been|has[ ]been|had[ ]been|are|is|now|had|have|also|all|both|"
    r"later|reportedly|still|remain|remained|lay|were[ ]left|may[ ]have[ ]been|might[ ]have[ ]been|"
    r"could[ ]have[ ]been|are[ ]feared|were[ ]feared|"
    r"(?:are|were|is|was)(?:[ ]now)?[ ](?:believed|thought|feared|reported|known|presumed|"
    r"confirmed|said)[ ]to[ ]have(?:[ ]been)?)){0,3}"
    r"(?:\s+(?:reported|confirmed|feared|believed|thought|presumed|known|said[ ]to[ ]be|"
    r"listed[ ]as|declared|found|left|seriously|critically|badly|slightly|fatally|"
    r"severely|gravely))?"
)
_COUNT = rf"(?:(?:{HEDGE})[ ])?(?:{NUMBER})\b"
_TOLL_VERBS = (
    r"(?:rose|risen|rises|climbed|climbs|reached|reaches|hit|hits|passed|exceeded|topped|surpassed|"
    r"increased|jumped|soared|stood|stands|is|was|now)(?:[ ](?:to|at))?"
)

# A casualty figure's forms, tried in this order at each candidate start (as one regex's
# alternatives would be), each compiled only when a candidate could open it: the forms'
# union, 23 KB of regex, took 60 ms to compile, a third of a pre-commit call.
FORMS = (  # (name, the words the form opens with, None: any; its regex)
    # count first: "at least 32 people have been killed", "200 others wounded"
    ("a", None, lazy_re.compile(
        rf"(?P<a>{_COUNT}{_MORE}(?:{_WHO})?(?:\s*,\s*including\s[^,;.]{{1,60}},)?{_AUX}\s+{_PREDICATE}\b)",
        re.IGNORECASE,
    )),
    # predicate first: "killed at least 12 people", "left 40 dead", "recovered 14 bodies"
    ("b", ("kill", "claimed", "wound", "injur", "left", "leav", "recover", "found", "pull", "retriev",
           "shot", "gunned", "murder", "massacr", "slaughter"), lazy_re.compile(
        rf"(?P<b>\b(?P<verb>killed|killing|kills|kill|claimed[ ]the[ ]lives[ ]of|wounding|injuring|"
        rf"injures|wounds|injure|wound|wounded|injured|left|leaving|leaves|recovered|recover|found|"
        rf"pulled|pull|pulling|retrieved|shot[ ]dead|shot[ ]and[ ]killed|gunned[ ]down|murdered|massacred|slaughtered)"
        rf"\s+(?:all[ ])?(?P<count_b>{_COUNT}){_MORE}(?P<who_b>{_WHO})?)",
        re.IGNORECASE,
    )),
    # "among the dead were 12 children", "the dead included four children"
    ("e", ("among", "the"), lazy_re.compile(
        rf"(?P<e>\b(?:among[ ]the|the)[ ](?P<group_e>dead|injured|wounded|victims|missing)[ ]"
        rf"(?:were|are|included|include)[ ](?P<count_e>{_COUNT})(?:{_WHO})?)",
        re.IGNORECASE,
    )),
    # "the deaths of six people", "the bodies of 27 migrants"
    ("c", ("death", "bodies"), lazy_re.compile(
        rf"(?P<c>\b(?:deaths?|bodies)\s+of\s+(?P<count_c>{_COUNT})(?:{_WHO})?)",
        re.IGNORECASE,
    )),
    # "the death toll rose to 58", "the number of dead had reached 112"
    ("d", ("death", "casualty", "toll", "body", "number"), lazy_re.compile(
        rf"(?P<d>\b(?:(?:death[ ]|casualty[ ])?toll|(?:casualty|death|body)[ ]count|number[ ]of[ ]"
        rf"(?:dead|deaths|people[ ]killed|casualties|fatalities|victims|(?:people|persons)[ ]who[ ]"
        rf"(?:have[ ]|had[ ])?(?:died|been[ ]killed))|deaths)\b"
        rf"(?:\s+[\w'’-]+(?:\.\d+)?){{0,20}}?\s+(?:has[ ]|had[ ]|have[ ])?"
        rf"{_TOLL_VERBS}\s+(?P<count_d>{_COUNT}))",
        re.IGNORECASE,
    )),
    # "ambulances took 14 people to hospital"
    ("g", ("took", "tak", "rushed", "airlifted", "flew", "ferried"), lazy_re.compile(
        rf"(?P<g>\b(?:took|taken|taking|takes|rushed|airlifted|flew|ferried)[ ](?P<count_g>{_COUNT})"
        rf"{_MORE}(?:{_WHO})?[ ]to[ ](?:a[ ]|the[ ])?(?:local[ ]|nearby[ ])?hospitals?)",
        re.IGNORECASE,
    )),
    # "bringing the toll to 31", "put the number of deaths since June at 304"
    ("f", ("bring", "brought", "tak", "took", "push", "rais", "put"), lazy_re.compile(
        rf"(?P<f>\b(?:(?:bringing|brought|brings|taking|took|takes|pushing|pushed|raising|raised)[ ]the[ ]"
        rf"(?:[\w'’]+[ ]){{0,2}}?(?:death[ ]|casualty[ ])?(?:toll|total|number[ ](?:of[ ])?(?:dead|deaths|"
        rf"confirmed[ ]dead|victims))[ ](?:[\w'’]+[ ]){{0,4}}?to|put(?:s|ting)?[ ]the[ ](?P<put_f>(?:death[ ]|casualty[ ])?"
        rf"(?:toll|number[ ]of[ ](?:dead|deaths|victims|casualties))(?:[ ][\w'’-]+){{0,6}}?[ ]at))"
        rf"[ ](?P<count_f>{_COUNT}))",
        re.IGNORECASE,
    )),
    # "claims 13 lives"
    ("h", ("claim",), lazy_re.compile(
        rf"(?P<h>\bclaim(?:s|ed|ing)?[ ](?:the[ ]lives[ ]of[ ])?(?P<count_h>{_COUNT})(?:[ ]lives)?\b)",
        re.IGNORECASE,
    )),
)
# Of the forms only "the dead were/included ..." (group e) can start at "the", "there"...
_THE_GROUP = lazy_re.compile(r"the[ ](?:dead|injured|wounded|victims|missing)[ ]", re.IGNORECASE)
# After "dead", "injured" and the like, a noun means an adjective use: "two dead batteries".
_NEXT_WORD = lazy_re.compile(r"\s+([a-z]+)|-")
_FOLLOWERS = frozenset(
    "and or in on at after as when while following from with including so since during across "
    "near the but were was are is have had has by of for to into among overnight yesterday "
    "today this last early late before inside outside".split()
)
# Nouns that keep "two injured ..." a casualty figure; other nouns ("players", "batteries")
# make the word an adjective.
_PEOPLE_WORD = lazy_re.compile(
    r"people|persons|civilians|children|adults|women|men|soldiers|troops|officers|policemen|"
    r"police|firefighters|workers|miners|passengers|students|pupils|residents|villagers|"
    r"migrants|refugees|pilgrims|protesters|worshippers|tourists|patients|others|victims|"
    r"fans|spectators|shoppers|guests|inmates|prisoners|guards|journalists|staff|crew"
)
_WHO_NOUN = lazy_re.compile(_PERSON_NOUN)
_WHO_AFTER = lazy_re.compile(rf"\s+(?P<noun>{_PERSON_NOUN})")
_LEFT_STATES = lazy_re.compile(r"\s+(?:dead|injured|wounded|hurt|missing)\b", re.IGNORECASE)
_RECOVERED_BEFORE = lazy_re.compile(r"(?:recovered|found|pulled|retrieved|discovered|identified)[ ](?:the[ ])?$", re.IGNORECASE)
_RECOVERED_AFTER = lazy_re.compile(
    r"\s+(?:(?:were|have[ ]been|had[ ]been|was|are|being|have|had)[ ]+)?(?:found|recovered|pulled|"
    r"retrieved|discovered|identified|exhumed|washed|brought|taken|lay|lying|lie)\b",
    re.IGNORECASE,
)
_CHARGE = lazy_re.compile(
    r"(?:convicted|accused|suspected|acquitted|guilty|innocent|cleared|charged|jailed|sentenced|"
    r"arrested|tried|denies|denied|admitted|admits|deny|over|for|of|with)[ ]$",
    re.IGNORECASE,
)
_ABSENT = lazy_re.compile(r"\s+(?:from|the|a|an|out|their|his|her|its|two|three|several)\b", re.IGNORECASE)
_BODIES = lazy_re.compile(r"(?:\s+(?:more|other|further|additional))?\s+bodies\b", re.IGNORECASE)
_NO_ONE = lazy_re.compile(r"(?:\bno|\bnot|\bnot a single)[ ]$", re.IGNORECASE)
# Every figure contains one of these; the forms only run in windows around them.
TRIGGER_WORDS = (
    "kill", "dead", "die", "dying", "death", "wound", "injur", "hurt", "missing", "casualt", "fatalit",
    "bodies", "lives", "toll", "perish", "drown", "slain", "victims", "unaccounted", "hospital",
    "succumb", "gunned", "murder", "massacre", "slaughter", "shot", "charred", "electrocut", "claim",
    "treat", "total",
)  # none is the start of another, so at most one is found at any offset
_TRIGGER = lazy_re.compile("|".join(TRIGGER_WORDS))  # on lower-cased text: much faster than IGNORECASE
_BEFORE, _AFTER = 160, 100  # characters a figure can reach from its casualty word


class CasualtyFigure(NamedTuple):
    start: int
    end: int
    count: Count
    kind: str  # "killed", "injured", "missing" or "casualties"
    who: str | None = None  # the people counted, when named: "miners", "protesters"
    count_start: int = -1  # where the number itself starts

    def same_figure(self, other: "CasualtyFigure") -> bool:
        kinds = {self.kind, other.kind}
        return self.count.value == other.count.value and (len(kinds) == 1 or "casualties" in kinds)


def _kind(word: str) -> str:
    word = word.lower()
    if any(stem in word for stem in ("injur", "wound", "hurt", "hospital")):
        return "injured"
    if "missing" in word or "unaccounted" in word:
        return "missing"
    if "casualties" in word or "victims" in word:
        return "casualties"
    return "killed"


_OF_THINGS = lazy_re.compile(
    r"\s+of\s+(?:(?:the|their|his|her|its|our|my|your|them|those|these|[A-Z][\w'’]*)\s+)+"
    r"(?:[a-z]+\s+)?([a-z]+)"
)


def _adjective_use(text: str, end: int) -> bool:
    """Whether what follows end makes the word before it describe something other than
    people ("two dead batteries", "6 dead-end streets", "killed 3 hours", "killed all four
    of their penalties")."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    if word is None:
        return True  # a hyphenated compound
    if word == "of":
        things = _OF_THINGS.match(text, end)
        return things is not None and not _PEOPLE_WORD.fullmatch(things.group(1))
    return word not in _FOLLOWERS and not _PEOPLE_WORD.fullmatch(word)


# Registered when the module loads, so they are in the literal pass before any scan.
_TRIGGER_IDS = VOCABULARY.register(Literals(exact=(), lowered=TRIGGER_WORDS))


def trigger_words(doc) -> list[tuple[int, int]] | None:
    """(start, end) of every trigger word in the lower-cased text, overlaps included, from
    the document's literal scan (rules read them through analysis(doc).trigger_words); None
    where lower-casing moved the offsets."""
    if len(doc.lowered) != len(doc.text):
        return None
    found = hits(doc).found
    return sorted((position, position + len(word)) for ident, word in zip(_TRIGGER_IDS, TRIGGER_WORDS)
                  for position in found.get(ident, ()))


def _triggers(analysis, start: int, end: int):
    """The trigger words in text[start:end] as _TRIGGER.finditer over the lowered span
    finds them: leftmost first, none overlapping the one before."""
    words = analysis.trigger_words
    if words is None:
        text = analysis.doc.text
        lowered = text[start:end].lower()
        if len(lowered) != end - start:  # lower-casing changed offsets: search the whole span
            return [(start, end)] if _TRIGGER.search(lowered) else []
        return [(start + m.start(), start + m.end()) for m in _TRIGGER.finditer(lowered)]
    import bisect

    found, reached = [], start
    for index in range(bisect.bisect_left(words, (start, start)), len(words)):
        a, b = words[index]
        if a >= end:
            break
        if a >= reached and b <= end:
            found.append((a, b))
            reached = b
    return found


def _windows(analysis, start: int, end: int) -> list[tuple[int, int]]:
    text = analysis.doc.text
    windows: list[tuple[int, int]] = []
    for word_start, word_end in _triggers(analysis, start, end):
        a = max(start, word_start - _BEFORE)
        b = min(end, word_end + _AFTER)
        # Never cut a number or word in two; no need to walk back past the last window,
        # which this one then joins (walking further made one long word quadratic).
        floor = windows[-1][1] if windows else start
        while a > floor and not text[a - 1].isspace():
            a -= 1
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


def find_figures(analysis, start: int, end: int) -> tuple[CasualtyFigure, ...]:
    """Casualty figures in the document's text[start:end], in order. Rules read them
    through analysis(doc).casualty_figures, which keeps them for the next rule."""
    figures = []
    for window in _windows(analysis, start, end):
        figures.extend(_figures_in(analysis, *window))
    return tuple(figures)


# Where a figure can start: a count, or a word that opens one of the other forms. Trying
# the forms only there is several times faster than searching every character.
_OPENERS = lazy_re.compile(
    r"\b(?:kill|wound|injur|left|leav|recover|found|pull|retriev|shot|gunned|murder|massacr|"
    r"slaughter|claim|death|bodies|toll|casualty|body|number|among|the|bring|brought|tak|took|"
    r"push|rais|put|rushed|airlifted|flew|ferried)"
)


def _candidates(analysis, start: int, end: int) -> list[int]:
    text = analysis.doc.text
    found = {c.start for c in analysis.counts_between(start, end)}
    lowered = text[start:end].lower()
    if len(lowered) == end - start:
        found.update(start + m.start() for m in _OPENERS.finditer(lowered))
    else:
        found.update(range(start, end))  # offsets moved under lower-casing: try everywhere
    return sorted(found)


class _FormMatch:
    """One form's match, answering for the other forms' groups as the union of the forms
    answered for groups that took no part in its match: None, and -1 for positions."""

    __slots__ = ("_match", "_groups")

    def __init__(self, match):
        self._match, self._groups = match, match.re.groupindex

    def group(self, name=0):
        return self._match.group(name) if name == 0 or name in self._groups else None

    def start(self, name=0):
        return self._match.start(name) if name == 0 or name in self._groups else -1

    def end(self, name=0):
        return self._match.end(name) if name == 0 or name in self._groups else -1


def _figure_match(text: str, position: int, end: int) -> _FormMatch | None:
    """The first form that matches at position, as the forms' union would match there. A
    form is tried only where the text opens with one of its words (read case-insensitively,
    when the opening is ASCII; otherwise every form is tried)."""
    opening = text[position : position + 24]
    folded = opening.lower() if opening.isascii() else None
    for _, words, regex in FORMS:
        if words is not None and folded is not None and not folded.startswith(words):
            continue
        match = regex.match(text, position, end)
        if match is not None:
            return _FormMatch(match)
    return None


def _matches(analysis, start: int, end: int):
    """Figure matches in text[start:end], leftmost first, tried at candidate starts.
    The generator is told where to resume (send) when a match is rejected."""
    position = start
    text = analysis.doc.text
    for candidate in _candidates(analysis, start, end):
        if candidate < position:
            continue
        if text[candidate : candidate + 3].lower() == "the" and not _THE_GROUP.match(text, candidate, end):
            continue  # "the" opens only "the dead were ...": most "the"s need no full try
        match = _figure_match(text, candidate, end)
        if match is not None:
            resume = yield match
            position = resume if resume is not None else match.end()


def _figures_in(analysis, start: int, end: int) -> list[CasualtyFigure]:
    text = analysis.doc.text
    figures = []
    matches = _matches(analysis, start, end)
    match = next(matches, None)
    while match is not None:
        position = match.end()
        figure = _figure(text, match)
        if isinstance(figure, CasualtyFigure):
            figures.append(figure)
            position = max(position, figure.end)
        else:
            position = figure  # rejected: try again from here (a count inside it)
        try:
            match = matches.send(position)
        except StopIteration:
            match = None
    return figures


def _figure(text: str, match: _FormMatch) -> CasualtyFigure | int | None:
    """The figure a form's match stands for; or, when it is none, where to resume."""
    position = match.end()
    group = next((g for g in ("count_b", "count_c", "count_d", "count_e", "count_f", "count_g", "count_h") if match.group(g)), None)
    count_match = COUNT.search(text, match.start(group) if group else match.start(), match.end())
    if count_match is None:
        return position
    parsed = parse_number(count_match.group("number"))
    if parsed is None or _NO_ONE.search(text, max(0, count_match.start() - 12), count_match.start()):
        return position  # "no one was hurt"
    figure_end = match.end()
    if match.group("a"):
        predicate = match.group("pred").lower()
        if predicate in ("dead", "wounded", "injured", "hurt", "missing") and _adjective_use(text, match.end()):
            return position
        if predicate == "missing" and _ABSENT.match(text, match.end()):
            return position  # "two board members were missing from the vote"
        if predicate == "bodies" and not (
            _RECOVERED_AFTER.match(text, match.end())
            or _RECOVERED_BEFORE.search(text, max(0, match.start() - 20), match.start())
        ):
            return position  # "two bodies generating income" are organisations
        kind = _kind(predicate)
    elif match.group("b"):
        verb = match.group("verb").lower()
        position = count_match.start()  # if this is no figure, its count may start one
        if verb.endswith("ing") and _CHARGE.search(text, max(0, match.start() - 12), match.start()):
            return position  # "convicted of killing two": a charge, not a casualty report
        if verb in ("left", "leaving", "leaves"):
            state = _LEFT_STATES.match(text, count_match.end()) or _LEFT_STATES.match(text, match.end())
            if state is None:
                return position
            kind, figure_end = _kind(state.group()), state.end()
            position = figure_end
        elif verb in ("recovered", "recover", "found", "pulled", "pull", "pulling", "retrieved"):
            bodies = _BODIES.match(text[count_match.end() : count_match.end() + 24])
            if bodies is None:
                return position
            kind, figure_end = "killed", count_match.end() + bodies.end()
            position = figure_end
        else:
            if match.group("who_b") is None and _adjective_use(text, count_match.end()):
                return position
            if text.startswith(" by one", count_match.end()):
                return position
            kind = _kind(verb)
            position = match.end()
    elif match.group("e"):
        kind = _kind(match.group("group_e"))
    elif match.group("g"):
        kind = "injured"
    elif match.group("h"):
        if not match.group().lower().endswith("lives") and "lives of" not in match.group().lower():
            return position  # "claims 13" alone is not about deaths
        kind = "killed"
    else:
        kind = "killed"
    value, vague = parsed
    count = Count(value, vague, normal_hedge(count_match.group("hedge")))
    who_end = match.start("pred") if match.group("a") else figure_end
    noun = _WHO_NOUN.search(text, count_match.end(), who_end)
    word = noun.group() if noun else None
    if noun is None and match.group("a"):  # "11 injured workers": the noun follows
        after = _WHO_AFTER.match(text, match.end())
        word = after.group("noun") if after else None
    who = word.lower() if word and word.lower() not in ("people", "persons", "others") else None
    figure_start = match.start("put_f") if match.group("put_f") else match.start()  # "put" is the cue
    return CasualtyFigure(figure_start, figure_end, count, kind, who, count_match.start())
