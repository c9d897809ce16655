"""People's names and titles in copy: "Rahm Emanuel", "Prime Minister Nikol Pashinyan".

Names are runs of capitalised words; the words that open sentences, months, days and
title words are not names. A Mention is one occurrence with its first name (when given)
and surname, so two spellings can be tied to one person by the part they share.
"""

from __future__ import annotations

from typing import NamedTuple

from newslint import lazy_re
from newslint.model.document import Document

NOT_NAMES = frozenset(
    """
    The A An This That These Those There Their They Then When While Where What Who Why How
    But And Or So Yet If In On At For From By With After Before During Since Until As Of To
    He She It We I You His Her Its Our My Your Mr Mrs Ms Dr Sir Dame Lord Lady
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December
    President Prime Minister Chancellor Premier Governor Senator Representative Mayor Speaker
    General Colonel Major Captain Lieutenant Sergeant Admiral Chief Inspector Superintendent
    Detective Constable Commissioner Judge Justice Pope Cardinal Archbishop Bishop Father
    Rev Gov Sen Rep Gen Col Capt Lt Sgt Adm Maj Supt Insp Det Police Deputy Vice Assistant
    Former Acting Secretary State Council Party Ministry Department House Court Street Road
    North South East West Northern Southern Eastern Western New Old Great United National
    Union Party Council Association Bank Group Company Corporation Committee Commission Agency
    Authority University College School Hospital Club League Federation Society Institute
    Foundation Trust Fund Board Office Service Services Network Networks Airlines Airways
    Motors Telecom Telecoms Systems Records Studios Pictures Media News Times Post Journal
    Prison Cup Championship Open Games Square Park Bridge Station Airport Port Valley River
    Island Islands Sea Ocean Lake Mountain Hall Centre Center Street Avenue Museum Theatre
    """.split()
)
# Words that often open a sentence: capitalised there, they are no evidence of a name.
SENTENCE_WORDS = frozenset(
    """
    However Meanwhile Although Though Despite Because Since Unless Whether Instead Indeed
    Moreover Furthermore Nevertheless Nonetheless Otherwise Therefore Thus Still Already Also
    Other Others Another Many Most Some Several Such These Those Every Each Both Either Neither
    Nobody Nothing Everyone Everything Someone Something Anyone Anything There Here Where Which
    While Whose Whom Until Unlike Like About Above Across Against Along Among Around Behind
    Below Beneath Beside Besides Between Beyond Inside Outside Within Without Through
    Throughout Towards Under Upon After Before During Following Including Given Having Being
    Asked Speaking Writing Saying Adding Describing Explaining Announcing Critics Supporters
    Officials Police Experts Analysts Residents Witnesses Investigators Researchers Scientists
    Doctors Teachers Parents Children Students Workers Voters Members Leaders Fans Players
    Shares Prices Sales Profits Figures Reports Plans Talks Games Results Changes Problems
    Today Tomorrow Yesterday Tonight Earlier Later Last Next First Second Third Finally Recently
    Currently Previously Originally Eventually Initially Overall Altogether Perhaps Maybe
    Certainly Clearly Obviously Surely Sadly Fortunately Unfortunately Interestingly Ironically
    Speaking Separately Elsewhere Nearby Together Again Never Always Often Sometimes Once
    Where Whatever Whenever Wherever Whoever Whichever Hence Accordingly Consequently
    """.split()
)
_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:['’][A-Z][a-z]+)?"  # Jean-Paul, O'Brien; not Boeing's
# An initial counts as a first name: "C Thomson" is not "Alan Thompson".
# The boundary is checked after the first capital, so the regex engine can skip to capitals.
NAME = lazy_re.compile(rf"(?P<name>[A-Z](?<![\w'’-][A-Z])(?:\.?[ ]{_WORD}|[a-z]+(?:-[A-Z][a-z]+)*(?:['’][A-Z][a-z]+)?)(?:[ ]{_WORD}){{0,2}})\b")


class Mention(NamedTuple):
    start: int
    end: int
    first: str | None  # "Rahm", or None when the surname stands alone
    surname: str
    surname_start: int
    opens_sentence: bool  # capitalised perhaps only because it starts a sentence
    place_like: bool  # a lone word after "at", "in", "from"...: more likely a place than a person


_PLACE_BEFORE = lazy_re.compile(r"\b(?:at|in|from|near|to|into|of|via|outside|across|around|towards?)[ ]$")
# The last letter of each word above and a space, or a space and a line break: what must
# come just before a place-like name (a cheap test before the regex).
_SPACED_ENDINGS = frozenset({*(f"{letter} " for letter in "tnmrofaeds"), *(f" {b}" for b in "\n")})
# A run of capitalised words between commas is a list (a team sheet), not prose. A list is
# tried once per word, from its start (a word's later capitals would only repeat the same
# attempt), and each word is taken whole: one long capitalised token costs one pass, not one
# pass per capital. A list may so start before a word's first capital ("iPhone, ..."), where
# no name can start.
_LIST = lazy_re.compile(r"(?<![\w'’-])(?:(?![A-Z])[\w'’-])*+(?:[A-Z][\w'’-]*+(?:[ ][A-Z][\w'’-]*+)?[,;][ ]){4,}")




_BEFORE_CAPITAL = lazy_re.compile(r"[,;][ ][A-Z]")
_OPENERS = frozenset(".!?:;“\"(")
_new = tuple.__new__  # a Mention without NamedTuple's keyword handling: mentions are many


def mentions(doc: Document) -> list[Mention]:
    """Name mentions in the headline and paragraphs, in order."""
    text = doc.text
    spans = ([doc.headline] if doc.headline else []) + list(doc.paragraphs)
    found = []
    for low, high in spans:
        # A list needs four ", " or "; " separators, three of them before a capital: most
        # paragraphs have fewer, and skip it.
        many = (text.count(", ", low, high) + text.count("; ", low, high) >= 4
                and len(_BEFORE_CAPITAL.findall(text, low, high)) >= 3)
        lists = [m.span() for m in _LIST.finditer(text, low, high)] if many else []
        for match in NAME.finditer(text, low, high):
            name, position = match.group("name"), match.start()
            if " " not in name:  # one word, the most common match: no initial, no title
                if name in NOT_NAMES:
                    continue
                first, surname, start = None, name, position
                surname_start = start
            else:
                kept = []
                for piece in name.split(" "):
                    word = piece.rstrip(".")
                    if word not in NOT_NAMES:
                        kept.append((word, position))
                    position += len(piece) + 1
                if not kept:
                    continue
                # Only contiguous name words count: "Mayor Rahm Emanuel" -> Rahm Emanuel.
                surname, surname_start = kept[-1]
                first = None
                if len(kept) >= 2 and surname_start - (kept[-2][1] + len(kept[-2][0])) in (1, 2):
                    first = kept[-2][0]  # adjacent ("Rahm Emanuel", "C. Thomson")
                start = kept[-2][1] if first else surname_start
            if lists and any(a <= start < b for a, b in lists):
                continue
            # Capitalised perhaps only because a sentence starts: after a sentence's end, a
            # colon or an opening quotation (whitespace between), three characters back at most.
            floor = max(low, start - 3)
            before = text[floor:start].rstrip()
            if before:
                opens = before[-1] in _OPENERS or before[-1] in "”’" and before[-2:-1] in ("!", ".", "?")
            else:
                opens = floor == 0 and text[:start] in ("", "\n")  # the text's start
            place = (first is None and text[start - 2 : start] in _SPACED_ENDINGS
                     and _PLACE_BEFORE.search(text, max(low, start - 12), start) is not None)
            found.append(_new(Mention, (start, surname_start + len(surname), first, surname, surname_start, opens, place)))
    return found
