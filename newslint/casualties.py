"""Find casualty figures: counts of people tied to a casualty predicate.

"32 people were killed", "killed at least 12", "200 others wounded", "the death toll rose
to 58", "the deaths of six people", "left 40 dead". A bare number near a casualty word is
not enough: on clean copy that naive test flags obituaries, history and idioms. The count
must be about people ("40 cattle died", "killed 3 hours" and "two injured players" are
not casualty figures).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.numbers import COUNT, HEDGE, NUMBER, Count, normal_hedge, parse_number

PEOPLE = (
    r"people|persons|person|civilians|civilian|children|child|kids|babies|infants|adults|women|"
    r"men|man|woman|girls|boys|teenagers|soldiers|troops|servicemen|service[ ]members|"
    r"policemen|police[ ]officers|police|officers|firefighters|rescuers|fighters|militants|"
    r"rebels|insurgents|gunmen|attackers|workers|miners|passengers|crew[ ]members|crew|"
    r"students|pupils|residents|villagers|locals|migrants|refugees|pilgrims|protesters|"
    r"demonstrators|worshippers|tourists|visitors|fans|spectators|patients|staff|employees|"
    r"journalists|prisoners|inmates|guards|others|victims|family[ ]members|relatives|"
    r"climbers|hikers|swimmers|fishermen|sailors|divers|travellers|travelers|commuters|"
    r"shoppers|guests|members|volunteers|doctors|nurses|medics|aid[ ]workers|peacekeepers|"
    r"personnel|recruits|conscripts|guerrillas|combatants|settlers|detainees|hostages|"
    r"Palestinians|Israelis|Ukrainians|Russians|Syrians|Afghans|Iraqis|Americans|Britons|"
    r"nationals|citizens|individuals"
)
_PEOPLE_WORD = re.compile(rf"(?:{PEOPLE})\b", re.IGNORECASE)
_KILLED = r"killed|dead|died|dying|deaths|fatalities|bodies|lives[ ](?:were[ ])?lost|perished|drowned|slain"
_INJURED = r"wounded|injured|hurt"
_PREDICATE = (
    rf"(?P<pred>{_KILLED}|{_INJURED}|missing|casualties|"
    r"among[ ]the[ ](?:dead|casualties|injured|wounded|victims|missing))"
)
_WHO = (
    r"(?:\s+(?:more|other|others|further|additional|new|unarmed|innocent|young|local|foreign|"
    r"security|rescue|health|aid))?"
    rf"(?:\s+(?-i:[A-Z][a-z]+))?(?:\s+(?:{PEOPLE})\b)?"
)
_AUX = (
    r"(?:\s+(?:were|was|have[ ]been|has[ ]been|had[ ]been|are|is|are[ ]now|now|had|have|"
    r"were[ ]left|lay|remain|remained|are[ ]still|were[ ]still|reportedly)){0,2}"
    r"(?:\s+(?:reported|confirmed|feared|believed|thought|presumed|known|said[ ]to[ ]be|"
    r"listed[ ]as|declared|found|left))?"
)
_COUNT = rf"(?:(?:{HEDGE})[ ])?(?:{NUMBER})\b"

FIGURE = re.compile(
    # count first: "at least 32 people have been killed", "200 others wounded"
    rf"(?P<a>{_COUNT}{_WHO}(?:\s*,\s*including\s[^,;.]{{1,60}},)?{_AUX}\s+{_PREDICATE}\b)"
    # predicate first: "killed at least 12 people", "left 40 dead"
    rf"|(?P<b>\b(?P<verb>killed|killing|kills|kill|claimed[ ]the[ ]lives[ ]of|wounding|injuring|"
    rf"wounded|injured|left|leaving)\s+(?:{_COUNT})(?:{_WHO}))"
    # "the deaths of six people", "death toll rose to 58"
    rf"|(?P<c>\bdeaths?\s+of\s+(?:{_COUNT})(?:{_WHO}))"
    rf"|(?P<d>\b(?:death[ ]|casualty[ ])?toll\b(?:\s+[\w'’]+){{0,6}}?\s+(?:to|at|of|is|was|reached|hit|"
    rf"passed|exceeded|topped|surpassed|now)\s+(?:{_COUNT}))",
    re.IGNORECASE,
)
# After "dead", "injured" and the like, a noun means an adjective use: "two dead batteries".
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_FOLLOWERS = frozenset(
    "and or in on at after as when while following from with including so since during across "
    "near the but were was are is have had has by of for to into among overnight yesterday "
    "today this last".split()
)
_LEFT_STATES = re.compile(r"\s+(?:dead|injured|wounded|hurt|missing)\b", re.IGNORECASE)
_CHARGE = re.compile(
    r"(?:convicted|accused|suspected|acquitted|guilty|innocent|cleared|charged|jailed|sentenced|"
    r"arrested|tried|denies|denied|admitted|admits|deny|over|for|of|with)[ ]$",
    re.IGNORECASE,
)
_RECOVERED = re.compile(
    r"\s+(?:(?:were|have[ ]been|had[ ]been|was|are|being|have|had)[ ]+)?(?:found|recovered|pulled|"
    r"retrieved|discovered|identified|exhumed|washed|brought|taken|lay|lying|lie)\b",
    re.IGNORECASE,
)
_NO_ONE = re.compile(r"(?:\bno|\bnot|\bnot a single)[ ]$", re.IGNORECASE)


@dataclass(frozen=True)
class CasualtyFigure:
    start: int
    end: int
    count: Count
    kind: str  # "killed", "injured", "missing" or "casualties"

    def same_figure(self, other: "CasualtyFigure") -> bool:
        kinds = {self.kind, other.kind}
        return self.count.value == other.count.value and (len(kinds) == 1 or "casualties" in kinds)


def _kind(word: str) -> str:
    word = word.lower()
    if re.fullmatch(_INJURED + "|wounding|injuring", word) or word.endswith(("injured", "wounded")):
        return "injured"
    if "missing" in word:
        return "missing"
    if "casualties" in word or word.endswith("victims"):
        return "casualties"
    return "killed"


def _adjective_use(text: str, end: int) -> bool:
    """Whether the word after end makes the predicate an adjective on a non-person noun."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    return word not in _FOLLOWERS and not _PEOPLE_WORD.fullmatch(word)


# Every figure contains one of these; FIGURE only runs in windows around them.
_TRIGGER = re.compile(  # matched against lower-cased text: much faster than IGNORECASE
    r"kill|dead|died|dying|death|wound|injur|hurt|missing|casualt|fatalit|bodies|lives|toll|"
    r"perish|drown|slain|victims"
)
_BEFORE, _AFTER = 140, 90  # characters a figure can reach from its casualty word


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    lowered = text[start:end].lower()
    if len(lowered) != end - start:  # lower-casing changed offsets: search the whole span
        return [(start, end)] if _TRIGGER.search(lowered) else []
    for match in _TRIGGER.finditer(lowered):
        a = max(start, start + match.start() - _BEFORE)
        b = min(end, start + match.end() + _AFTER)
        while a > start and not text[a - 1].isspace():
            a -= 1  # never cut a number or word in two
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


def find_figures(text: str, start: int, end: int) -> list[CasualtyFigure]:
    """Casualty figures in text[start:end], in order."""
    figures = []
    for window in _windows(text, start, end):
        figures.extend(_figures_in(text, *window))
    return figures


def _figures_in(text: str, start: int, end: int) -> list[CasualtyFigure]:
    figures = []
    for match in FIGURE.finditer(text, start, end):
        count_match = COUNT.search(text, match.start(), match.end())
        if count_match is None:
            continue
        parsed = parse_number(count_match.group("number"))
        if parsed is None:
            continue
        value, vague = parsed
        if _NO_ONE.search(text, max(0, count_match.start() - 12), count_match.start()):
            continue  # "no one was hurt"
        if match.group("a"):
            predicate = match.group("pred")
            if predicate.lower() in ("dead", "wounded", "injured", "hurt", "missing") and _adjective_use(text, match.end()):
                continue
            if predicate.lower() == "bodies" and not _RECOVERED.match(text, match.end()):
                continue  # "two bodies generating income" are organisations
            kind = _kind(predicate)
        elif match.group("b"):
            verb = match.group("verb").lower()
            if verb.endswith("ing") and _CHARGE.search(text, max(0, match.start() - 12), match.start()):
                continue  # "convicted of killing two": a charge, not a casualty report
            if verb in ("left", "leaving"):
                state = _LEFT_STATES.match(text, match.end())
                if state is None:
                    continue
                kind = _kind(state.group().strip())
                match_end = state.end()
            else:
                if _adjective_use(text, match.end()) or text[match.end():match.end() + 7] == " by one":
                    continue
                kind = _kind(verb)
                match_end = match.end()
            figures.append(_figure(match.start(), match_end, value, vague, count_match, kind))
            continue
        else:
            kind = "killed"
        figures.append(_figure(match.start(), match.end(), value, vague, count_match, kind))
    return figures


def _figure(start, end, value, vague, count_match, kind) -> CasualtyFigure:
    return CasualtyFigure(start, end, Count(value, vague, normal_hedge(count_match.group("hedge"))), kind)
