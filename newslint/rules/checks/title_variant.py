"""CO005 title-variant: one person given two different titles of the same kind."""

from __future__ import annotations

import re
from collections import defaultdict

from newslint import lazy_re
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule

# Titles by kind, with abbreviations mapped to the full title they stand for.
_KINDS = {
    "office": """Prime Minister|Deputy Prime Minister|President|Vice President|Chancellor|Premier|
        Governor|Gov.|Lieutenant Governor|Lt. Gov.|Senator|Sen.|Representative|Rep.|Congressman|
        Congresswoman|Mayor|Deputy Mayor|Speaker|Foreign Minister|Defence Minister|Defense Minister|
        Finance Minister|Interior Minister|Health Minister|Minister|Secretary of State|Home Secretary|
        Foreign Secretary|Chief Minister|First Minister|Councilman|Councilwoman|Councillor|Councilor""",
    "military": """General|Gen.|Lieutenant General|Lt. Gen.|Major General|Maj. Gen.|Brigadier General|
        Brig. Gen.|Brigadier|Colonel|Col.|Lieutenant Colonel|Lt. Col.|Major|Maj.|Captain|Capt.|
        Lieutenant|Lt.|Sergeant|Sgt.|Admiral|Adm.|Vice Admiral|Rear Admiral|Commander|Cmdr.""",
    "police": """Chief Inspector|Detective Chief Inspector|Inspector|Detective Inspector|
        Superintendent|Chief Superintendent|Detective Superintendent|Detective Sergeant|Constable|
        Chief Constable|Deputy Chief Constable|Assistant Chief Constable|Commissioner|Police Chief|
        Chief|Sheriff""",
    "church": "Pope|Cardinal|Archbishop|Bishop|Rev.|Reverend|Father|Rabbi|Imam",
    "court": "Chief Justice|Justice|Judge|Magistrate",
}
_ABBREVIATIONS = {
    "Gov.": "Governor", "Lt. Gov.": "Lieutenant Governor", "Sen.": "Senator", "Rep.": "Representative",
    "Gen.": "General", "Lt. Gen.": "Lieutenant General", "Maj. Gen.": "Major General",
    "Brig. Gen.": "Brigadier General", "Col.": "Colonel", "Lt. Col.": "Lieutenant Colonel",
    "Maj.": "Major", "Capt.": "Captain", "Lt.": "Lieutenant", "Sgt.": "Sergeant", "Adm.": "Admiral",
    "Cmdr.": "Commander", "Rev.": "Reverend",
}
_KIND = {}
for _kind, _titles in _KINDS.items():
    for _title in re.split(r"\s*\|\s*", _titles.strip()):
        _KIND.setdefault(_title, _kind)
_TITLE = "|".join(re.escape(t) for t in sorted(_KIND, key=len, reverse=True))
_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:['’][A-Z][a-z]+)?"
TITLED = lazy_re.compile(  # opens with the title, so the regex engine can skip to capitals
    rf"(?P<title>{_TITLE})(?<![\w.][A-Z])(?P<elect>-elect)?[ ](?P<name>{_NAME}(?:[ ]{_NAME}){{0,2}})\b"
)
_MODIFIER = lazy_re.compile(
    r"\b(?:former|ex|then|late|acting|outgoing|incoming|interim|deputy|vice|assistant|retired|"
    r"future)[ -]$",
    re.IGNORECASE,
)


def _same_title(a: str, b: str) -> bool:
    """"Chief" is "Police Chief" shortened; "Governor" is "Gov." written out."""
    a, b = _ABBREVIATIONS.get(a, a), _ABBREVIATIONS.get(b, b)
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def check(doc: Document, options):
    titled = defaultdict(list)  # person -> [(title, span)]
    spans = ([doc.headline] if doc.headline else []) + list(doc.paragraphs)
    full_names = set()
    found = []
    for span in spans:
        for match in TITLED.finditer(doc.text, *span):
            if match.group("elect") or _MODIFIER.search(doc.text, max(span.start, match.start() - 10), match.start()):
                continue  # "former President X", "President-elect X": not the current title
            name = match.group("name")
            found.append((name, match.group("title"), match.span()))
            if " " in name:
                full_names.add(name)
    by_surname = defaultdict(list)  # looked up, not searched, for each lone surname
    for full in full_names:
        by_surname[full.split()[-1]].append(full)
    for name, title, span in found:
        if " " not in name:  # a surname alone joins the one full name that ends with it
            owners = by_surname.get(name, ())
            name = owners[0] if len(owners) == 1 else name
        titled[name].append((title, span))
    for name, uses in titled.items():
        for kind in set(_KIND[t] for t, _ in uses):
            same_kind = [(t, s) for t, s in uses if _KIND[t] == kind]
            groups: list[list] = []
            for title, span in same_kind:
                for group in groups:
                    if _same_title(group[0][0], title):
                        group.append((title, span))
                        break
                else:
                    groups.append([(title, span)])
            if len(groups) < 2:
                continue
            groups.sort(key=lambda g: (-len(g), g[0][1][0]))  # most used first, then earliest
            majority = groups[0][0][0]
            for group in groups[1:]:
                for title, span in group:
                    yield Hit(span, f"'{title} {name.split()[-1]}' is '{majority}' elsewhere in the article: one person, two titles")


RULE = Rule(
    code="CO005",
    name="title-variant",
    category="consistency",
    severity="warning",
    summary="One person given two different titles of the same kind",
    why=(
        "'Prime Minister Nikol Pashinyan' in one paragraph and 'President Nikol Pashinyan' in "
        "the next: one of them is wrong, and readers notice. Titles are compared within a kind "
        "(offices, military ranks, police ranks, clergy, judges); shortened forms ('Chief' for "
        "'Police Chief') and abbreviations ('Gov.' for 'Governor') are the same title, and "
        "'former', 'acting' or '-elect' titles are left alone."
    ),
    check=check,
    examples=(
        Example(
            "Prime minister survives vote\n\nPrime Minister Arvid Lund survived a confidence vote "
            "on Wednesday. Prime Minister Arvid Lund thanked his allies.\n\n[[President Arvid Lund]] "
            "now faces budget talks.\n",
            bad=True, article=True,
        ),
        Example(
            "Bill signed\n\nGov. Maureen Castell signed the bill on Tuesday, and Governor Castell "
            "thanked lawmakers.\n\n[[Sen. Maureen Castell]] dismissed the critics.\n",
            bad=True, article=True,
        ),
        Example(
            "Trial opens\n\nFormer President Hector Villalba testified on Tuesday. President Lucia "
            "Ferraro did not comment.\n",
            bad=False, article=True,
        ),
        Example(
            "Bail row\n\nPolice Chief Raymond Ortiz spoke on Monday. Chief Raymond Ortiz said officers "
            "were frustrated.\n",
            bad=False, article=True,
        ),
    ),
    source=__name__,
)
