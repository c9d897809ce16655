"""CO010 fact-contradiction: copy that contradicts the newsroom's fact sheet."""

from __future__ import annotations

from newslint import lazy_re
from newslint.analysis.dates import MONTHS, month_number
from newslint.analysis.facts import Fact, load_facts, parse_facts
from newslint.analysis.index import analysis
from newslint.analysis.numbers import parse_number
from newslint.model.document import Document
from newslint.rules.checks.title_variant import TITLED, _same_title
from newslint.rules.rule import Example, Hit, Rule

_DATE = lazy_re.compile(
    r"\b(?:(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)[ ](?:(?P<day>[0-3]?\d),?[ ])?)?(?P<year>(?:19|20)\d\d)\b"
)


def _sentences_mentioning(doc: Document, fact: Fact):
    lowered = doc.lowered if len(doc.lowered) == len(doc.text) else doc.text.lower()
    words = [m.lower() for m in fact.mentions]
    for sentence in doc.sentences:
        part = lowered[sentence.start : sentence.end]
        if all(w in part for w in words):
            yield sentence


def _date_hits(doc: Document, fact: Fact):
    wanted = MONTHS[fact.month - 1] + " " if fact.month else ""
    for sentence in _sentences_mentioning(doc, fact):
        for match in _DATE.finditer(doc.text, *sentence):
            year = int(match.group("year"))
            month = month_number(match.group("month")) if match.group("month") else None
            wrong = year != fact.year or (month is not None and fact.month is not None and month != fact.month)
            if wrong:
                yield Hit(match.span(), f"Fact sheet says {wanted}{fact.year}: {fact.cited()}", f"{wanted}{fact.year}")


def _title_hits(doc: Document, fact: Fact):
    surname = fact.person.split()[-1]
    for match in TITLED.finditer(doc.text, doc.content_start):
        name = match.group("name")
        if name not in (fact.person, surname) or match.group("elect"):
            continue
        before = doc.text[max(0, match.start() - 10) : match.start()].lower()
        if any(word in before for word in ("former", "ex-", "then-", "acting")):
            continue
        if not _same_title(match.group("title"), fact.title):
            yield Hit(match.span("title"), f"Fact sheet: {fact.person} is {fact.title}. {fact.cited()}", fact.title)


def _name_hits(doc: Document, fact: Fact):
    from rapidfuzz.distance import OSA

    parts = fact.name.split()
    variants = {v for v in fact.variants}
    for mention in analysis(doc).name_mentions:
        for word, start in ((mention.surname, mention.surname_start), (mention.first, mention.start)):
            if not word or word in parts:
                continue
            for part in parts:
                limit = 1 if len(part) < 9 else 2
                if word in variants or (len(word) >= 5 and word[0] == part[0] and OSA.distance(word, part) <= limit):
                    yield Hit((start, start + len(word)), f"Fact sheet spells it {part}: {fact.cited()}", part)
                    break


def _figure_hits(doc: Document, fact: Fact):
    for sentence in _sentences_mentioning(doc, fact):
        for count in analysis(doc).counts_between(*sentence):
            parsed = parse_number(count.number)
            if parsed is None or parsed[1] or (len(count.number) == 4 and count.number.isdigit() and count.number[:2] in ("19", "20")):
                continue
            if parsed[0] != fact.figure and parsed[0] >= 10:
                yield Hit((count.start, count.end), f"Fact sheet gives {fact.figure:,g}: {fact.cited()}", f"{fact.figure:,g}")


_FACTS = {"facts": (
    {"about": "Lachin corridor blockade began", "mentions": ["Lachin corridor", "blockad"], "date": "2022-12", "source": "Reuters, 12 December 2022"},
    {"about": "Armenia's prime minister", "person": "Nikol Pashinyan", "title": "Prime Minister", "source": "Government of Armenia"},
    {"about": "Spelling of the prime minister's name", "name": "Nikol Pashinyan", "source": "House style guide"},
)}

_BY_KIND = {"date": _date_hits, "title": _title_hits, "name": _name_hits, "figure": _figure_hits}


def check(doc: Document, options):
    facts = load_facts(options["file"]) if options.get("file") else ()
    if options.get("facts"):
        facts += parse_facts(options["facts"], "rules.fact-contradiction")
    for fact in facts:
        yield from _BY_KIND[fact.kind](doc, fact)


RULE = Rule(
    code="CO010",
    name="fact-contradiction",
    category="consistency",
    severity="error",
    summary="Copy that contradicts the newsroom's fact sheet",
    why=(
        "Some facts a newsroom gets wrong again and again: when a blockade began, how a "
        "minister's name is spelled, a person's current title, a population figure. Record "
        "them once in a YAML fact sheet with their source, point the rule's `file` option at "
        "it, and every article that contradicts one is flagged with the source to check. "
        "See the README for the format; examples/facts.yaml is a working sheet."
    ),
    check=check,
    examples=(
        Example("Troops blockaded the Lachin corridor in [[December 2020]], cutting the only road.", bad=True, options=_FACTS),
        Example("[[President]] Nikol Pashinyan criticised Russia on Tuesday.", bad=True, options=_FACTS),
        Example("Prime Minister Nikol [[Pashinian]] criticised Russia on Tuesday.", bad=True, options=_FACTS),
        Example("Troops blockaded the Lachin corridor in December 2022, cutting the only road.", bad=False, options=_FACTS),
        Example("Prime Minister Nikol Pashinyan said the corridor must reopen. The 2020 war ended in a ceasefire.", bad=False, options=_FACTS),
    ),
    options={"file": "", "facts": ()},
    source=__name__,
)
